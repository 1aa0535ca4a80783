package vn.dxflow.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.dxflow.catalog.Assessment;
import vn.dxflow.catalog.Catalog;
import vn.dxflow.catalog.Criterion;
import vn.dxflow.catalog.CriterionGroup;
import vn.dxflow.catalog.CriterionResult;
import vn.dxflow.catalog.CriterionValue;
import vn.dxflow.catalog.Outcome;
import vn.dxflow.catalog.Threshold;

/** Turns a catalog, the values of one or two stages and the scored result into the rows the reports print. */
final class CriterionRows {

    private CriterionRows() {
    }

    /**
     * @param earlier  values of the earlier stage (self-assessed; appraised for Mẫu 04)
     * @param reviewed values of the reviewing stage, or null for Mẫu 01
     * @param result   the scoring of the last stage's values (its assessed level gives the requirement column)
     */
    static List<CriterionGroupRows> of(Catalog catalog, Assessment result, Map<String, CriterionValue> earlier,
            Map<String, CriterionValue> reviewed) {
        Map<String, CriterionResult> results = new TreeMap<>();
        result.criteria().forEach(criterion -> results.put(criterion.code(), criterion));
        List<CriterionGroupRows> groups = new ArrayList<>();
        for (CriterionGroup group : catalog.groups()) {
            String groupNumber = String.valueOf(groups.size() + 1);
            List<CriterionRow> rows = new ArrayList<>();
            int met = 0;
            int inProgress = 0;
            int notMet = 0;
            for (Criterion criterion : group.criteria()) {
                Outcome outcome = results.get(criterion.code()).outcome();
                switch (outcome) {
                    case MET -> met++;
                    case NOT_MET -> notMet++;
                    case MISSING, TARGET_NOT_SET -> inProgress++;
                    case NOT_APPLICABLE -> { }
                }
                rows.add(row(groupNumber, criterion, requirement(catalog, criterion, result.assessedLevel()),
                        outcome, earlier, reviewed));
            }
            groups.add(new CriterionGroupRows(groupNumber, group.name(), group.nameInReviews(), rows, met, inProgress,
                    notMet));
        }
        return groups;
    }

    private static CriterionRow row(String groupNumber, Criterion criterion, String requirement, Outcome outcome,
            Map<String, CriterionValue> earlier, Map<String, CriterionValue> reviewed) {
        // A criterion that does not apply at the registered level needs no value: leave the cell empty.
        boolean applies = outcome != Outcome.NOT_APPLICABLE;
        String value = applies || earlier.containsKey(criterion.code()) ? text(earlier.get(criterion.code())) : "";
        String reviewedValue = reviewed == null ? null
                : applies || reviewed.containsKey(criterion.code()) ? text(reviewed.get(criterion.code())) : "";
        // Ghi chú: the reviewing stage's adjustment and remark, or else the unit's explanation (giải trình).
        CriterionValue noted = reviewed == null ? earlier.get(criterion.code()) : reviewed.get(criterion.code());
        String remark = Stream.of(
                        reviewedValue != null && !reviewedValue.equals(value) ? "Điều chỉnh so với kết quả của đơn vị" : null,
                        noted == null ? null : noted.note())
                .filter(Objects::nonNull).collect(Collectors.joining(". "));
        // The seeds number criteria inside their group ("1", "2") or already as "1.1": print "1.1" in both cases.
        String number = criterion.stt().contains(".") ? criterion.stt() : groupNumber + "." + criterion.stt();
        return new CriterionRow(number, criterion.name(), criterion.unit(), requirement, value, reviewedValue,
                outcome, outcome.label(),
                criterion.evidence().isEmpty() ? null : String.join("; ", criterion.evidence()), remark);
    }

    /** The threshold at the assessed level (graded catalogs) or the single target, as the source writes it. */
    private static String requirement(Catalog catalog, Criterion criterion, Integer assessedLevel) {
        Threshold threshold = catalog.graded() ? criterion.levels().get(assessedLevel) : criterion.target();
        // Some criteria have no requirement text in their source (Thanh Hóa 1.11): the cell stays empty.
        return threshold == null || threshold.text() == null ? "" : threshold.text();
    }

    /** A value as a Vietnamese report writes it: decimal comma, "Có"/"Không", counts of communes per level. */
    private static String text(CriterionValue value) {
        if (value == null) {
            return Outcome.MISSING.label();
        }
        List<String> parts = new ArrayList<>();
        if (value.count() != null) {
            parts.add(String.valueOf(value.count()));
        }
        if (value.percent() != null) {
            parts.add(decimal(value.percent()) + "%");
        }
        if (value.yes() != null) {
            parts.add(value.yes() ? "Có" : "Không");
        }
        if (value.communeLevels() != null) {
            Map<Integer, Integer> perLevel = new TreeMap<>();
            value.communeLevels().forEach(level -> perLevel.merge(level, 1, Integer::sum));
            perLevel.forEach((level, count) -> parts.add((level == 0 ? "chưa đạt mức" : "mức " + level) + ": " + count + " xã"));
        }
        return parts.isEmpty() ? Outcome.MISSING.label() : String.join("; ", parts);
    }

    static String decimal(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
