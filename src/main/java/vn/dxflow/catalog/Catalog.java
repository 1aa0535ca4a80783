package vn.dxflow.catalog;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.dxflow.org.UnitKind;

/**
 * A criteria catalog (bộ tiêu chí) of one province, year and unit tier, as read from its data file in
 * {@code catalogs/}: groups of criteria, their thresholds per level (level catalogs) or single target, and
 * the rule that combines the criteria's results into a level or a pass.
 *
 * @param levels level number to name and description; empty for catalogs with a single pass/fail target
 * @param notes  where the catalog's reading of its source is an assumption (kept with the data on purpose)
 */
public record Catalog(
        String id,
        String province,
        int year,
        UnitKind.Tier unitTier,
        String title,
        String source,
        SortedMap<Integer, Level> levels,
        CombiningRule rule,
        List<String> notes,
        List<CriterionGroup> groups) {

    public record Level(String name, String description) {
    }

    public Catalog {
        levels = Collections.unmodifiableSortedMap(levels == null ? new TreeMap<>() : new TreeMap<>(levels));
        notes = notes == null ? List.of() : List.copyOf(notes);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** Every criterion, in the catalog's order. */
    public List<Criterion> criteria() {
        return groups.stream().flatMap(group -> group.criteria().stream()).toList();
    }

    public Optional<Criterion> criterion(String code) {
        return criteria().stream().filter(criterion -> criterion.code().equals(code)).findFirst();
    }

    /** True for catalogs with graded levels (Kon Tum); false for pass/fail catalogs with one target each. */
    public boolean graded() {
        return !levels.isEmpty();
    }
}
