package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.*;
import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import vn.dxflow.TestUploads;
import vn.dxflow.evidence.EvidenceStore;
import vn.dxflow.evidence.UploadContent;

/**
 * One campaign year for every province given, as people and the job executor run it: the campaigns are opened,
 * their units start in batches, and every stage's tasks are completed by the users they are for (a member of the
 * candidate group, or the assignee), with Camunda authorization checked; the unit enters values and two evidence
 * pictures, the council and the department their values. The clock is moved between stages and each stage ends
 * when the job executor has no job left that is due (freezes, reports, opinions, reminders). Used by
 * {@link NationalCampaignBenchmark} and, for one province, by {@code CampaignScenarioTest}.
 */
final class CampaignScenario {

    static final int YEAR = 2026;
    private static final int USERS = 4;
    private static final long TARGET_LEVEL_VALUE = 3;

    /** Wall time and CPU of the whole JVM (job executor, users, database when embedded) for one stage. */
    record Stage(String name, int tasks, double seconds, double cpuSeconds) {
    }

    private final ProcessEngine engine;
    private final TaskService tasks;
    private final IdentityService identity;
    private final CampaignOpener opener;
    private final Campaigns campaignFiles;
    private final AssessmentValues values;
    private final CycleDriver driver;
    private final EvidenceStore evidence;
    private final Map<String, String> memberOfGroup = new ConcurrentHashMap<>();
    private final Map<String, List<String>> groupsOfUser = new ConcurrentHashMap<>();
    private final List<Stage> stages = new ArrayList<>();
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    CampaignScenario(ApplicationContext app) {
        this.engine = app.getBean(ProcessEngine.class);
        this.tasks = engine.getTaskService();
        this.identity = engine.getIdentityService();
        this.opener = app.getBean(CampaignOpener.class);
        this.campaignFiles = app.getBean(Campaigns.class);
        this.values = app.getBean(AssessmentValues.class);
        this.driver = app.getBean(CycleDriver.class);
        this.evidence = app.getBean(EvidenceStore.class);
    }

