package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.*;
import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import vn.dxflow.DxflowApplication;

/**
 * A simulated campaign of 1,000 units (10 districts and 990 communes of a generated province) through every
 * stage on H2: registration, self-assessment, appraisal, opinion, verification, recognition, province report.
 * The clock is moved and tasks are completed through the engine API. Run with {@code bench/campaign.sh}.
 */
final class CampaignBenchmark {

    private static final int DISTRICTS = 10;
    private static final int COMMUNES_PER_DISTRICT = 99;

    private CampaignBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path home = Path.of("target/bench-campaign");
        FileSystemUtils.deleteRecursively(home);
        Files.createDirectories(home.resolve("data/campaigns"));
        Files.writeString(home.resolve("units.csv"), units());
        Files.writeString(home.resolve("data/campaigns/bench.yaml"), campaign());

        long bootStart = System.nanoTime();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(DxflowApplication.class).run(
                "--dxflow.data-dir=" + home.resolve("data"),
                "--dxflow.org.units-file=file:" + home.resolve("units.csv"),
                "--dxflow.org.provinces=",
                "--dxflow.demo.campaigns=",
                "--camunda.bpm.job-execution.enabled=false",
                "--server.port=0",
                "--dxflow.report.archive-at-steps=false",
                "--logging.level.root=WARN");
        System.out.printf("Application with %d units started in %.1f s%n",
                app.getBean(vn.dxflow.org.OrgChart.class).all().size(), (System.nanoTime() - bootStart) / 1e9);
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        try {
            run(engine, app.getBean(CampaignOpener.class));
        } finally {
            ClockUtil.reset();
            app.close();
        }
    }

    private static void run(ProcessEngine engine, CampaignOpener opener) {
        TaskService tasks = engine.getTaskService();
        long start = System.nanoTime();
        clock("2025-01-02T08:00");
        String campaign = opener.open("99-2025");
        runDueJobs(engine.getManagementService());
        long started = engine.getRuntimeService().createProcessInstanceQuery()
                .variableValueEquals(UnitAssessmentProcess.Variables.CAMPAIGN_INSTANCE_ID, campaign).count();
        double startSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Opened: %d unit instances started in %.1f s (%.0f instances/s)%n", started, startSeconds,
                started / startSeconds);

        long completeStart = System.nanoTime();
        int completed = 0;
        ManagementService management = engine.getManagementService();
        completed += completeAll(tasks, REGISTER, Map.of(TARGET_LEVEL, 2L));
        clock("2025-11-20T08:00");
        // Between stages, the asynchronous continuations (archiving steps, opinions) as the job executor would run them.
        completed += completeAll(tasks, SELF_ASSESS, Map.of("submissionConfirmed", true));
        runDueJobs(management);
        completed += completeAll(tasks, APPRAISE, Map.of(APPRAISAL_DECISION, "COMPLETE"));
        runDueJobs(management);
        completed += completeAll(tasks, GIVE_OPINION, Map.of(OPINION, "DAT_YEU_CAU"));
        runDueJobs(management);
        completed += completeAll(tasks, VERIFY, Map.of(VERIFICATION_RESULT, "DAT"));
        completed += completeAll(tasks, RECOGNIZE, Map.of(RECOGNITION_DECISION, "NOT_RECOGNIZED", RECOGNIZED_LEVEL, 0L));
        runDueJobs(management);
        double completeSeconds = (System.nanoTime() - completeStart) / 1e9;
        System.out.printf("Completed %d tasks (with their asynchronous steps) in %.1f s (%.0f tasks/s)%n", completed,
                completeSeconds, completed / completeSeconds);

        clock("2025-12-21T00:00");
        runDueJobs(engine.getManagementService());
        completed += completeAll(tasks, ProvinceCampaignProcess.Elements.SEND_REPORT,
                Map.of("reportSent", true, ProvinceCampaignProcess.Variables.PENDING_UNITS_CONFIRMED, true));
        boolean closed = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(campaign)
                .finished().count() == 1;
        double total = (System.nanoTime() - start) / 1e9;
        System.out.printf("Campaign of %d units %s: wall time %.1f s, %.0f unit instances/s, %.0f tasks/s overall%n",
                started, closed ? "closed" : "NOT CLOSED", total, started / total, completed / total);
        if (!closed) {
            throw new IllegalStateException("the campaign did not close");
        }
    }

    private static int completeAll(TaskService tasks, String activity, Map<String, Object> variables) {
        int done = 0;
        for (List<Task> page = tasks.createTaskQuery().taskDefinitionKey(activity).listPage(0, 500); !page.isEmpty();
                page = tasks.createTaskQuery().taskDefinitionKey(activity).listPage(0, 500)) {
            for (Task task : page) {
                tasks.complete(task.getId(), variables);
                done++;
            }
        }
        return done;
    }

    private static int runDueJobs(ManagementService management) {
        int executed = 0;
        for (List<Job> due = management.createJobQuery().executable().listPage(0, 500); !due.isEmpty();
                due = management.createJobQuery().executable().listPage(0, 500)) {
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                    executed++;
                } catch (org.camunda.bpm.engine.exception.NullValueException deletedByAnInterruptingTimer) {
                    // an earlier job of the page removed this one
                }
            }
        }
        return executed;
    }

    private static void clock(String vietnamTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(vietnamTime).atZone(CampaignConfig.ZONE).toInstant()));
    }

    private static String units() {
        StringBuilder csv = new StringBuilder("code,name,kind,parent\n99,Tỉnh Thử nghiệm,tỉnh,\n");
        for (int d = 1; d <= DISTRICTS; d++) {
            String district = String.format("9%02d", d);
            csv.append(district).append(",Huyện Thử nghiệm ").append(d).append(",huyện,99\n");
            for (int c = 1; c <= COMMUNES_PER_DISTRICT; c++) {
                csv.append(String.format("9%02d%03d,Xã Thử nghiệm %d-%d,xã,%s%n", d, c, d, c, district));
            }
        }
        return csv.toString();
    }

    private static String campaign() {
        return """
                id: "99-2025"
                name: "Chiến dịch thử tải 1.000 đơn vị"
                province: "99"
                year: 2025
                tracks:
                  commune: {catalog: kontum-2025-commune, receiving: district, appraisal: district, recognition: district}
                  district: {catalog: kontum-2025-district, receiving: province, appraisal: province, recognition: province}
                stages: {registration: true, opinions: true, verification: true}
                calendar:
                  registration: 2025-01-20
                  selfAssessment: 2025-11-30
                  appraisal: 2025-12-15
                  recognition: 2025-12-20
                  report: 2025-12-25
                reminderDays: [14, 3, 1]
                """;
    }
}
