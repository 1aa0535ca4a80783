package vn.dxflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dxflow.org.UnitKind;

/** The three combining rules on the seed catalogs, with their boundaries. */
class CombiningRuleTest {

    private static final Catalog KONTUM = TestCatalogs.BUNDLED.get("kontum-2025-commune");
    private static final Catalog KONTUM_DISTRICT = TestCatalogs.BUNDLED.get("kontum-2025-district");
    private static final Catalog THANHHOA = TestCatalogs.BUNDLED.get("thanhhoa-2023-commune");
    private static final Catalog BINHPHUOC = TestCatalogs.BUNDLED.get("binhphuoc-2024-commune");

    // ---- levels (Kon Tum)

    @ParameterizedTest(name = "values just meeting level {0} reach level {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void valuesJustMeetingALevelReachIt(int level) {
        for (Catalog catalog : List.of(KONTUM, KONTUM_DISTRICT)) {
            Map<String, CriterionValue> values = SampleValues.meetingLevel(catalog, level);
            Assessment atTarget = ScoringService.evaluate(catalog, level, values);
            assertThat(atTarget.reachedLevel()).as(catalog.id()).isEqualTo(level);
            assertThat(atTarget.passed()).isTrue();
            assertThat(atTarget.blocking()).isEmpty();
            if (level < 5) {
                Assessment above = ScoringService.evaluate(catalog, level + 1, values);
                assertThat(above.passed()).isFalse();
                assertThat(above.blocking()).isNotEmpty();
            }
        }
    }

    @ParameterizedTest(name = "CQS-1 = {0}% with everything else at level 3 → reached {1}")
    @CsvSource({"70, 3", "70.00, 3", "69.99, 2", "100, 3"})
    void percentageBoundaryDecidesTheLevel(String cqs1, int reached) {
        Map<String, CriterionValue> values = SampleValues.meetingLevel(KONTUM, 3);
        values.put("CQS-1", CriterionValue.ofPercent(cqs1));
        Assessment assessment = ScoringService.evaluate(KONTUM, 3, values);
        assertThat(assessment.reachedLevel()).isEqualTo(reached);
        assertThat(assessment.blocking()).isEqualTo(reached == 3 ? List.of() : List.of("CQS-1"));
    }

