package vn.dxflow.production;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.util.FileSystemUtils;

/**
 * Start-up of the packaged jar to {@code /actuator/health} UP, against Spring Boot with the Camunda webapps alone
 * (baseline.BareCamundaApplication, run from the same jar), measured in turns A B A B in this run so that the
 * ratio holds on a busy machine. Scenarios: the default run warm (its data folder already filled), the national
 * register (3,321 communes and 34 provinces) cold and warm. Prints median, min and max seconds and the ratios.
 * Not a test: bench/startup.sh runs it after packaging.
 */
public final class StartupBenchmark {

    private static final String NATIONAL = "classpath:org/vietnam-2025-two-tier.csv";

    private final Path folder;
    private final int rounds;

    private StartupBenchmark(Path folder, int rounds) {
        this.folder = folder;
        this.rounds = rounds;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path folder = Files.createTempDirectory("dxflow-startup-");
        try {
            new StartupBenchmark(folder, rounds).run();
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private void run() throws Exception {
        System.out.printf("Start-up to /actuator/health UP, %d rounds each, A B A B (seconds: median [min–max])%n", rounds);
        // Warm: one start fills each data folder, then every measured start finds it as a restart would.
        compare("default run, warm", () -> dxflow("default", null), () -> baseline("baseline"), false);
        compare("national register (3,355 units), cold", () -> dxflow("national-cold", NATIONAL),
                () -> baseline("baseline-cold"), true);
        compare("national register (3,355 units), warm", () -> dxflow("national", NATIONAL),
                () -> baseline("baseline"), false);
    }

    private interface Launch {
        DxflowJar create() throws Exception;
    }

    private void compare(String scenario, Launch dxflow, Launch baseline, boolean cold) throws Exception {
        if (!cold) {
            time(dxflow.create());
            time(baseline.create());
        }
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            if (cold) {
                FileSystemUtils.deleteRecursively(folder.resolve("national-cold"));
                FileSystemUtils.deleteRecursively(folder.resolve("baseline-cold"));
            }
            double dx = time(dxflow.create());
            double bare = time(baseline.create());
            a.add(dx);
            b.add(bare);
            ratios.add(dx / bare);
        }
        System.out.printf("%-42s DXFlow %s   baseline %s   ratio %s%n", scenario, figure(a), figure(b), figure(ratios));
    }

    private DxflowJar dxflow(String name, String unitsFile) {
        DxflowJar node = DxflowJar.node(name, folder.resolve(name));
        if (unitsFile != null) {
            node.env("DXFLOW_UNITS_FILE", unitsFile).env("DXFLOW_PROVINCES", "");
        }
        return node;
    }

    private DxflowJar baseline(String name) {
        return DxflowJar.launcher(name, folder.resolve(name), "baseline.BareCamundaApplication",
                Path.of("target/test-classes").toAbsolutePath());
    }

    private static double time(DxflowJar process) {
        long started = System.nanoTime();
        try (process) {
            process.start().awaitReady(Duration.ofMinutes(10));
            return (System.nanoTime() - started) / 1e9;
        }
    }

    private static String figure(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("%.2f [%.2f–%.2f]", sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }
}
