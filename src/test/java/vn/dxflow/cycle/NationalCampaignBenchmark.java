package vn.dxflow.cycle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import vn.dxflow.DxflowApplication;
import vn.dxflow.org.OrgChart;
import vn.dxflow.org.OrgUnit;

/**
 * The national campaign: every province of the bundled register (34 campaigns, 3,321 communes, wards and special
 * zones) through every stage with {@link CampaignScenario}, on H2 or PostgreSQL, with or without the reports
 * rendered and stored in CMIS; then, in the same JVM and on a database of the same kind, a bare Camunda engine
 * running start → user task → end ({@link BareEngineBaseline}). Mode {@code start} instead opens one campaign of
 * N generated communes and prints the cost of starting each unit. Not a test: run it with
 * {@code bench/national-campaign.sh} (see bench/README.md).
 *
 * <p>Arguments: {@code full h2|postgres reports|no-reports [province codes, comma-separated]} or
 * {@code start h2|postgres N}. PostgreSQL: {@code DXFLOW_BENCH_PG_URL} (a server's database the benchmark may
 * create databases from), {@code DXFLOW_BENCH_PG_USER}, {@code DXFLOW_BENCH_PG_PASSWORD}.
 */
final class NationalCampaignBenchmark {

    private static final Path HOME = Path.of("target/bench-national");

    private NationalCampaignBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        boolean postgres = "postgres".equals(args[1]);
        System.out.printf("JVM %s, %d processors, database %s%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), postgres ? "PostgreSQL" : "H2");
        if ("start".equals(mode)) {
            startCost(postgres, Integer.parseInt(args[2]));
        } else {
            full(postgres, "reports".equals(args[2]), args.length > 3 ? List.of(args[3].split(",")) : List.of());
        }
    }

    private static void full(boolean postgres, boolean reports, List<String> only) throws Exception {
        Path data = fresh("full");
        List<String> options = new ArrayList<>(List.of("--dxflow.report.archive-at-steps=" + reports));
        ConfigurableApplicationContext app = boot(data, postgres, options);
        try {
            List<String> provinces = only.isEmpty() ? app.getBean(OrgChart.class).all().stream()
                    .filter(unit -> unit.parentCode() == null).map(OrgUnit::code).toList() : only;
            CampaignScenario scenario = new CampaignScenario(app);
            for (String province : provinces) {
                scenario.install(province);
            }
            long start = System.nanoTime();
            List<String> campaigns = scenario.run(provinces);
            double wall = (System.nanoTime() - start) / 1e9;
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            HistoryService history = engine.getHistoryService();
            long units = history.createHistoricProcessInstanceQuery().processDefinitionKey(UnitAssessmentProcess.KEY).count();
            long recognized = history.createHistoricProcessInstanceQuery().processDefinitionKey(UnitAssessmentProcess.KEY)
                    .finished().variableValueEquals(UnitAssessmentProcess.Variables.OUTCOME, "RECOGNIZED").count();
            long closed = history.createHistoricProcessInstanceQuery().processDefinitionKey(ProvinceCampaignProcess.KEY)
                    .finished().count();
            System.out.printf("%d provinces, %d units, reports %s%n", provinces.size(), units, reports ? "on" : "off");
            int tasks = 0;
            double cpu = 0;
            for (CampaignScenario.Stage stage : scenario.stages()) {
                tasks += stage.tasks();
                cpu += stage.cpuSeconds();
            }
            System.out.printf("whole campaign: %.1f s wall (%.1f min), %.1f s CPU; %d tasks; %.1f ms CPU per task, "
                            + "%.0f ms CPU per unit; %d of %d units recognized, %d of %d campaigns closed, %d failed jobs%n",
                    wall, wall / 60, cpu, tasks, cpu * 1000 / tasks, cpu * 1000 / units, recognized, units, closed,
                    campaigns.size(), scenario.failedJobs());
            double bare = baseline(postgres, 2000);
            System.out.printf("bare Camunda 7 (start → user task → end, history full, same database kind): %.2f ms CPU "
                    + "per instance; DXFlow per task ÷ bare = %.2f%n", bare * 1000, cpu / tasks / bare);
            if (recognized != units || closed != campaigns.size()) {
                throw new IllegalStateException("the campaign did not complete");
            }
        } finally {
            ClockUtil.reset();
            app.close();
        }
    }

