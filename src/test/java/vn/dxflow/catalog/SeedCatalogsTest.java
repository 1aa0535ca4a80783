package vn.dxflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dxflow.org.UnitKind;

/**
 * The bundled catalogs are the seeds, to the letter: counts per group as the documents declare them, and every
 * name, unit and threshold text equal to the extraction of the seed (src/test/resources/seed-extracts, copied
 * from shared/domain), plus samples copied by hand from the seed texts themselves.
 */
class SeedCatalogsTest {

    private static final Catalogs CATALOGS = TestCatalogs.BUNDLED;

    @ParameterizedTest(name = "{0}: {1} criteria, per group {2}")
    @CsvSource(delimiter = ';', value = {
        "kontum-2025-commune;   38; I=24 II=5 III=9",
        "kontum-2025-district;  33; I=1 II=22 III=6 IV=4",
        "thanhhoa-2023-commune; 37; 1=11 2=6 3=12 4=8",
        "binhphuoc-2024-commune;54; I=29 II=11 III=14"
    })
    void countsPerGroup(String id, int total, String perGroup) {
        Catalog catalog = CATALOGS.get(id);
        assertThat(catalog.criteria()).hasSize(total);
        assertThat(catalog.groups().stream().map(group -> group.code() + "=" + group.criteria().size())
                .collect(Collectors.joining(" "))).isEqualTo(perGroup);
    }

    @Test
    void kontumHasFiveLevelsAndTheLevelRule() {
        for (String id : List.of("kontum-2025-commune", "kontum-2025-district")) {
            Catalog catalog = CATALOGS.get(id);
            assertThat(catalog.levels().values()).extracting(Catalog.Level::name)
                    .containsExactly("Khởi động", "Kết nối", "Cơ bản", "Nâng cao", "Toàn diện");
            assertThat(catalog.rule()).isInstanceOf(LevelRule.class);
        }
        assertThat(CATALOGS.get("kontum-2025-district").unitTier()).isEqualTo(UnitKind.Tier.DISTRICT);
    }

    @Test
    void binhPhuocHas33MandatoryAnd21ExtendedOf11() {
        Catalog catalog = CATALOGS.get("binhphuoc-2024-commune");
        MandatoryExtendedRule rule = (MandatoryExtendedRule) catalog.rule();
        assertThat(rule.extended()).hasSize(21);
        assertThat(rule.minExtended()).isEqualTo(11);
        assertThat(catalog.criteria().stream().filter(c -> rule.mandatory(c.code()))).hasSize(33);
        assertThat(rule.text()).isEqualTo("Tiêu chí cấp xã: Gồm 03 nhóm tiêu chí với 54 tiêu chí thành phần, trong đó"
                + " để đạt mức độ chuyển đổi số toàn diện cấp xã phải đạt 100% (33/33) tiêu chí bắt buộc và tối thiểu"
                + " 50% (11/21) tiêu chí mở rộng (chi tiết tại phụ lục kèm theo).");
    }

    @Test
    void thanhHoaPassConditionAndYearlyTargetsAreLeftForTheProvince() {
        Catalog catalog = CATALOGS.get("thanhhoa-2023-commune");
        assertThat(((PassRateRule) catalog.rule()).minPassPercent()).isNull();
        assertThat(catalog.criterion("2.5").orElseThrow().target())
                .isEqualTo(new Threshold.PercentMin(
                        "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt theo các chỉ tiêu giao hàng năm.", null));
        assertThat(catalog.criterion("4.3").orElseThrow().target())
                .isEqualTo(new Threshold.PercentMin("100% CBCC có máy tính phục vụ công việc", new BigDecimal("100")));
    }

