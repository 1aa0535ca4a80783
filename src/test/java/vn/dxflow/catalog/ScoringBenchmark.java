package vn.dxflow.catalog;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Scores 10,000 units × the 38 criteria of the Kon Tum commune catalog (and the other seed catalogs) and
 * prints the time and units per second. Not a test: run it with bench/scoring.sh (see bench/README.md).
 */
public final class ScoringBenchmark {

    private static final int UNITS = 10_000;
    private static final int WARM_UP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 5;

    private ScoringBenchmark() {
    }

    public static void main(String[] args) {
        Catalogs catalogs = new Catalogs(new CatalogProperties(Path.of("target/no-such-catalog-dir")));
        System.out.printf("JVM %s, %d processors%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        for (String id : List.of("kontum-2025-commune", "kontum-2025-district", "thanhhoa-2023-commune",
                "binhphuoc-2024-commune")) {
            run(catalogs.get(id));
        }
    }

    private static void run(Catalog catalog) {
        List<Map<String, CriterionValue>> units = randomUnits(catalog, new SplittableRandom(42));
        Integer target = catalog.graded() ? 3 : null;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            scoreAll(catalog, target, units);
        }
        long best = Long.MAX_VALUE;
        long total = 0;
        int[] outcome = null;
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            long start = System.nanoTime();
            outcome = scoreAll(catalog, target, units);
            long elapsed = System.nanoTime() - start;
            best = Math.min(best, elapsed);
            total += elapsed;
        }
        double mean = total / (double) MEASURED_ROUNDS;
        System.out.printf("%-24s %,d units × %d criteria: mean %.1f ms (best %.1f ms) = %,.0f units/s;"
                        + " results: %s%n",
                catalog.id(), UNITS, catalog.criteria().size(), mean / 1e6, best / 1e6, UNITS / (mean / 1e9),
                describe(catalog, outcome));
    }

    /** Per reached level (graded catalogs) or passed/failed/undetermined: keeps the work observable. */
    private static int[] scoreAll(Catalog catalog, Integer target, List<Map<String, CriterionValue>> units) {
        int[] counts = new int[catalog.levels().size() + 3];
        for (Map<String, CriterionValue> values : units) {
            Assessment assessment = ScoringService.evaluate(catalog, target, values);
            int slot = catalog.graded() ? assessment.reachedLevel()
                    : assessment.passed() == null ? 2 : assessment.passed() ? 0 : 1;
            counts[slot]++;
        }
        return counts;
    }

    private static String describe(Catalog catalog, int[] counts) {
        List<String> parts = new ArrayList<>();
        if (catalog.graded()) {
            for (int level = 0; level <= catalog.levels().size(); level++) {
                parts.add("level " + level + "=" + counts[level]);
            }
        } else {
            parts.add("passed=" + counts[0]);
            parts.add("failed=" + counts[1]);
            parts.add("undetermined=" + counts[2]);
        }
        return String.join(" ", parts);
    }

    /** Values spread around the thresholds, so units land on every level; 0.2% of the values are left empty. */
    private static List<Map<String, CriterionValue>> randomUnits(Catalog catalog, SplittableRandom random) {
        List<Map<String, CriterionValue>> units = new ArrayList<>(UNITS);
        for (int unit = 0; unit < UNITS; unit++) {
            double strength = random.nextDouble();
            Map<String, CriterionValue> values = new HashMap<>();
            for (Criterion criterion : catalog.criteria()) {
                if (random.nextInt(500) > 0) {
                    values.put(criterion.code(), randomValue(random, strength, catalog.levels().size()));
                }
            }
            units.add(values);
        }
        return units;
    }

    /** Commune levels only for graded catalogs (CTC-1): other catalogs refuse them. */
    private static CriterionValue randomValue(SplittableRandom random, double strength, int levels) {
        double noisy = Math.min(1, Math.max(0, strength + (random.nextDouble() - 0.5) * 0.3));
        BigDecimal percent = BigDecimal.valueOf(Math.round(noisy * 10_000), 2);
        int count = (int) Math.round(noisy * 4);
        List<Integer> communeLevels = null;
        if (levels > 0) {
            communeLevels = new ArrayList<>();
            for (int commune = 0; commune < 12; commune++) {
                communeLevels.add(Math.min(levels, (int) Math.round(noisy * levels + random.nextDouble() - 0.5)));
            }
        }
        return new CriterionValue(percent, noisy > 0.3, count, communeLevels);
    }
}