    /** One campaign of n generated communes: the time and CPU to start all of them, per unit. */
    private static void startCost(boolean postgres, int communes) throws Exception {
        Path data = fresh("start-" + communes);
        StringBuilder units = new StringBuilder("code,name,kind,parent\n99,Tỉnh Thử nghiệm,tỉnh,\n");
        for (int i = 1; i <= communes; i++) {
            units.append(String.format("9%04d,Xã Thử nghiệm %d,xã,99%n", i, i));
        }
        Path unitsFile = data.resolveSibling("units.csv");
        Files.writeString(unitsFile, units);
        ConfigurableApplicationContext app = boot(data, postgres, List.of(
                "--dxflow.org.units-file=file:" + unitsFile.toAbsolutePath()));
        try {
            CampaignScenario scenario = new CampaignScenario(app);
            scenario.install("99");
            scenario.open(List.of("99"));
            CampaignScenario.Stage started = scenario.stages().get(0);
            long count = app.getBean(ProcessEngine.class).getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionKey(UnitAssessmentProcess.KEY).count();
            System.out.printf("one campaign of %d units: %d started in %.1f s wall, %.1f s CPU = %.1f ms wall, "
                    + "%.1f ms CPU per unit%n", communes, count, started.seconds(), started.cpuSeconds(),
                    started.seconds() * 1000 / count, started.cpuSeconds() * 1000 / count);
        } finally {
            ClockUtil.reset();
            app.close();
        }
    }

    private static ConfigurableApplicationContext boot(Path data, boolean postgres, List<String> extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("--dxflow.data-dir=" + data.toAbsolutePath(),
                "--dxflow.org.provinces=", "--dxflow.demo.campaigns=", "--server.port=0",
                "--camunda.bpm.job-execution.enabled=true", "--logging.level.root=WARN"));
        if (postgres) {
            args.addAll(List.of("--spring.datasource.url=" + database("dxflow_bench"),
                    "--spring.datasource.username=" + System.getenv("DXFLOW_BENCH_PG_USER"),
                    "--spring.datasource.password=" + System.getenv("DXFLOW_BENCH_PG_PASSWORD")));
        }
        args.addAll(extra);
        long start = System.nanoTime();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(DxflowApplication.class)
                .run(args.toArray(String[]::new));
        System.out.printf("DXFlow with %d units started in %.1f s%n", app.getBean(OrgChart.class).all().size(),
                (System.nanoTime() - start) / 1e9);
        return app;
    }

    private static double baseline(boolean postgres, int instances) throws Exception {
        if (postgres) {
            return BareEngineBaseline.cpuPerInstance(database("dxflow_bench_bare"),
                    System.getenv("DXFLOW_BENCH_PG_USER"), System.getenv("DXFLOW_BENCH_PG_PASSWORD"), instances);
        }
        Path bare = fresh("bare");
        return BareEngineBaseline.cpuPerInstance("jdbc:h2:file:" + bare.toAbsolutePath().resolve("camunda")
                + ";WRITE_DELAY=0", "sa", "", instances);
    }

    /** A new, empty database of the given name on the benchmark's PostgreSQL server; its JDBC URL. */
    private static String database(String name) throws Exception {
        String url = System.getenv("DXFLOW_BENCH_PG_URL");
        if (url == null) {
            throw new IllegalStateException("Set DXFLOW_BENCH_PG_URL, DXFLOW_BENCH_PG_USER, DXFLOW_BENCH_PG_PASSWORD");
        }
        try (Connection connection = DriverManager.getConnection(url, System.getenv("DXFLOW_BENCH_PG_USER"),
                System.getenv("DXFLOW_BENCH_PG_PASSWORD")); Statement sql = connection.createStatement()) {
            sql.execute("drop database if exists " + name);
            sql.execute("create database " + name);
        }
        return url.substring(0, url.lastIndexOf('/') + 1) + name;
    }

    private static Path fresh(String name) throws Exception {
        Path dir = HOME.resolve(name);
        FileSystemUtils.deleteRecursively(dir);
        Files.createDirectories(dir);
        return dir.resolve("data");
    }
}
