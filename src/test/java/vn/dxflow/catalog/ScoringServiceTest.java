package vn.dxflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The service's own duties: refusing values it cannot score, and the appraisal beside the self-assessment. */
class ScoringServiceTest {

    private final ScoringService scoring = new ScoringService(TestCatalogs.BUNDLED);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown criterion  | XYZ-1 | 50  |      | XYZ-1 | không có trong bộ tiêu chí kontum-2025-commune",
        "percent above 100  | CQS-1 | 100.01 |   | CQS-1 | tỷ lệ 100.01% không nằm trong khoảng 0 đến 100",
        "negative percent   | CQS-1 | -1  |      | CQS-1 | tỷ lệ -1% không nằm trong khoảng 0 đến 100",
        "negative count     | CQS-7 |     | -1   | CQS-7 | số lượng -1 không được là số âm"
    })
    void valuesThatCannotBeScoredAreRefusedWithTheCriterionNamed(String what, String code, BigDecimal percent,
            Integer count, String criterion, String vietnamese) {
        Map<String, CriterionValue> values = Map.of(code, new CriterionValue(percent, null, count, null));
        assertThatThrownBy(() -> scoring.evaluate("kontum-2025-commune", 3, values))
                .isInstanceOfSatisfying(CatalogInputException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::criterion).containsExactly(criterion);
                    assertThat(e.vietnameseMessage()).isEqualTo("Số liệu không hợp lệ: Tiêu chí " + criterion + ": "
                            + vietnamese);
                });
    }

    @Test
    void targetLevelMustBeALevelOfTheCatalog() {
        assertThatThrownBy(() -> scoring.evaluate("kontum-2025-commune", 6, Map.of()))
                .isInstanceOfSatisfying(CatalogInputException.class, e -> assertThat(e.vietnameseMessage())
                        .contains("Mức độ đăng ký 6 không có trong bộ tiêu chí kontum-2025-commune"));
        assertThatThrownBy(() -> scoring.evaluate("binhphuoc-2024-commune", 5, Map.of()))
                .isInstanceOf(CatalogInputException.class);
    }

    @Test
    void communeLevelsOutsideTheCatalogsLevelsAreRefused() {
        Map<String, CriterionValue> values = Map.of("CTC-1", CriterionValue.ofCommuneLevels(List.of(2, 6)));
        assertThatThrownBy(() -> scoring.evaluate("kontum-2025-district", 3, values))
                .isInstanceOfSatisfying(CatalogInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::criterion).containsExactly("CTC-1"));
    }

    /** CTC-1 computed from the communes' results: three communes at levels 2, 3 and 3 let the district reach 3. */
    @Test
    void theDistrictCriterionIsComputedFromItsCommunesResults() {
        Catalog commune = TestCatalogs.BUNDLED.get("kontum-2025-commune");
        List<Assessment> communes = List.of(2, 3, 3).stream()
                .map(level -> scoring.evaluate(commune.id(), null, SampleValues.meetingLevel(commune, level)))
                .toList();
        Map<String, CriterionValue> district = SampleValues.meetingLevel(
                TestCatalogs.BUNDLED.get("kontum-2025-district"), 5);
        district.put("CTC-1", scoring.communeLevels(communes));

        Assessment assessment = scoring.evaluate("kontum-2025-district", 4, district);

        assertThat(district.get("CTC-1").communeLevels()).containsExactly(2, 3, 3);
        assertThat(assessment.reachedLevel()).isEqualTo(3);
        assertThat(assessment.blocking()).containsExactly("CTC-1");
    }

    @Test
    void theAppraisedValuesDecideAndDifferencesAreListed() {
        Catalog kontum = TestCatalogs.BUNDLED.get("kontum-2025-commune");
        Map<String, CriterionValue> selfAssessed = SampleValues.meetingLevel(kontum, 3);
        Map<String, CriterionValue> appraised = SampleValues.meetingLevel(kontum, 3);
        appraised.put("CQS-2", CriterionValue.ofPercent("49.5")); // the council found fewer online dossiers
        appraised.put("CQS-7", CriterionValue.ofCount(2)); // and one more person than declared: same results at 3

        Appraisal appraisal = scoring.appraise("kontum-2025-commune", 3, selfAssessed, appraised);

        assertThat(appraisal.selfAssessed().reachedLevel()).isEqualTo(3);
        assertThat(appraisal.appraised().reachedLevel()).isEqualTo(2);
        assertThat(appraisal.appraised().passed()).isFalse();
        assertThat(appraisal.appraised().blocking()).containsExactly("CQS-2");
        // CQS-7 with 2 people also meets level 5 ("Tối thiểu 02 nhân sự"): its results differ at level 5
        assertThat(appraisal.differing()).containsExactly("CQS-2", "CQS-7");
    }

    @Test
    void aCriterionTheCouncilLeftEmptyIsMissingNotTakenFromTheSelfAssessment() {
        Catalog binhPhuoc = TestCatalogs.BUNDLED.get("binhphuoc-2024-commune");
        Map<String, CriterionValue> selfAssessed = SampleValues.meetingTargets(binhPhuoc);
        Map<String, CriterionValue> appraised = SampleValues.meetingTargets(binhPhuoc);
        appraised.remove("CQS-1");

        Appraisal appraisal = scoring.appraise("binhphuoc-2024-commune", null, selfAssessed, appraised);

        assertThat(appraisal.selfAssessed().passed()).isTrue();
        assertThat(appraisal.appraised().passed()).isFalse();
        assertThat(CombiningRuleTest.result(appraisal.appraised(), "CQS-1").outcome()).isEqualTo(Outcome.MISSING);
        assertThat(appraisal.differing()).containsExactly("CQS-1");
    }
}
