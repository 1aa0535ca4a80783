package vn.dxflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every threshold kind against values on, above and below its boundary, and without a value. */
class ThresholdTest {

    private static final Threshold.PercentMin SEVENTY = new Threshold.PercentMin("70%", new BigDecimal("70"));
    private static final Threshold.PercentMin YEARLY = new Threshold.PercentMin(
            "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt theo các chỉ tiêu giao hàng năm.", null);
    private static final Threshold.YesNo SYSTEM = new Threshold.YesNo("Có hệ thống");
    private static final Threshold.CountMin ONE_PERSON = new Threshold.CountMin("Tối thiểu 01 nhân sự", 1);
    private static final Threshold.CountMin TWO_PEOPLE = new Threshold.CountMin("Tối thiểu 02 nhân sự", 2);
    private static final Threshold.CountOrPercent COMPOUND = new Threshold.CountOrPercent(
            "Có 3 doanh nghiệp, hợp tác xã trở lên hoặc 100% doanh nghiệp, hợp tác xã trên địa bàn", 3,
            new BigDecimal("100"));
    private static final Threshold.NotApplicable NOT_APPLICABLE = new Threshold.NotApplicable("Không áp dụng");

    @ParameterizedTest(name = "[{index}] {0} with {1} → {2}")
    @MethodSource("cases")
    void evaluates(Threshold threshold, CriterionValue value, Outcome expected) {
        assertThat(threshold.evaluate(value)).isEqualTo(expected);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // percentage minimum, "at least"
                Arguments.of(SEVENTY, percent("70"), Outcome.MET),
                Arguments.of(SEVENTY, percent("70.00"), Outcome.MET),
                Arguments.of(SEVENTY, percent("69.99"), Outcome.NOT_MET),
                Arguments.of(SEVENTY, percent("69.999999"), Outcome.NOT_MET),
                Arguments.of(SEVENTY, percent("100"), Outcome.MET),
                Arguments.of(SEVENTY, percent("0"), Outcome.NOT_MET),
                Arguments.of(SEVENTY, null, Outcome.MISSING),
                Arguments.of(SEVENTY, CriterionValue.ofYes(true), Outcome.MISSING),
                // Thanh Hóa yearly target the province has not filled in yet
                Arguments.of(YEARLY, percent("100"), Outcome.TARGET_NOT_SET),
                Arguments.of(YEARLY, null, Outcome.TARGET_NOT_SET),
                // yes/no ("Có …")
                Arguments.of(SYSTEM, CriterionValue.ofYes(true), Outcome.MET),
                Arguments.of(SYSTEM, CriterionValue.ofYes(false), Outcome.NOT_MET),
                Arguments.of(SYSTEM, null, Outcome.MISSING),
                Arguments.of(SYSTEM, CriterionValue.ofCount(1), Outcome.MISSING),
                // minimum count ("Tối thiểu 01 nhân sự")
                Arguments.of(ONE_PERSON, CriterionValue.ofCount(1), Outcome.MET),
                Arguments.of(ONE_PERSON, CriterionValue.ofCount(0), Outcome.NOT_MET),
                Arguments.of(TWO_PEOPLE, CriterionValue.ofCount(1), Outcome.NOT_MET),
                Arguments.of(TWO_PEOPLE, CriterionValue.ofCount(2), Outcome.MET),
                Arguments.of(TWO_PEOPLE, null, Outcome.MISSING),
                // compound: 3 or more, or 100% of those in the commune
                Arguments.of(COMPOUND, CriterionValue.ofCount(3), Outcome.MET),
                Arguments.of(COMPOUND, CriterionValue.ofCount(2), Outcome.NOT_MET),
                Arguments.of(COMPOUND, new CriterionValue(new BigDecimal("100"), null, 1, null), Outcome.MET),
                Arguments.of(COMPOUND, new CriterionValue(new BigDecimal("99.99"), null, 2, null), Outcome.NOT_MET),
                Arguments.of(COMPOUND, percent("100"), Outcome.MET),
                Arguments.of(COMPOUND, null, Outcome.MISSING),
                // "Không áp dụng": whatever the value
                Arguments.of(NOT_APPLICABLE, null, Outcome.NOT_APPLICABLE),
                Arguments.of(NOT_APPLICABLE, percent("0"), Outcome.NOT_APPLICABLE));
    }

    /** Kon Tum district CTC-1, levels 1–5 exactly as in the bundled catalog. */
    @ParameterizedTest(name = "communes at {0} → CTC-1 met at levels {1}")
    @CsvSource({
        "1 1 1,     1",
        "1 2,       1 2",
        "1 1 2,     1",
        "2 2 3 3,   1 2 3",
        "2 2 2 3,   1 2",
        "3 3 4 5,   1 2 3 4",
        "4 5,       1 2 3 4 5",
        "4 4 5,     1 2 3 4",
        "0 5 5,     -",
        "5,         1 2 3 4 5"
    })
    void communeDistribution(String communeLevels, String metAtLevels) {
        Catalog district = TestCatalogs.BUNDLED.get("kontum-2025-district");
        Criterion ctc1 = district.criterion("CTC-1").orElseThrow();
        CriterionValue value = CriterionValue.ofCommuneLevels(
                Arrays.stream(communeLevels.split(" ")).map(Integer::valueOf).toList());
        List<Integer> met = ctc1.levels().entrySet().stream()
                .filter(entry -> entry.getValue().evaluate(value) == Outcome.MET)
                .map(Map.Entry::getKey)
                .toList();
        assertThat(met).isEqualTo(metAtLevels.equals("-") ? List.of()
                : Arrays.stream(metAtLevels.split(" ")).map(Integer::valueOf).toList());
    }

    @ParameterizedTest(name = "share of level 2 orHigher={0}, communes {1} → {2}")
    @CsvSource({
        "true,  1 3, MET",
        "false, 1 3, NOT_MET",
        "false, 1 2, MET",
        "true,  '', MISSING"
    })
    void communeShareAtOrAboveTheLevel(boolean orHigher, String communeLevels, Outcome expected) {
        Threshold threshold = new Threshold.CommuneDistribution("", 1,
                new Threshold.CommuneDistribution.Share(2, new BigDecimal("50"), orHigher));
        List<Integer> levels = communeLevels.isEmpty() ? List.of()
                : Arrays.stream(communeLevels.split(" ")).map(Integer::valueOf).toList();
        assertThat(threshold.evaluate(CriterionValue.ofCommuneLevels(levels))).isEqualTo(expected);
    }

    private static CriterionValue percent(String percent) {
        return CriterionValue.ofPercent(percent);
    }
}