    @Test
    void aMissingValueBlocksOnlyTheLevelsWhereTheCriterionApplies() {
        Map<String, CriterionValue> values = SampleValues.meetingLevel(KONTUM, 3);
        // CQS-5 is "Không áp dụng" up to level 3: it needs no value there
        assertThat(values).doesNotContainKey("CQS-5");
        values.remove("CQS-4"); // applies from level 3
        Assessment assessment = ScoringService.evaluate(KONTUM, 3, values);
        assertThat(assessment.reachedLevel()).isEqualTo(2);
        assertThat(assessment.blocking()).containsExactly("CQS-4");
        CriterionResult cqs4 = result(assessment, "CQS-4");
        assertThat(cqs4.outcome()).isEqualTo(Outcome.MISSING);
        assertThat(cqs4.levels()).containsEntry(1, Outcome.NOT_APPLICABLE).containsEntry(2, Outcome.NOT_APPLICABLE)
                .containsEntry(3, Outcome.MISSING);
        assertThat(result(assessment, "CQS-5").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void noValuesReachNoLevel() {
        Assessment assessment = ScoringService.evaluate(KONTUM, 1, Map.of());
        assertThat(assessment.reachedLevel()).isZero();
        assertThat(assessment.passed()).isFalse();
        // level 1: every criterion that is not "Không áp dụng" blocks
        long applicableAtOne = KONTUM.criteria().stream()
                .filter(c -> !(c.levels().get(1) instanceof Threshold.NotApplicable)).count();
        assertThat(assessment.blocking()).hasSize((int) applicableAtOne);
        assertThat(assessment.tally()).isEqualTo(new Tally(0, (int) applicableAtOne, new BigDecimal("0.00")));
    }

    /**
     * A campaign without registration (10-2026): every criterion is judged at the level the values reach, with a
     * verdict and counts, so the forms show Đạt/Không đạt and Mẫu 01 and Mẫu 02 count the same criteria.
     */
    @Test
    void withoutATargetTheCriteriaAreJudgedAtTheReachedLevel() {
        Map<String, CriterionValue> values = SampleValues.meetingLevel(KONTUM, 2);
        Assessment assessment = ScoringService.evaluate(KONTUM, null, values);
        Assessment atTwo = ScoringService.evaluate(KONTUM, 2, values);

        assertThat(assessment.reachedLevel()).isEqualTo(2);
        assertThat(assessment.targetLevel()).isNull();
        assertThat(assessment.assessedLevel()).isEqualTo(2);
        assertThat(assessment.passed()).isTrue();
        assertThat(assessment.blocking()).isEmpty();
        assertThat(assessment.tally()).isEqualTo(atTwo.tally());
        assertThat(assessment.tally().met()).isEqualTo(assessment.tally().counted()).isPositive();
        assertThat(assessment.criteria()).allSatisfy(result -> {
            assertThat(result.levels()).hasSize(5);
            assertThat(result.label()).isIn("Đạt", "Không áp dụng");
        });
    }

    @Test
    void withoutATargetAndNoLevelReachedTheCriteriaAreJudgedAtLevelOne() {
        Map<String, CriterionValue> values = SampleValues.meetingLevel(KONTUM, 1);
        values.put("CQS-1", CriterionValue.ofPercent("1"));
        Assessment assessment = ScoringService.evaluate(KONTUM, null, values);

        assertThat(assessment.reachedLevel()).isZero();
        assertThat(assessment.assessedLevel()).isEqualTo(1);
        assertThat(assessment.passed()).isFalse();
        assertThat(assessment.blocking()).containsExactly("CQS-1");
        assertThat(result(assessment, "CQS-1").label()).isEqualTo("Không đạt");
        assertThat(assessment.tally().met()).isEqualTo(assessment.tally().counted() - 1);
        assertThat(assessment.tally().ratePercent()).isNotNull();
    }

    /**
     * KTS-4 as written: level 5 accepts "100% doanh nghiệp, hợp tác xã trên địa bàn", level 4 asks for 2 of them.
     * A commune with a single enterprise meets level 5 but not level 4; the rule (highest level at which every
     * applicable criterion is met) then gives 5, and a registration at level 4 is blocked by KTS-4.
     */
    @Test
    void theCompoundThresholdCanMeetLevelFiveButNotFour() {
        Map<String, CriterionValue> values = SampleValues.meetingLevel(KONTUM, 5);
        values.put("KTS-4", new CriterionValue(new BigDecimal("100"), null, 1, null));
        assertThat(ScoringService.evaluate(KONTUM, 5, values).reachedLevel()).isEqualTo(5);
        Assessment atFour = ScoringService.evaluate(KONTUM, 4, values);
        assertThat(atFour.blocking()).containsExactly("KTS-4");
    }

    @ParameterizedTest(name = "district with communes at {0} → reached {1}")
    @CsvSource({"2 3, 3", "2 2, 2", "1 3, 2", "0 3, 0"})
    void districtLevelFollowsItsCommunes(String communes, int reached) {
        Map<String, CriterionValue> values = SampleValues.meetingLevel(KONTUM_DISTRICT, 3);
        values.put("CTC-1", CriterionValue.ofCommuneLevels(
                Arrays.stream(communes.split(" ")).map(Integer::valueOf).toList()));
        assertThat(ScoringService.evaluate(KONTUM_DISTRICT, 3, values).reachedLevel()).isEqualTo(reached);
    }

    // ---- pass rate (Thanh Hóa)

    @ParameterizedTest(name = "{0} of {1} met, pass at {2}% → {3}")
    @CsvSource({
        "7,    10,    70,    true",
        "7,    10,    70.01, false",
        "6999, 10000, 70,    false",
        "7000, 10000, 70,    true",
        "6999, 10000, 69.99, true",
        "2,    3,     66.67, false",
        "2,    3,     66.66, true",
        "10,   10,    100,   true",
        "0,    10,    0,     true"
    })
    void passRateIsComparedExactly(int met, int total, String minPassPercent, boolean passed) {
        Catalog catalog = yesNoCatalog(total, new PassRateRule("test", new BigDecimal(minPassPercent)));
        Map<String, CriterionValue> values = new HashMap<>();
        IntStream.range(0, total).forEach(i -> values.put("C-" + i, CriterionValue.ofYes(i < met)));
        Assessment assessment = ScoringService.evaluate(catalog, null, values);
        assertThat(assessment.passed()).isEqualTo(passed);
        assertThat(assessment.tally().met()).isEqualTo(met);
        assertThat(assessment.blocking()).hasSize(passed ? 0 : total - met);
    }

    @Test
    void thanhHoaRateIsComputedWhileTheProvinceHasNotSetItsCondition() {
        Map<String, CriterionValue> values = SampleValues.meetingTargets(THANHHOA);
        Assessment assessment = ScoringService.evaluate(THANHHOA, null, values);
        long yearlyTargets = THANHHOA.criteria().stream()
                .filter(c -> c.target() instanceof Threshold.PercentMin p && p.min() == null).count();
        assertThat(yearlyTargets).isPositive();
        assertThat(assessment.passed()).isNull();
        assertThat(assessment.tally().counted()).isEqualTo(37);
        assertThat(assessment.tally().met()).isEqualTo(37 - (int) yearlyTargets);
        assertThat(result(assessment, "2.5").outcome()).isEqualTo(Outcome.TARGET_NOT_SET);
        assertThat(assessment.blocking()).contains("2.5").doesNotContain("4.3");
    }

    @Test
    void thanhHoaWithTheProvincesConditionAndTargetsFilledIn() {
        Catalog configured = withRuleAndTargets(THANHHOA, new PassRateRule("Điều 2", new BigDecimal("80")));
        Map<String, CriterionValue> values = SampleValues.meetingTargets(configured);
        assertThat(ScoringService.evaluate(configured, null, values).passed()).isTrue();
        // 30 of 37 = 81.08% passes, 29 of 37 = 78.38% does not
        List<String> codes = configured.criteria().stream().map(Criterion::code).toList();
        codes.subList(0, 7).forEach(code -> values.put(code, failing(configured, code)));
        assertThat(ScoringService.evaluate(configured, null, values).passed()).isTrue();
        values.put(codes.get(7), failing(configured, codes.get(7)));
        Assessment assessment = ScoringService.evaluate(configured, null, values);
        assertThat(assessment.passed()).isFalse();
        assertThat(assessment.tally()).isEqualTo(new Tally(29, 37, new BigDecimal("78.38")));
    }

    // ---- mandatory + extended (Bình Phước)

    @ParameterizedTest(name = "all mandatory, {0} extended met → {1}")
    @CsvSource({"21, true", "11, true", "10, false", "0, false"})
    void binhPhuocNeedsElevenExtended(int extendedMet, boolean passed) {
        MandatoryExtendedRule rule = (MandatoryExtendedRule) BINHPHUOC.rule();
        Map<String, CriterionValue> values = SampleValues.meetingTargets(BINHPHUOC);
        rule.extended().subList(extendedMet, 21).forEach(code -> values.remove(code));
        Assessment assessment = ScoringService.evaluate(BINHPHUOC, null, values);
        assertThat(assessment.passed()).isEqualTo(passed);
        assertThat(assessment.mandatory()).isEqualTo(new Tally(33, 33, new BigDecimal("100.00")));
        assertThat(assessment.extended().met()).isEqualTo(extendedMet);
        assertThat(assessment.blocking()).isEqualTo(passed ? List.of() : rule.extended().subList(extendedMet, 21));
    }

    @ParameterizedTest(name = "CQS-1 (mandatory, 60%) = {0} → {1}")
    @CsvSource({"60, true", "59.99, false"})
    void oneMandatoryCriterionDecidesWhateverTheExtendedDo(String cqs1, boolean passed) {
        Map<String, CriterionValue> values = SampleValues.meetingTargets(BINHPHUOC);
        values.put("CQS-1", CriterionValue.ofPercent(cqs1));
        Assessment assessment = ScoringService.evaluate(BINHPHUOC, null, values);
        assertThat(assessment.passed()).isEqualTo(passed);
        assertThat(assessment.blocking()).isEqualTo(passed ? List.of() : List.of("CQS-1"));
        assertThat(result(assessment, "CQS-1").mandatory()).isTrue();
        assertThat(result(assessment, "CQS-8").mandatory()).isFalse();
    }

    @Test
    void binhPhuocWithAMissingMandatoryValueFails() {
        Map<String, CriterionValue> values = SampleValues.meetingTargets(BINHPHUOC);
        values.remove("XHS-14");
        Assessment assessment = ScoringService.evaluate(BINHPHUOC, null, values);
        assertThat(assessment.passed()).isFalse();
        assertThat(assessment.blocking()).containsExactly("XHS-14");
        assertThat(result(assessment, "XHS-14").outcome()).isEqualTo(Outcome.MISSING);
    }

    static CriterionResult result(Assessment assessment, String code) {
        return assessment.criteria().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private static CriterionValue failing(Catalog catalog, String code) {
        Threshold target = catalog.criterion(code).orElseThrow().target();
        return target instanceof Threshold.YesNo ? CriterionValue.ofYes(false) : CriterionValue.ofPercent("0");
    }

    private static Catalog yesNoCatalog(int criteria, CombiningRule rule) {
        List<Criterion> list = IntStream.range(0, criteria)
                .mapToObj(i -> new Criterion("C-" + i, null, "Tiêu chí " + i, null, null, null, null, null, null,
                        null, new Threshold.YesNo("Có")))
                .toList();
        return new Catalog("test", "Thử", 2025, UnitKind.Tier.COMMUNE, null, null, null, rule, null,
                List.of(new CriterionGroup("1", "Nhóm", list)));
    }

    /** Thanh Hóa as the province completes it: its pass condition, and 90% for every yearly target. */
    private static Catalog withRuleAndTargets(Catalog catalog, CombiningRule rule) {
        List<CriterionGroup> groups = new ArrayList<>();
        for (CriterionGroup group : catalog.groups()) {
            groups.add(new CriterionGroup(group.code(), group.name(), group.criteria().stream()
                    .map(c -> c.target() instanceof Threshold.PercentMin p && p.min() == null
                            ? new Criterion(c.code(), c.stt(), c.name(), c.unit(), c.method(), c.basis(), c.guidance(),
                                    c.evidence(), c.notes(), null, new Threshold.PercentMin(p.text(), new BigDecimal("90")))
                            : c)
                    .toList()));
        }
        return new Catalog(catalog.id(), catalog.province(), catalog.year(), catalog.unitTier(), catalog.title(),
                catalog.source(), catalog.levels(), rule, catalog.notes(), groups);
    }
}
