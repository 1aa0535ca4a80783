package vn.dxflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.*;
import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.catalog.Catalog;
import vn.dxflow.catalog.Catalogs;
import vn.dxflow.catalog.CriterionGroup;
import vn.dxflow.catalog.CriterionResult;
import vn.dxflow.catalog.CriterionValue;
import vn.dxflow.cycle.AssessmentValues;
import vn.dxflow.cycle.ProvinceCampaignProcess;
import vn.dxflow.cycle.UnitAssessmentProcess;
import vn.dxflow.catalog.Outcome;
import vn.dxflow.cycle.CampaignConfig;
import vn.dxflow.cycle.Campaigns;
import vn.dxflow.cycle.CycleDriver;
import vn.dxflow.cycle.StepResult;
import vn.dxflow.cycle.Stage;
import vn.dxflow.cycle.StepResults;

/**
 * Golden documents: one unit's whole year, for a two-tier and a three-tier province and every kind of catalog rule
 * (levels with and without a registered level, passRate with and without a pass condition, mandatoryExtended),
 * completed the way people complete it (each step by the user whose step it is), then every report of the year
 * downloaded and read back with PDFBox: headings, columns, conclusion, legal basis, signer, no English, numbers
 * equal to the stored results, PDF/A-2b (veraPDF). Test campaigns under src/test/resources/campaigns.
 */
@DxflowSpringTest
class GoldenDocumentsTest {

    @Autowired
    private CycleDriver cycle;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private StepResults results;
    @Autowired
    private Campaigns campaigns;
    @Autowired
    private IdentityService identity;
    @Autowired
    private Catalogs catalogs;
    @Autowired
    private AssessmentValues values;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private HistoryService history;

    @AfterEach
    void reset() {
        cycle.reset();
    }

