package vn.dxflow.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Scores one unit's values against a catalog: each criterion's result, the reached level (or the verdict), and
 * the criteria that block the registered target. Serves the live self-assessment form and the appraisal, where
 * the self-assessed and appraised values are scored side by side and the appraised ones decide.
 */
@Service
public class ScoringService {

    private final Catalogs catalogs;

    public ScoringService(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    /**
     * @param targetLevel the registered level (graded catalogs; may be null), must be null for pass/fail catalogs
     * @param values      criterion code to value; criteria without a value are {@link Outcome#MISSING}
     */
    public Assessment evaluate(String catalogId, Integer targetLevel, Map<String, CriterionValue> values) {
        return evaluate(catalogs.get(catalogId), targetLevel, values);
    }

    public Appraisal appraise(String catalogId, Integer targetLevel, Map<String, CriterionValue> selfAssessed,
            Map<String, CriterionValue> appraised) {
        Catalog catalog = catalogs.get(catalogId);
        Assessment self = evaluate(catalog, targetLevel, selfAssessed);
        Assessment council = evaluate(catalog, targetLevel, appraised);
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < self.criteria().size(); i++) {
            if (!self.criteria().get(i).equals(council.criteria().get(i))) {
                differing.add(self.criteria().get(i).code());
            }
        }
        return new Appraisal(self, council, differing);
    }

    /**
     * The value of a district's commune-distribution criterion (Kon Tum CTC-1), computed from its communes'
     * assessments: the level each commune reached, 0 where none.
     */
    public CriterionValue communeLevels(List<Assessment> communes) {
        return CriterionValue.ofCommuneLevels(communes.stream()
                .map(commune -> Objects.requireNonNullElse(commune.reachedLevel(), 0))
                .toList());
    }

    static Assessment evaluate(Catalog catalog, Integer targetLevel, Map<String, CriterionValue> values) {
        Map<String, CriterionValue> given = Objects.requireNonNullElse(values, Map.of());
        List<Problem> problems = new ArrayList<>();
        if (targetLevel != null && !catalog.levels().containsKey(targetLevel)) {
            problems.add(Problem.catalog("target level " + targetLevel + " is not a level of " + catalog.id(),
                    "Mức độ đăng ký " + targetLevel + " không có trong bộ tiêu chí " + catalog.id()));
        }
        Set<String> codes = catalog.criteria().stream().map(Criterion::code).collect(Collectors.toSet());
        given.forEach((code, value) -> {
            if (!codes.contains(code)) {
                problems.add(Problem.of(code, "not in catalog " + catalog.id(),
                        "không có trong bộ tiêu chí " + catalog.id()));
            } else if (value != null) {
                checkValue(catalog, code, value, problems);
            }
        });
        if (!problems.isEmpty()) {
            throw new CatalogInputException("Invalid values", "Số liệu không hợp lệ", problems);
        }
        return catalog.rule().assess(catalog, targetLevel, given);
    }

    private static void checkValue(Catalog catalog, String code, CriterionValue value, List<Problem> problems) {
        BigDecimal percent = value.percent();
        if (percent != null && (percent.signum() < 0 || percent.compareTo(Threshold.HUNDRED) > 0)) {
            problems.add(Problem.of(code, "percent " + percent + " is not between 0 and 100",
                    "tỷ lệ " + percent.toPlainString() + "% không nằm trong khoảng 0 đến 100"));
        }
        if (value.count() != null && value.count() < 0) {
            problems.add(Problem.of(code, "count " + value.count() + " is negative",
                    "số lượng " + value.count() + " không được là số âm"));
        }
        if (value.communeLevels() != null && value.communeLevels().stream()
                .anyMatch(level -> level == null || level < 0 || level > catalog.levels().size())) {
            problems.add(Problem.of(code, "commune levels must be between 0 and " + catalog.levels().size(),
                    "mức độ của các xã phải từ 0 đến " + catalog.levels().size()));
        }
        if (value.note() != null && value.note().length() > CriterionValue.MAX_NOTE_LENGTH) {
            problems.add(Problem.of(code, "note longer than " + CriterionValue.MAX_NOTE_LENGTH + " characters",
                    "phần giải trình, nhận xét dài quá " + CriterionValue.MAX_NOTE_LENGTH + " ký tự"));
        }
    }
}
