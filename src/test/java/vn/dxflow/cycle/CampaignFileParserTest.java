package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dxflow.org.OrgChart;
import vn.dxflow.org.UnitKind;

class CampaignFileParserTest {

    private static OrgChart chart;

    @BeforeAll
    static void demoOrganisation() throws IOException {
        try (InputStream in = CampaignFileParserTest.class.getResourceAsStream("/org/example-before-reform.csv")) {
            chart = OrgChart.parse("demo", new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private static CampaignConfig shipped(String file) throws IOException {
        try (InputStream in = CampaignFileParserTest.class.getResourceAsStream("/campaigns/" + file)) {
            return new CampaignFileParser(chart).parse(file, in);
        }
    }

    private static CampaignConfig parse(String yaml) throws IOException {
        return new CampaignFileParser(chart).parse("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String VALID = """
            id: "10-2025"
            name: "Thử"
            province: "10"
            year: 2025
            tracks:
              commune: {catalog: kontum-2025-commune, receiving: district, appraisal: district, recognition: district}
            stages: {registration: true}
            calendar:
              registration: 2025-01-20
              selfAssessment: 2025-11-30
              appraisal: 2025-12-15
              recognition: 2025-12-20
              report: 2025-12-25
            reminderDays: [14, 3, 1]
            """;

    @Test
    void konTumProcedureHasItsSeedDeadlines() throws IOException {
        CampaignConfig kontum = shipped("laocai-2025.yaml");

        assertThat(kontum.stages()).isEqualTo(new CampaignConfig.Stages(true, false, false));
        assertThat(kontum.tracks()).containsOnlyKeys(UnitKind.Tier.COMMUNE, UnitKind.Tier.DISTRICT);
        assertThat(kontum.tracks().get(UnitKind.Tier.DISTRICT).recognition()).isEqualTo(CampaignConfig.Authority.PROVINCE);
        assertThat(kontum.calendar().day(Stage.REGISTRATION)).hasToString("2025-01-20");
        assertThat(kontum.calendar().day(Stage.SELF_ASSESSMENT)).hasToString("2025-11-30");
        assertThat(kontum.calendar().day(Stage.APPRAISAL)).hasToString("2025-12-15");
        assertThat(kontum.calendar().day(Stage.RECOGNITION)).hasToString("2025-12-20");
        assertThat(kontum.calendar().day(Stage.REPORT)).hasToString("2025-12-25");
        assertThat(kontum.reminderDays()).containsExactly(14, 3, 1);
    }

    @Test
    void thanhHoaVariantAndTwoTierVariant() throws IOException {
        CampaignConfig thanhHoa = shipped("laocai-2024.yaml");
        assertThat(thanhHoa.stages()).isEqualTo(new CampaignConfig.Stages(false, true, true));
        assertThat(thanhHoa.calendar().day(Stage.SELF_ASSESSMENT)).hasToString("2024-11-15");

        CampaignConfig twoTier = shipped("binhphuoc-2025.yaml");
        assertThat(twoTier.tracks().get(UnitKind.Tier.COMMUNE))
                .isEqualTo(new CampaignConfig.Track("binhphuoc-2024-commune", CampaignConfig.Authority.PROVINCE,
                        CampaignConfig.Authority.PROVINCE, CampaignConfig.Authority.PROVINCE));
    }

    /** The legal basis is the campaign's own list: each report cites its entries, nothing else (no catalog notes). */
    @Test
    void theDocumentsCiteTheCampaignsBasis() throws IOException {
        CampaignConfig thanhHoa = shipped("laocai-2024.yaml");

        assertThat(thanhHoa.documents().basisOf("mau-01")).containsExactly(
                "Quyết định số 969/QĐ-UBND ngày 18/3/2022 của Chủ tịch UBND tỉnh về việc giao chỉ tiêu hoàn thành "
                        + "chuyển đổi số cấp huyện, cấp xã trên địa bàn tỉnh Thanh Hóa, giai đoạn 2022 - 2025",
                "Quyết định số 1829/QĐ-UBND ngày 30/5/2023 của Chủ tịch UBND tỉnh về việc ban hành các tiêu chí chuyển "
                        + "đổi số cấp xã đến năm 2025 trên địa bàn tỉnh Thanh Hóa");
        assertThat(thanhHoa.documents().basisOf("mau-02")).hasSize(1);
        assertThat(thanhHoa.documents().basisOf("quyet-dinh")).hasSize(2).first().asString()
                .startsWith("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015");
        assertThat(thanhHoa.documents().department()).isEqualTo("Sở Thông tin và Truyền thông");
        assertThat(thanhHoa.documents().agencies()).containsEntry("steering10", "Sở Nội vụ");

        CampaignConfig plain = parse(VALID);
        assertThat(plain.documents().basisOf("mau-01")).isEmpty();
        assertThat(plain.documents().department()).isNull();
        assertThat(plain.documents().districtOffice()).isEqualTo("Phòng Văn hóa, Khoa học và Thông tin");
    }

    @Test
    void theNamedDayIsIncludedOrNotAsConfigured() throws IOException {
        CampaignConfig included = parse(VALID);
        CampaignConfig excluded = parse(VALID.replace("calendar:\n", "calendar:\n  deadlineDayIncluded: false\n"));

        assertThat(included.calendar().cutOff(Stage.SELF_ASSESSMENT))
                .isEqualTo(OffsetDateTime.parse("2025-12-01T00:00:00+07:00").toInstant());
        assertThat(excluded.calendar().cutOff(Stage.SELF_ASSESSMENT))
                .isEqualTo(OffsetDateTime.parse("2025-11-30T00:00:00+07:00").toInstant());
        // 17:00 UTC on 30/11 is already 1 December in Vietnam.
        assertThat(Instant.parse("2025-11-30T17:00:00Z")).isEqualTo(included.calendar().cutOff(Stage.SELF_ASSESSMENT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown province       | province: "10"             | province: "99"            | province      | unknown unit code '99'
            commune as province    | province: "10"             | province: "02947"         | province      | unit 02947 is not a province
            dates out of order     | appraisal: 2025-12-15      | appraisal: 2025-11-01     | calendar.appraisal | 2025-11-01 must come after calendar.selfAssessment (2025-11-30)
            date not a date        | report: 2025-12-25         | report: 25/12/2025        | calendar.report | '25/12/2025' is not a date (yyyy-MM-dd)
            date of another year   | registration: 2025-01-20   | registration: 2024-01-20  | calendar.registration | 2024-01-20 is not in the campaign year 2025
            missing deadline       | recognition: 2025-12-20    | recognition:              | calendar.recognition | is required
            too many reminders     | reminderDays: [14, 3, 1]   | reminderDays: [30, 14, 3, 1] | reminderDays | at most 3 reminders per deadline
            repeated reminders     | reminderDays: [14, 3, 1]   | reminderDays: [3, 3]      | reminderDays  | must be distinct numbers of days between 1 and 60
            unknown authority      | receiving: district        | receiving: commune        | tracks.commune.receiving | must be district or province
            unknown tier           | commune: {catalog          | ward: {catalog            | tracks.ward   | unknown tier (commune or district)
            missing catalog        | catalog: kontum-2025-commune, | catalog: "",            | tracks.commune.catalog | is required
            empty basis            | reminderDays: [14, 3, 1]   | 'reminderDays: [14, 3, 1] ⏎documents: {basis: ["  "]}' | documents.basis[0] | names no document
            basis of no report     | reminderDays: [14, 3, 1]   | 'reminderDays: [14, 3, 1] ⏎documents: {basis: [{text: "Luật", reports: [mau-9]}]}' | documents.basis[0].reports | 'unknown reports [mau-9] (known: [mau-01, mau-02, mau-03, mau-04, quyet-dinh, khong-cong-nhan, tong-hop])'
            """)
    void invalidFilesNameTheField(String what, String from, String to, String field, String english) {
        String yaml = VALID.replace(from, to.replace(" ⏎", "\n"));
        assertThat(yaml).as("test input changed").isNotEqualTo(VALID);

        assertThatThrownBy(() -> parse(yaml)).isInstanceOfSatisfying(CampaignFileException.class, e ->
                assertThat(e.problems()).anySatisfy(problem -> {
                    assertThat(problem.field()).isEqualTo(field);
                    assertThat(problem.english()).isEqualTo(english);
                    assertThat(problem.vietnamese()).isNotBlank();
                }));
    }

    @Test
    void districtAuthorityIsRefusedForATwoTierProvince() {
        String yaml = VALID.replace("province: \"10\"", "province: \"70\"");

        assertThatThrownBy(() -> parse(yaml)).isInstanceOfSatisfying(CampaignFileException.class, e ->
                assertThat(e.problems()).anySatisfy(problem -> {
                    assertThat(problem.field()).isEqualTo("tracks.commune.receiving");
                    assertThat(problem.english()).contains("sit directly under the province (two-tier): use province");
                    assertThat(problem.vietnamese()).contains("mô hình hai cấp");
                }));
    }
}
