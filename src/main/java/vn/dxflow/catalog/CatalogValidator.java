package vn.dxflow.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.dxflow.org.UnitKind;

/**
 * The checks a catalog passes before it is used: an administrator's edit must not silently change how units
 * are judged. Every problem is collected (not just the first) and names its criterion.
 */
final class CatalogValidator {

    /** The id becomes a file name in the catalog folder: no path separators, no surprises. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    List<Problem> validate(Catalog catalog) {
        List<Problem> problems = new ArrayList<>();
        checkHeader(catalog, problems);
        Set<String> codes = new HashSet<>();
        Set<String> groupCodes = new HashSet<>();
        for (CriterionGroup group : catalog.groups()) {
            if (!groupCodes.add(String.valueOf(group.code()))) {
                problems.add(Problem.catalog("duplicate group code " + group.code(),
                        "Mã nhóm tiêu chí " + group.code() + " bị trùng"));
            }
            for (Criterion criterion : group.criteria()) {
                if (blank(criterion.code())) {
                    problems.add(Problem.catalog("a criterion of group " + group.code() + " has no code",
                            "Một tiêu chí trong nhóm " + group.code() + " không có mã"));
                    continue;
                }
                if (!codes.add(criterion.code())) {
                    problems.add(Problem.of(criterion.code(), "duplicate code", "mã tiêu chí bị trùng"));
                }
                checkCriterion(catalog, criterion, problems);
            }
        }
        checkRule(catalog, codes, problems);
        return problems;
    }

    private static void checkHeader(Catalog catalog, List<Problem> problems) {
        if (catalog.id() == null || !ID.matcher(catalog.id()).matches()) {
            problems.add(Problem.catalog("id '" + catalog.id() + "' must be lower-case letters, digits and dashes",
                    "Mã bộ tiêu chí '" + catalog.id() + "' chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang"));
        }
        if (blank(catalog.province()) || catalog.year() <= 0) {
            problems.add(Problem.catalog("province and year are required", "Thiếu tỉnh hoặc năm áp dụng"));
        }
        if (catalog.unitTier() != UnitKind.Tier.COMMUNE && catalog.unitTier() != UnitKind.Tier.DISTRICT) {
            problems.add(Problem.catalog("unitTier must be COMMUNE or DISTRICT",
                    "Cấp đơn vị (unitTier) phải là COMMUNE (cấp xã) hoặc DISTRICT (cấp huyện)"));
        }
        if (catalog.rule() == null) {
            problems.add(Problem.catalog("no combining rule", "Thiếu quy tắc tổng hợp kết quả (rule)"));
        }
        if (catalog.criteria().isEmpty()) {
            problems.add(Problem.catalog("no criteria", "Bộ tiêu chí không có tiêu chí nào"));
        }
    }

    private static void checkCriterion(Catalog catalog, Criterion criterion, List<Problem> problems) {
        String code = criterion.code();
        if (blank(criterion.name())) {
            problems.add(Problem.of(code, "no name", "thiếu tên tiêu chí"));
        }
        if (catalog.graded()) {
            checkLevels(catalog, criterion, problems);
        } else if (criterion.target() == null || !criterion.levels().isEmpty()) {
            problems.add(Problem.of(code, "a pass/fail catalog needs one 'target' and no 'levels'",
                    "bộ tiêu chí đạt/không đạt cần đúng một chỉ tiêu 'target', không có 'levels'"));
        } else if (criterion.target() instanceof Threshold.CommuneDistribution) {
            problems.add(Problem.of(code, "communeDistribution needs a graded catalog",
                    "ngưỡng phân bố mức độ của các xã chỉ dùng được trong bộ tiêu chí có mức độ"));
        }
    }

    private static void checkLevels(Catalog catalog, Criterion criterion, List<Problem> problems) {
        String code = criterion.code();
        if (criterion.target() != null || !criterion.levels().keySet().equals(catalog.levels().keySet())) {
            problems.add(Problem.of(code, "needs a threshold for exactly the levels " + catalog.levels().keySet()
                            + " (has " + criterion.levels().keySet() + ") and no 'target'",
                    "cần ngưỡng cho đúng các mức " + catalog.levels().keySet() + " (đang có "
                            + criterion.levels().keySet() + "), không dùng 'target'"));
            return;
        }
        Map.Entry<Integer, Threshold> previous = null;
        for (Map.Entry<Integer, Threshold> entry : criterion.levels().entrySet()) {
            if (entry.getValue() instanceof Threshold.CommuneDistribution distribution) {
                checkDistribution(catalog, code, entry.getKey(), distribution, problems);
            }
            if (previous != null && entry.getValue().weakerThan(previous.getValue())) {
                problems.add(Problem.of(code, "the threshold falls from level " + previous.getKey() + " ("
                                + describe(previous.getValue()) + ") to level " + entry.getKey() + " ("
                                + describe(entry.getValue()) + ")",
                        "ngưỡng giảm từ mức " + previous.getKey() + " (" + describe(previous.getValue())
                                + ") xuống mức " + entry.getKey() + " (" + describe(entry.getValue()) + ")"));
            }
            previous = entry;
        }
    }

    private static void checkDistribution(Catalog catalog, String code, int level,
            Threshold.CommuneDistribution distribution, List<Problem> problems) {
        Set<Integer> levels = catalog.levels().keySet();
        boolean known = levels.contains(distribution.allAtLeast())
                && (distribution.share() == null || levels.contains(distribution.share().level()));
        if (!known) {
            problems.add(Problem.of(code, "level " + level + " names a commune level that is not in " + levels,
                    "mức " + level + " dùng một mức độ của xã không có trong " + levels));
        }
    }

    private static void checkRule(Catalog catalog, Set<String> codes, List<Problem> problems) {
        CombiningRule rule = catalog.rule();
        if (rule instanceof LevelRule != catalog.graded()) {
            problems.add(Problem.catalog("the 'levels' rule and the catalog's 'levels' go together",
                    "Quy tắc 'levels' chỉ dùng cho bộ tiêu chí có các mức độ, và ngược lại"));
        }
        if (rule == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String code : rule.referencedCriteria()) {
            if (!codes.contains(code)) {
                problems.add(Problem.of(code, "named by the rule but not in the catalog",
                        "được quy tắc tổng hợp nhắc đến nhưng không có trong bộ tiêu chí"));
            }
            if (!seen.add(code)) {
                problems.add(Problem.of(code, "named twice by the rule", "bị quy tắc tổng hợp nhắc đến hai lần"));
            }
        }
        if (rule instanceof MandatoryExtendedRule extendedRule && extendedRule.minExtended() > seen.size()) {
            problems.add(Problem.catalog("minExtended " + extendedRule.minExtended() + " is more than the "
                            + seen.size() + " extended criteria",
                    "Số tiêu chí mở rộng tối thiểu (" + extendedRule.minExtended() + ") lớn hơn số tiêu chí mở rộng ("
                            + seen.size() + ")"));
        }
    }

    private static String describe(Threshold threshold) {
        return threshold.text() != null ? threshold.text() : threshold.getClass().getSimpleName();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