    /** The province's campaign, as an administrator saves it: every stage; the province receives, appraises, verifies and recognizes. */
    void install(String provinceCode) throws java.io.IOException {
        String yaml = """
                id: "%1$s"
                name: "Đánh giá chuyển đổi số cấp xã năm %2$d - tỉnh %3$s (thử tải)"
                province: "%3$s"
                year: %2$d
                tracks:
                  commune: {catalog: kontum-2025-commune, receiving: province, appraisal: province, recognition: province}
                stages: {registration: true, opinions: true, verification: true}
                calendar:
                  registration: %2$d-01-20
                  selfAssessment: %2$d-11-30
                  appraisal: %2$d-12-15
                  recognition: %2$d-12-20
                  report: %2$d-12-25
                reminderDays: [14, 3, 1]
                """.formatted(campaignId(provinceCode), YEAR, provinceCode);
        campaignFiles.use(campaignFiles.check(campaignId(provinceCode) + ".yaml",
                new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    static String campaignId(String provinceCode) {
        return provinceCode + "-" + YEAR;
    }

    List<Stage> stages() {
        return stages;
    }

    /** Opens the campaigns of the provinces (installed before) and waits until their units have started. */
    List<String> open(List<String> provinceCodes) throws Exception {
        List<String> campaigns = new ArrayList<>();
        stage("mở chiến dịch, khởi tạo hồ sơ đơn vị", "2026-01-05T08:00", () -> {
            provinceCodes.forEach(code -> campaigns.add(opener.open(campaignId(code))));
            return 0;
        });
        return campaigns;
    }

    /** Opens the campaigns and runs every stage; returns the campaign instances' ids. */
    List<String> run(List<String> provinceCodes) throws Exception {
        List<String> campaigns = open(provinceCodes);
        stage("đăng ký mức độ", null, () -> completeAll(REGISTER, (task, user) ->
                complete(task, user, Map.of(TARGET_LEVEL, TARGET_LEVEL_VALUE))));
        stage("tự đánh giá, minh chứng, nộp hồ sơ (Mẫu 01)", "2026-11-20T08:00", () -> completeAll(SELF_ASSESS,
                (task, user) -> {
                    values.save(task.getProcessInstanceId(), AssessmentValues.Source.SELF_ASSESSED, meeting(), user);
                    upload(task, user, "CQS-1");
                    upload(task, user, "CQS-2");
                    complete(task, user, Map.of("submissionConfirmed", true));
                }));
        stage("thẩm định (Mẫu 02)", "2026-12-01T08:00", () -> completeAll(APPRAISE, (task, user) -> {
            values.save(task.getProcessInstanceId(), AssessmentValues.Source.APPRAISED, meeting(), user);
            complete(task, user, Map.of(APPRAISAL_DECISION, UnitAssessmentProcess.Values.COMPLETE));
        }));
        stage("ý kiến thành viên BCĐ (Mẫu 03)", null, () -> completeAll(GIVE_OPINION, (task, user) ->
                complete(task, user, Map.of(OPINION, UnitAssessmentProcess.Values.OPINION_MET))));
        stage("thẩm tra (Mẫu 04)", null, () -> completeAll(VERIFY, (task, user) -> {
            values.save(task.getProcessInstanceId(), AssessmentValues.Source.VERIFIED, meeting(), user);
            complete(task, user, Map.of(VERIFICATION_RESULT, UnitAssessmentProcess.Values.VERIFIED_MET));
        }));
        stage("công nhận (quyết định)", "2026-12-16T08:00", () -> completeAll(RECOGNIZE, (task, user) ->
                complete(task, user, Map.of(RECOGNITION_DECISION, UnitAssessmentProcess.Values.RECOGNIZED,
                        RECOGNIZED_LEVEL, TARGET_LEVEL_VALUE))));
        stage("báo cáo của tỉnh", "2026-12-21T08:00", () -> completeAll(ProvinceCampaignProcess.Elements.SEND_REPORT,
                (task, user) -> complete(task, user, Map.of("reportSent", true,
                        ProvinceCampaignProcess.Variables.PENDING_UNITS_CONFIRMED, true))));
        return campaigns;
    }

    private interface Work {
        int run() throws Exception;
    }

    private void stage(String name, String vietnamTime, Work work) throws Exception {
        if (vietnamTime != null) {
            ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(vietnamTime).atZone(CampaignConfig.ZONE).toInstant()));
        }
        long start = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        awaitJobs();   // the timers that the moved clock made due
        int done = work.run();
        awaitJobs();
        Stage stage = new Stage(name, done, (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9);
        stages.add(stage);
        System.out.printf("  %-45s %6d tasks %8.1f s wall %8.1f s CPU%n", stage.name(), stage.tasks(),
                stage.seconds(), stage.cpuSeconds());
    }

    /** Completes every open task of the activity, on {@value #USERS} threads as concurrent users would. */
    private int completeAll(String activityId, BiConsumer<Task, String> work) throws Exception {
        int done = 0;
        ExecutorService users = Executors.newFixedThreadPool(USERS);
        try {
            for (List<Task> page = openTasks(activityId); !page.isEmpty(); page = openTasks(activityId)) {
                List<Future<?>> running = new ArrayList<>();
                for (Task task : page) {
                    running.add(users.submit(() -> work.accept(task, userFor(task))));
                }
                for (Future<?> future : running) {
                    future.get();
                }
                done += page.size();
                awaitJobs();
            }
        } finally {
            users.shutdown();
        }
        return done;
    }

    private List<Task> openTasks(String activityId) {
        return tasks.createTaskQuery().taskDefinitionKey(activityId).listPage(0, 1000);
    }

    /** The assignee, or the first member (by id) of the task's first candidate group. */
    private String userFor(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        String group = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst().orElseThrow();
        return memberOfGroup.computeIfAbsent(group, g -> identity.createUserQuery().memberOfGroup(g)
                .orderByUserId().asc().listPage(0, 1).get(0).getId());
    }

    private void complete(Task task, String user, Map<String, Object> variables) {
        identity.setAuthentication(user, groupsOfUser.computeIfAbsent(user, u ->
                identity.createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList()));
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    private void upload(Task task, String user, String criterion) {
        String unit = (String) engine.getRuntimeService().getVariable(task.getProcessInstanceId(), UNIT_CODE);
        try {
            evidence.upload(unit, YEAR, criterion, user, UploadContent.of("minh-chung-" + criterion + ".png",
                    TestUploads.png()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Map<String, vn.dxflow.catalog.CriterionValue> meeting() {
        return driver.valuesMeeting("kontum-2025-commune", (int) TARGET_LEVEL_VALUE);
    }

    /**
     * Until no job is due: the job executor has done everything the stage caused (a job being executed is still
     * due until it commits; one that failed waits for its retry and is counted by {@link #failedJobs()}).
     */
    private void awaitJobs() throws InterruptedException {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().jobWasAdded();
        while (engine.getManagementService().createJobQuery().executable().count() > 0) {
            Thread.sleep(200);
        }
    }

    long failedJobs() {
        return engine.getManagementService().createJobQuery().withException().count();
    }
}