    /** Strings copied character for character from shared/seeds/003 (Kon Tum) and 000 (Bình Phước). */
    @Test
    void samplesEqualTheSeedText() {
        Criterion cqs7 = CATALOGS.get("kontum-2025-commune").criterion("CQS-7").orElseThrow();
        assertThat(cqs7.name()).isEqualTo("Có bố trí người làm công tác chuyên trách hoặc đầu mối thực hiện nhiệm vụ"
                + " chuyển đổi số và an toàn thông tin");
        assertThat(cqs7.levels().get(5)).isEqualTo(new Threshold.CountMin("Tối thiểu 02 nhân sự", 2));

        Criterion kts4 = CATALOGS.get("kontum-2025-commune").criterion("KTS-4").orElseThrow();
        assertThat(kts4.levels().get(1)).isEqualTo(new Threshold.NotApplicable("Không áp dụng"));
        assertThat(kts4.levels().get(5)).isEqualTo(new Threshold.CountOrPercent(
                "Có 3 doanh nghiệp, hợp tác xã trở lên hoặc 100% doanh nghiệp, hợp tác xã trên địa bàn", 3,
                new BigDecimal("100")));

        Criterion ctc1 = CATALOGS.get("kontum-2025-district").criterion("CTC-1").orElseThrow();
        assertThat(ctc1.name()).isEqualTo(
                "Tỷ lệ xã, phường, thị trấn thuộc quận, huyện, thị xã, thành phố đạt chuẩn chuyển đổi số");
        assertThat(ctc1.levels().get(3).text()).isEqualTo("100% xã, phường, thị trấn đạt mức độ chuyển đổi số từ mức"
                + " kết nối trở lên, trong đó tối thiểu 50% đạt mức cơ bản");

        Criterion bp = CATALOGS.get("binhphuoc-2024-commune").criterion("KTS-8").orElseThrow();
        assertThat(bp.target()).isEqualTo(new Threshold.CountMin("Có từ 3 mô hình trở lên", 3));
        assertThat(bp.stt()).isEqualTo("II.8");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "kontum-2025-commune, kontum-commune.json",
        "kontum-2025-district, kontum-district.json",
        "thanhhoa-2023-commune, thanhhoa-commune.json",
        "binhphuoc-2024-commune, binhphuoc-commune.json"
    })
    void everyTextEqualsTheSeedExtraction(String id, String extraction) throws IOException {
        JsonNode seed = readExtraction(extraction);
        Catalog catalog = CATALOGS.get(id);
        List<String> codes = new ArrayList<>();
        seed.get("criteria").forEach(expected -> codes.add(expected.get("code").asText()));
        assertThat(catalog.criteria()).extracting(Criterion::code).containsExactlyElementsOf(codes);
        for (JsonNode expected : seed.get("criteria")) {
            Criterion criterion = catalog.criterion(expected.get("code").asText()).orElseThrow();
            assertThat(criterion.name()).as(criterion.code()).isEqualTo(expected.get("name").asText());
            assertThat(criterion.unit()).as(criterion.code()).isEqualTo(expected.get("unit").asText());
            assertThat(criterion.method()).as(criterion.code()).isEqualTo(textOrNull(expected.get("method")));
            assertThat(criterion.basis()).as(criterion.code()).isEqualTo(textOrNull(expected.get("basis")));
            if (expected.has("levels")) {
                Map<String, String> levels = new LinkedHashMap<>();
                criterion.levels().forEach((level, threshold) -> levels.put(level.toString(), threshold.text()));
                assertThat(levels).as(criterion.code()).isEqualTo(toMap(expected.get("levels")));
            } else {
                // Bình Phước: the "Mục tiêu" cell; Thanh Hóa: the guide's "Yêu cầu tiêu chí"
                JsonNode text = expected.has("requirement") ? expected.get("requirement") : expected.get("target");
                assertThat(criterion.target().text()).as(criterion.code()).isEqualTo(textOrNull(text));
            }
        }
    }

    private static JsonNode readExtraction(String name) throws IOException {
        try (InputStream in = SeedCatalogsTest.class.getResourceAsStream("/seed-extracts/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static Map<String, String> toMap(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> map.put(field.getKey(), field.getValue().asText()));
        return map;
    }
}