    /**
     * One campaign shape and the words its documents must use for it.
     *
     * @param authority  the committee that appraises and recognises, as the decision names it
     * @param proposer   who proposes the recognition ("Theo đề nghị của …")
     * @param above      the body above the committee, which receives the decision (b/c)
     */
    record Shape(String name, String campaign, String unit, String unitName, String district, String unitTier,
            String appraiserTier, String authority, String proposer, String above, String department) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Shape> shapes() {
        String baoYen = "ỦY BAN NHÂN DÂN HUYỆN BẢO YÊN";
        String laoCai = "ỦY BAN NHÂN DÂN TỈNH LÀO CAI";
        String binhPhuoc = "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC";
        String office = "Trưởng phòng Văn hóa, Khoa học và Thông tin";
        String director = "Giám đốc Sở Khoa học và Công nghệ";
        String ministry = "Bộ Khoa học và Công nghệ";
        String province = "Ủy ban nhân dân tỉnh Lào Cai";
        return Stream.of(
                new Shape("ba cấp, levels, có đăng ký, xã", "10-2027", "02977", "xã Minh Tân", "huyện Bảo Yên",
                        "cấp xã", "cấp huyện", baoYen, office, province, "Sở Khoa học và Công nghệ"),
                new Shape("ba cấp, levels, có đăng ký, huyện", "10-2027", "087", "huyện Bảo Yên", null,
                        "cấp huyện", "cấp tỉnh", laoCai, director, ministry, "Sở Khoa học và Công nghệ"),
                new Shape("ba cấp, passRate chưa có điều kiện", "10-2028", "02983", "xã Việt Tiến", "huyện Bảo Yên",
                        "cấp xã", "cấp huyện", baoYen, "Trưởng phòng Văn hóa và Thông tin", province,
                        "Sở Thông tin và Truyền thông"),
                new Shape("ba cấp, passRate 80%", "10-2029", "02968", "xã Thượng Hà", "huyện Bảo Yên",
                        "cấp xã", "cấp huyện", baoYen, office, province, "Sở Khoa học và Công nghệ"),
                new Shape("ba cấp, mandatoryExtended", "10-2030", "02953", "xã Nghĩa Đô", "huyện Bảo Yên",
                        "cấp xã", "cấp huyện", baoYen, office, province, "Sở Khoa học và Công nghệ"),
                new Shape("hai cấp, levels, không đăng ký", "70-2028", "25453", "xã Lộc Thái", null,
                        "cấp xã", "cấp tỉnh", binhPhuoc, director, ministry, "Sở Khoa học và Công nghệ"),
                new Shape("hai cấp, passRate chưa có điều kiện", "70-2030", "25195", "phường Tân Bình", null,
                        "cấp xã", "cấp tỉnh", binhPhuoc, director, ministry, "Sở Khoa học và Công nghệ"),
                new Shape("hai cấp, passRate 80%", "70-2027", "25453", "xã Lộc Thái", null,
                        "cấp xã", "cấp tỉnh", binhPhuoc, director, ministry, "Sở Khoa học và Công nghệ"),
                new Shape("hai cấp, mandatoryExtended", "70-2029", "25780", "xã Nha Bích", null,
                        "cấp xã", "cấp tỉnh", binhPhuoc, director, ministry, "Sở Khoa học và Công nghệ"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void everyReportOfAYearSaysWhatWasStored(Shape shape) throws Exception {
        CampaignConfig campaign = campaigns.get(shape.campaign());
        String id = completeYear(shape, campaign);
        StepResult self = results.latest(id, StepResult.Step.SELF_ASSESSMENT).orElseThrow();
        StepResult appraisal = results.latest(id, StepResult.Step.APPRAISAL).orElseThrow();
        StepResult recognition = results.latest(id, StepResult.Step.RECOGNITION).orElseThrow();
        Catalog catalog = results.catalog(appraisal);
        Set<String> allowed = GoldenDocuments.wordsOf(catalog, shape.unitName(), campaign.name());
        String year = String.valueOf(campaign.year());
        String unitWithDistrict = shape.unitName() + (shape.district() == null ? "" : ", " + shape.district());

        String mau01 = document(officer(shape), id, "mau-01", allowed);
        assertThat(mau01).contains("BÁO CÁO", "Kết quả thực hiện các tiêu chí chuyển đổi số trên địa bàn "
                        + unitWithDistrict + " năm " + year,
                GoldenDocuments.cited(campaign.documents().basisOf("mau-01")),
                "I. CÔNG TÁC TỔ CHỨC TRIỂN KHAI THỰC HIỆN", "II. KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ", "III. ĐÁNH GIÁ CHUNG",
                "2. Một số mô hình chuyển đổi số nổi bật", "2.1. Tên mô hình 1:", "- Mô tả:",
                "- Nhận xét (tính hiệu quả):", "IV. NHIỆM VỤ, GIẢI PHÁP TIẾP THEO", "V. KIẾN NGHỊ, ĐỀ XUẤT",
                "Phụ lục 01", "CÁN BỘ UBND " + self.recordedByName());
        assertColumns(mau01, "TT", "Tên chỉ tiêu", "Đơn vị tính", "Chỉ tiêu", "Kết quả", "Đánh giá (Đạt/Không đạt)",
                "Tài liệu minh chứng", "Ghi chú");
        for (CriterionGroup group : results.catalog(self).groups()) {
            assertThat(mau01).contains(group.name() + " - Chỉ tiêu đạt: " + count(self, group, Set.of(Outcome.MET))
                    + " - Chỉ tiêu đang triển khai: " + count(self, group, Set.of(Outcome.MISSING, Outcome.TARGET_NOT_SET))
                    + " - Chỉ tiêu không hoàn thành: " + count(self, group, Set.of(Outcome.NOT_MET)));
        }

        String mau02 = document(appraiser(shape, campaign), id, "mau-02", allowed);
        assertThat(mau02).contains("Về việc thẩm định hồ sơ đề nghị xét, công nhận " + shape.unitName()
                        + " hoàn thành các tiêu chí chuyển đổi số cho năm " + year,
                GoldenDocuments.cited(campaign.documents().basisOf("mau-02")),
                "I. Về hồ sơ, tài liệu minh chứng", "II. Về kết quả thực hiện các tiêu chí chuyển đổi số",
                "(Kết quả thẩm định chi tiết theo Phụ lục số 02)", "III. Mô hình nổi trội về chuyển đổi số",
                "IV. Kết luận", "V. Đề xuất, kiến nghị",
                "Căn cứ kết quả thẩm định: " + unitWithDistrict + " "
                        + GoldenDocuments.completed(appraisal, shape.unitTier(), campaign.year()),
                "Kết quả: " + verdict(appraisal.assessment().passed(), ""),
                "HỘI ĐỒNG THẨM ĐỊNH " + appraisal.recordedByName());
        assertColumns(mau02, "TT", "Tên chỉ tiêu", "Đơn vị tính", "Chỉ tiêu", "Kết quả tự đánh giá của UBND "
                + shape.unitTier(), "Kết quả thẩm định của UBND " + shape.appraiserTier(), "Đánh giá (Đạt/Không đạt)", "Ghi chú");
        groupHeadings(mau02, catalog);
        if (catalog.graded()) {
            assertThat(mau02).contains("Mức độ chuyển đổi số đạt được: "
                    + Levels.text(catalog, appraisal.assessment().reachedLevel()) + ".");
        }
        if (appraisal.assessment().passed() == null) {
            // an open pass condition stays undetermined: never "KHÔNG ĐẠT"
            assertThat(mau02).contains("(Bộ tiêu chí chưa quy định điều kiện đạt: cấp có thẩm quyền xem xét, quyết "
                    + "định việc công nhận.)").doesNotContain("KHÔNG ĐẠT");
        }

        if (campaign.stages().opinions()) {
            String agency = campaign.documents().agencies().getOrDefault(steering(shape, campaign),
                    OpinionLetters.STEERING_COMMITTEE);
            String mau03 = document(steering(shape, campaign), id, "mau-03", allowed);
            assertThat(mau03).contains(UnitNames.upper(agency),
                    "V/v ý kiến về hồ sơ và kết quả thực hiện các tiêu chí chuyển đổi số của đơn vị " + shape.unitName(),
                    "Căn cứ kết quả kiểm tra: " + unitWithDistrict + " "
                            + GoldenDocuments.completed(appraisal, shape.unitTier(), campaign.year()),
                    "Kết quả: ĐẠT YÊU CẦU", "Ý kiến: Hồ sơ đầy đủ, số liệu khớp với tài liệu kiểm chứng.",
                    "THÀNH VIÊN BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH " + nameOf(steering(shape, campaign)));
            groupHeadings(mau03, catalog);
        }

        if (campaign.stages().verification()) {
            StepResult verification = results.latest(id, StepResult.Step.VERIFICATION).orElseThrow();
            String mau04 = document(department(campaign), id, "mau-04", allowed);
            assertThat(mau04).contains("/BC-" + UnitNames.initials(shape.department()),
                    shape.department() + " báo cáo kết quả thẩm tra về hồ sơ và kết quả thực hiện các tiêu chí chuyển "
                            + "đổi số của " + shape.unitName() + " như sau:",
                    "Căn cứ kết quả thẩm tra: " + unitWithDistrict + " "
                            + GoldenDocuments.completed(verification, shape.unitTier(), campaign.year()),
                    "Kết quả: ĐẠT", "Nhận xét: Thống nhất với kết quả thẩm định.", "Phụ lục số 03",
                    "SỞ THẨM TRA " + verification.recordedByName());
            assertColumns(mau04, "TT", "Tên chỉ tiêu", "Đơn vị tính", "Chỉ tiêu", "Kết quả thẩm định của UBND "
                    + shape.appraiserTier(), "Kết quả thẩm tra của " + Wording.shortName(shape.department()),
                    "Đánh giá (Đạt/Không đạt)", "Ghi chú");
        }

        StepResult.Decision decision = recognition.decision();
        String decided = document(chairman(shape, campaign), id, "quyet-dinh", allowed);
        assertThat(decided).contains("Số: " + decision.number() + "/QĐ-UBND",
                "ngày " + twoDigits(decision.issuedOn().getDayOfMonth()) + " tháng ",
                "QUYẾT ĐỊNH Về việc công nhận mức độ chuyển đổi số " + shape.unitTier() + " năm " + year,
                shape.authority() + " Căn cứ Luật Tổ chức chính quyền địa phương ngày ",
                "Theo đề nghị của " + shape.proposer() + ". QUYẾT ĐỊNH:",
                "Điều 1. Công nhận mức độ chuyển đổi số năm " + year + " đối với đơn vị " + shape.unitTier()
                        + " có tên sau đây:",
                UnitNames.upper(shape.unitName()).charAt(0) + shape.unitName().substring(1) + " "
                        + Levels.recognized(catalog, decision.level()),
                "Điều 2.", "Điều 3.", "Chủ tịch Ủy ban nhân dân " + shape.unitName()
                        + " chịu trách nhiệm thi hành Quyết định này./.",
                "- Như Điều 3; - " + shape.above() + " (b/c);", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH " + recognition.recordedByName())
                .doesNotContain("Xét đề nghị của Hội đồng thẩm định")
                .doesNotContain("Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân tỉnh");
        for (String basis : campaign.documents().basisOf("quyet-dinh")) {
            assertThat(decided).contains("Căn cứ " + basis + ";");
        }
        assertThat(campaign.documents().basisOf("quyet-dinh")).first().asString()
                .startsWith("Luật Tổ chức chính quyền địa phương ngày ");

        String synthesis = GoldenDocuments.text(get(department(campaign), "/api/reports/campaigns/" + shape.campaign()
                + "/synthesis"));
        assertThat(GoldenDocuments.englishWords(synthesis, allowed)).isEmpty();
        assertThat(synthesis).contains("Tổng hợp kết quả đánh giá mức độ chuyển đổi số "
                        + (campaign.tracks().size() == 2 ? "cấp huyện và cấp xã" : "cấp xã") + " trên địa bàn",
                "Được công nhận", "BỘ PHẬN TIẾP NHẬN HỒ SƠ");
    }

    /**
     * A refusal produces its own notice, numbered and dated, with the checked result, the criteria not met and the
     * reasons, archived beside the evidence; the province's report names the units still being assessed and is sent
     * only with that confirmation. Two-tier campaign 70-2028 (no registration).
     */
    @Test
    void aRefusalHasItsNoticeAndTheProvinceReportNamesThePendingUnits() throws Exception {
        cycle.clockAt("2028-11-20T08:00");
        String refused = cycle.startAssessment("70-2028", "25198");
        String pending = cycle.startAssessment("70-2028", "25450");
        cycle.selfAssess(refused, "officer25198", "kontum-2025-commune", 1);
        cycle.clockAt("2028-12-02T09:00");
        Map<String, CriterionValue> appraised = new HashMap<>(cycle.valuesMeeting("kontum-2025-commune", 1));
        appraised.put("CQS-1", CriterionValue.ofPercent("5"));
        values.save(refused, AssessmentValues.Source.APPRAISED, appraised, "appraisal70");
        cycle.complete(refused, APPRAISE, "appraisal70", Map.of(APPRAISAL_DECISION, "COMPLETE"));
        cycle.clockAt("2028-12-10T14:00");
        cycle.complete(refused, RECOGNIZE, "chairman70", Map.of(RECOGNITION_DECISION, "NOT_RECOGNIZED",
                RECOGNITION_REASON, "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến chưa đạt mức 1."));

        StepResult recognition = results.latest(refused, StepResult.Step.RECOGNITION).orElseThrow();
        Catalog catalog = results.catalog(recognition);
        Set<String> allowed = GoldenDocuments.wordsOf(catalog);
        String notice = document("chairman70", refused, "khong-cong-nhan", allowed);
        assertThat(notice).contains("Số: " + recognition.decision().number() + "/TB-UBND",
                "Bình Phước, ngày 10 tháng 12 năm 2028", "THÔNG BÁO",
                "Kết quả xét công nhận mức độ chuyển đổi số năm 2028 của phường Tân Phú",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                "Trên cơ sở kết quả thẩm định hồ sơ đề nghị công nhận mức độ chuyển đổi số cấp xã năm 2028 của phường "
                        + "Tân Phú, Ủy ban nhân dân tỉnh Bình Phước thông báo như sau:",
                "1. Phường Tân Phú chưa được công nhận mức độ chuyển đổi số năm 2028.",
                "2. Kết quả: đạt " + recognition.assessment().tally().met() + "/" + recognition.assessment().tally().counted()
                        + " tiêu chí, tỷ lệ đạt " + CriterionRows.decimal(recognition.assessment().tally().ratePercent())
                        + "%; chưa đạt mức độ nào.",
                "3. Lý do: Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến chưa đạt mức 1.",
                "4. Các tiêu chí chưa đạt: - 1.1. " + catalog.criterion("CQS-1").orElseThrow().name(),
                "- Ủy ban nhân dân phường Tân Phú; - Bộ Khoa học và Công nghệ (b/c);",
                "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH " + recognition.recordedByName());
        assertThat(recognition.assessment().blocking()).containsExactly("CQS-1");
        assertThat(document("appraisal70", refused, "mau-02", allowed)).contains("Kết quả: KHÔNG ĐẠT",
                "Mức độ chuyển đổi số đạt được: Chưa đạt mức 1.");
        ResponseEntity<String> noDecision = rest.withBasicAuth("chairman70", "demo")
                .getForEntity("/api/reports/" + refused + "/quyet-dinh", String.class);
        assertThat(noDecision.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> archived = rest.withBasicAuth("officer25198", "demo")
                .getForEntity("/api/evidence?unit=25198&year=2028", JsonNode.class);
        assertThat(archived.getBody().findValuesAsText("fileName"))
                .contains("Thông báo không công nhận mức độ chuyển đổi số (bản tạo tự động).pdf");

        String synthesis = GoldenDocuments.text(get("department70", "/api/reports/campaigns/70-2028/synthesis"));
        assertThat(synthesis).contains("Tổng hợp kết quả đánh giá mức độ chuyển đổi số cấp xã trên địa bàn tỉnh Bình Phước năm 2028",
                "Phường Tân Phú Tỉnh Bình Phước Chưa đạt mức 1 Không được công nhận", "Xã Lộc Thiện (Tỉnh Bình Phước)");
        long running = history.createHistoricProcessInstanceQuery().processDefinitionKey(UnitAssessmentProcess.KEY)
                .variableValueEquals(CAMPAIGN_ID, "70-2028").unfinished().count();
        assertThat(synthesis).contains("- Đang đánh giá: " + running + " đơn vị.");
        ResponseEntity<JsonNode> listed = rest.withBasicAuth("receiving70", "demo")
                .getForEntity("/api/reports/campaigns/70-2028/synthesis/pending", JsonNode.class);
        assertThat(listed.getBody().findValuesAsText("name")).contains("Xã Lộc Thiện").hasSize((int) running);

        cycle.clockAt("2028-12-21T08:00");
        String campaign = runtime.createProcessInstanceByKey(ProvinceCampaignProcess.KEY)
                .startBeforeActivity(ProvinceCampaignProcess.Elements.SEND_REPORT)
                .setVariables(Map.of(ProvinceCampaignProcess.Variables.CAMPAIGN_ID, "70-2028",
                        ProvinceCampaignProcess.Variables.PROVINCE_CODE, "70", UNIT_CODE, "70",
                        ProvinceCampaignProcess.Variables.REPORT_GROUP, "receiving70"))
                .execute().getId();
        try {
            assertThatThrownBy(() -> cycle.complete(campaign, ProvinceCampaignProcess.Elements.SEND_REPORT, "receiving70",
                    Map.of(ProvinceCampaignProcess.Variables.REPORT_SENT, true)))
                    .isInstanceOf(BadUserRequestException.class).hasMessage("Còn " + running
                            + " đơn vị chưa có kết quả đánh giá: vui lòng xác nhận gửi báo cáo khi chưa đủ kết quả.");
            cycle.complete(campaign, ProvinceCampaignProcess.Elements.SEND_REPORT, "receiving70",
                    Map.of(ProvinceCampaignProcess.Variables.REPORT_SENT, true,
                            ProvinceCampaignProcess.Variables.PENDING_UNITS_CONFIRMED, true));
            assertThat(cycle.variable(campaign, ProvinceCampaignProcess.Variables.PENDING_UNITS_CONFIRMED)).isEqualTo(true);
        } finally {
            if (runtime.createProcessInstanceQuery().processInstanceId(campaign).count() > 0) {
                runtime.deleteProcessInstance(campaign, "GoldenDocumentsTest");
            }
            runtime.deleteProcessInstance(pending, "GoldenDocumentsTest: the pending unit has served");
        }
    }

    /**
     * Mẫu 03 says what the member chose, in the draft offered before the opinion is given and in the final letter,
     * with the member's remark, on the member's agency's letterhead. The department's verified values are stored and
     * printed in Phụ lục 03, and its "Đạt" may not contradict them. Three-tier campaign 10-2027.
     */
    @Test
    void theOpinionSaysWhatTheMemberChoseAndTheVerificationPrintsItsValues() throws Exception {
        cycle.clockAt("2027-01-05T08:00");
        String id = cycle.startAssessment("10-2027", "02956");
        cycle.complete(id, REGISTER, "officer02956", Map.of(TARGET_LEVEL, 2L));
        cycle.clockAt("2027-11-20T08:00");
        cycle.selfAssess(id, "officer02956", "kontum-2025-commune", 2);
        cycle.clockAt("2027-12-02T09:00");
        cycle.appraise(id, "appraisal087", "kontum-2025-commune", 2);
        Set<String> allowed = GoldenDocuments.wordsOf(results.catalog(results.latest(id, StepResult.Step.APPRAISAL).orElseThrow()));

        // The computed result passes; the member is about to say it does not, and the draft says so.
        String draft = GoldenDocuments.text(get("steering10", "/api/reports/" + id + "/mau-03?opinion={opinion}&remark={remark}",
                "KHONG_DAT_YEU_CAU", "Thiếu ảnh chụp hệ thống một cửa."));
        assertThat(draft).contains("UBND TỈNH LÀO CAI SỞ NỘI VỤ", "Kết quả: KHÔNG ĐẠT YÊU CẦU",
                "Ý kiến: Thiếu ảnh chụp hệ thống một cửa.", "THÀNH VIÊN BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH " + nameOf("steering10"))
                .doesNotContain("SỞ THẨM TRA");
        assertThat(document("department10", id, "mau-03", allowed)).contains("Kết quả: CHƯA XÁC ĐỊNH",
                "(Thành viên Ban Chỉ đạo chưa chọn kết luận.)");
        cycle.complete(id, GIVE_OPINION, "steering10", Map.of(OPINION, "DAT_YEU_CAU", OPINION_REMARK, "Hồ sơ đầy đủ."));
        assertThat(document("department10", id, "mau-03", allowed)).contains("Kết quả: ĐẠT YÊU CẦU", "Ý kiến: Hồ sơ đầy đủ.",
                "THÀNH VIÊN BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH " + nameOf("steering10"));

        Map<String, CriterionValue> verified = new HashMap<>(values.load(id, AssessmentValues.Source.APPRAISED));
        BigDecimal appraisedCqs1 = verified.get("CQS-1").percent();
        verified.put("CQS-1", CriterionValue.ofPercent("1"));
        assertThat(rest.withBasicAuth("department10", "demo").exchange("/api/assessments/" + id + "/verified",
                HttpMethod.PUT, new HttpEntity<>(verified), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThatThrownBy(() -> cycle.complete(id, VERIFY, "department10", Map.of(VERIFICATION_RESULT, "DAT")))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("Kết quả thẩm tra theo số liệu đã lưu là không đạt: chỉ có thể chọn Không đạt.");
        verified.put("CQS-1", new CriterionValue(appraisedCqs1.add(BigDecimal.TEN), null, null, null, "Số liệu Cổng dịch vụ công."));
        values.save(id, AssessmentValues.Source.VERIFIED, verified, "department10");
        cycle.complete(id, VERIFY, "department10", Map.of(VERIFICATION_RESULT, "DAT", VERIFICATION_REMARK, "Đúng quy định."));

        StepResult verification = results.latest(id, StepResult.Step.VERIFICATION).orElseThrow();
        assertThat(verification.values().get("CQS-1").percent()).isEqualByComparingTo(appraisedCqs1.add(BigDecimal.TEN));
        String mau04 = document("department10", id, "mau-04", allowed);
        assertThat(ReportRenderingTest.compact(mau04)).contains(ReportRenderingTest.compact(
                CriterionRows.decimal(appraisedCqs1) + "% " + CriterionRows.decimal(appraisedCqs1.add(BigDecimal.TEN))
                        + "% Đạt Điều chỉnh so với kết quả của đơn vị. Số liệu Cổng dịch vụ công."));
        assertThat(mau04).contains("Căn cứ kết quả thẩm tra: xã Vĩnh Yên, huyện Bảo Yên "
                + GoldenDocuments.completed(verification, "cấp xã", 2027), "Kết quả: ĐẠT", "Nhận xét: Đúng quy định.");
    }

    /**
     * A report prints what its step stored: editing the catalog afterwards (a criterion renamed, a threshold raised)
     * changes no report already issued. Test catalog test-thanhhoa-2024-commune, campaign 70-2027.
     */
    @Test
    void editingTheCatalogChangesNoReportAlreadyIssued() throws Exception {
        Shape shape = new Shape("hai cấp, passRate 80%", "70-2027", "25450", "xã Lộc Thiện", null, "cấp xã",
                "cấp tỉnh", "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC", "Giám đốc Sở Khoa học và Công nghệ",
                "Bộ Khoa học và Công nghệ", "Sở Khoa học và Công nghệ");
        String id = completeYear(shape, campaigns.get("70-2027"));
        Map<String, String> before = new HashMap<>();
        for (String slug : List.of("mau-01", "mau-02", "mau-04", "quyet-dinh")) {
            before.put(slug, Pdfs.text(get("admin", "/api/reports/" + id + "/" + slug)));
        }
        String catalogId = "test-thanhhoa-2024-commune";
        String original = new String(getClass().getResourceAsStream("/catalogs/" + catalogId + ".yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String edited = original.replace("name: Xây dựng và tổ chức triển khai thực hiện", "name: Ban hành kế hoạch")
                .replace("minPassPercent: 80", "minPassPercent: 100");
        assertThat(edited).isNotEqualTo(original);
        try {
            assertThat(importCatalog(edited).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(catalogs.get(catalogId).criteria().get(0).name()).startsWith("Ban hành kế hoạch");
            for (Map.Entry<String, String> report : before.entrySet()) {
                assertThat(Pdfs.text(get("admin", "/api/reports/" + id + "/" + report.getKey())))
                        .as(report.getKey()).isEqualTo(report.getValue());
            }
        } finally {
            assertThat(importCatalog(original).getStatusCode()).isEqualTo(HttpStatus.OK);
            java.nio.file.Files.deleteIfExists(java.nio.file.Path.of("target/test-data/catalogs", catalogId + ".yaml"));
        }
    }

    private ResponseEntity<JsonNode> importCatalog(String yaml) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/yaml"));
        return rest.withBasicAuth("admin", "demo").postForEntity("/api/catalogs/import", new HttpEntity<>(yaml, headers),
                JsonNode.class);
    }

    /** Registration (where the campaign has it), self-assessment, appraisal, opinions, verification, recognition. */
    private String completeYear(Shape shape, CampaignConfig campaign) {
        int year = campaign.year();
        cycle.clockAt(year + "-01-05T08:00");
        String id = cycle.startAssessment(shape.campaign(), shape.unit());
        String catalogId = (String) cycle.variable(id, CATALOG_ID);
        // Graded catalogs: level 2, registered or not; pass/fail catalogs: their targets.
        Integer level = catalogs.get(catalogId).graded() ? 2 : null;
        if (campaign.stages().registration()) {
            cycle.complete(id, REGISTER, officer(shape), Map.of(TARGET_LEVEL, 2L));
        }
        LocalDate deadline = campaign.calendar().day(Stage.SELF_ASSESSMENT);
        cycle.clockAt(deadline.minusDays(3) + "T08:00");
        cycle.selfAssess(id, officer(shape), catalogId, level);
        cycle.clockAt(deadline.plusDays(2) + "T09:30");
        cycle.appraise(id, appraiser(shape, campaign), catalogId, level);
        cycle.clockAt(deadline.plusDays(4) + "T10:00");
        if (campaign.stages().opinions()) {
            cycle.complete(id, GIVE_OPINION, steering(shape, campaign), Map.of(OPINION, "DAT_YEU_CAU",
                    OPINION_REMARK, "Hồ sơ đầy đủ, số liệu khớp với tài liệu kiểm chứng."));
        }
        if (campaign.stages().verification()) {
            cycle.complete(id, VERIFY, department(campaign), Map.of(VERIFICATION_RESULT, "DAT",
                    VERIFICATION_REMARK, "Thống nhất với kết quả thẩm định."));
        }
        cycle.clockAt(deadline.plusDays(7) + "T14:00");
        Map<String, Object> recognized = new HashMap<>(Map.of(RECOGNITION_DECISION, "RECOGNIZED",
                RECOGNITION_REASON, "Theo kết quả thẩm định."));
        if (level != null) {
            recognized.put(RECOGNIZED_LEVEL, (long) level);
        }
        cycle.complete(id, RECOGNIZE, chairman(shape, campaign), recognized);
        assertThat(cycle.outcome(id)).isEqualTo("RECOGNIZED");
        return id;
    }

    /** The report as the given user downloads it, checked for PDF/A and English words, as text. */
    private String document(String user, String id, String slug, Set<String> allowed) throws Exception {
        String text = GoldenDocuments.text(get(user, "/api/reports/" + id + "/" + slug));
        assertThat(GoldenDocuments.englishWords(text, allowed)).as("English words in %s", slug).isEmpty();
        return text;
    }

    private byte[] get(String user, String path, Object... parameters) {
        ResponseEntity<byte[]> response = rest.withBasicAuth(user, "demo").getForEntity(path, byte[].class, parameters);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** An appendix's header row: narrow cells break lines inside their words, so compare without any whitespace. */
    private static void assertColumns(String text, String... columns) {
        assertThat(ReportRenderingTest.compact(text)).contains(ReportRenderingTest.compact(String.join("", columns)));
    }

    /** Section II of Mẫu 02–04: every group under the name the review forms give it. */
    private static void groupHeadings(String text, Catalog catalog) {
        int number = 0;
        for (CriterionGroup group : catalog.groups()) {
            assertThat(text).contains(++number + ". " + group.nameInReviews() + " - Số tiêu chí đạt:");
        }
    }

    /** Criteria of the group whose stored outcome is one of the given. */
    private static long count(StepResult result, CriterionGroup group, Set<Outcome> outcomes) {
        Set<String> codes = new HashSet<>();
        group.criteria().forEach(criterion -> codes.add(criterion.code()));
        return result.assessment().criteria().stream().filter(c -> codes.contains(c.code()))
                .map(CriterionResult::outcome).filter(outcomes::contains).count();
    }

    static String verdict(Boolean passed, String suffix) {
        return passed == null ? "CHƯA XÁC ĐỊNH" : (passed ? "ĐẠT" : "KHÔNG ĐẠT") + suffix;
    }

    private static String twoDigits(int number) {
        return number < 10 ? "0" + number : String.valueOf(number);
    }

    private String nameOf(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user.getFirstName() + " " + user.getLastName();
    }

    private static String officer(Shape shape) {
        return "officer" + shape.unit();
    }

    /** The district above a commune, or the province, as the campaign's track says. */
    private static String authorityUnit(Shape shape, CampaignConfig campaign) {
        boolean byDistrict = campaign.tracks().values().stream()
                .anyMatch(track -> track.appraisal() == CampaignConfig.Authority.DISTRICT) && shape.unit().length() == 5;
        return byDistrict ? "087" : campaign.provinceCode();
    }

    private static String appraiser(Shape shape, CampaignConfig campaign) {
        return "appraisal" + authorityUnit(shape, campaign);
    }

    private static String chairman(Shape shape, CampaignConfig campaign) {
        return "chairman" + authorityUnit(shape, campaign);
    }

    private static String steering(Shape shape, CampaignConfig campaign) {
        return "steering" + campaign.provinceCode();
    }

    private static String department(CampaignConfig campaign) {
        return "department" + campaign.provinceCode();
    }
}
