package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.*;
import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dxflow.AsyncSteps;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.evidence.EvidenceDocument;
import vn.dxflow.evidence.EvidenceStore;

/**
 * Every path through UnitAssessment, with the engine clock moved (ClockUtil) and the JVM in
 * America/Los_Angeles (surefire), so the deadlines are proven to be Vietnamese wall-clock dates.
 * Campaign 10-2025 is Kon Tum's procedure for Lào Cai (commune 02947 under district 087).
 */
@DxflowSpringTest
class UnitAssessmentTest {

    private static final String KON_TUM = "10-2025";
    private static final String THANH_HOA = "10-2024";
    private static final String TWO_TIER = "70-2025";
    private static final String COMMUNE = "02947";

    @Autowired
    private CycleDriver cycle;
    @Autowired
    private HistoryService history;
    @Autowired
    private TaskService tasks;
    @Autowired
    private ReminderLog reminders;
    @Autowired
    private IdentityService identity;
    @Autowired
    private EvidenceStore evidence;
    @Autowired
    private ManagementService management;

    private static final long REPORT_PRIORITY = -10;

    @AfterEach
    void resetClock() {
        cycle.reset();
    }

    private String registeredCommune() {
        cycle.clockAt("2025-01-05T08:00");
        String id = cycle.startAssessment(KON_TUM, COMMUNE);
        cycle.complete(id, REGISTER, "officer02947", Map.of(TARGET_LEVEL, 3L));
        return id;
    }

    private String appraisingCommune() {
        String id = registeredCommune();
        cycle.clockAt("2025-11-20T10:00");
        cycle.complete(id, SELF_ASSESS, "officer02947", Map.of("submissionConfirmed", true));
        cycle.task(id, APPRAISE);
        return id;
    }

    private void recognize(String id, String chairman, String decision, long level) {
        cycle.complete(id, RECOGNIZE, chairman, Map.of(RECOGNITION_DECISION, decision, RECOGNIZED_LEVEL, level));
    }

    private List<String> passedActivities(String id) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(id).orderPartiallyByOccurrence().asc()
                .list().stream().map(HistoricActivityInstance::getActivityId).toList();
    }

    private void stepThrough(String id, String... vietnamTimes) {
        for (String time : vietnamTimes) {
            cycle.clockAt(time);
            cycle.runDueJobs(id);
        }
    }

    @Nested
    class OnTime {

        @Test
        void registeredAppraisedAndRecognized() {
            String id = appraisingCommune();
            cycle.appraise(id, "appraisal087", "kontum-2025-commune", 3);
            recognize(id, "chairman087", "RECOGNIZED", 3);

            assertThat(cycle.finished(id).getEndActivityId()).isEqualTo(END_RECOGNIZED);
            assertThat(cycle.outcome(id)).isEqualTo("RECOGNIZED");
            assertThat(cycle.variable(id, RECOGNIZED_LEVEL)).isEqualTo(3L);
            assertThat(cycle.variable(id, DOSSIER_LATE)).isEqualTo(false);
            assertThat(passedActivities(id)).doesNotContain(GIVE_OPINION, VERIFY, DECIDE_LATE_DOSSIER);
            // Mẫu 01 at submission, Mẫu 02 after the appraisal, the decision at recognition: stored beside the evidence.
            assertThat(evidence.list(COMMUNE, 2025, EvidenceStore.REPORTS)).extracting(EvidenceDocument::fileName)
                    .contains("Mẫu 01 - Báo cáo kết quả tự đánh giá (bản tạo tự động).pdf",
                            "Mẫu 02 - Báo cáo kết quả thẩm định (bản tạo tự động).pdf",
                            "Quyết định công nhận mức độ chuyển đổi số (bản tạo tự động).pdf");
            assertThat((String) cycle.variable(id, "archivedReport_QUYET_DINH")).contains("sha256:");
        }

        /**
         * Reports render on a queue of their own: low-priority jobs (acquired after the steps' jobs, or by a node
         * whose job executor takes only that range) on a branch of their own, so the appraisal is open before Mẫu 01
         * is rendered and the opinions or verification before Mẫu 02 is.
         */
        @Test
        void reportsRenderOnTheirOwnQueueWithoutHoldingUpTheNextStep() {
            String id = registeredCommune();
            String selfAssessmentReport = "Mẫu 01 - Báo cáo kết quả tự đánh giá (bản tạo tự động).pdf";
            // Other tests of the class assess the same commune: its Mẫu 01, if any, is replaced by a new version.
            Map<String, String> before = archivedReportVersions();
            cycle.clockAt("2025-11-20T10:00");
            tasks.complete(cycle.task(id, SELF_ASSESS).getId(), Map.of("submissionConfirmed", true));
            AsyncSteps.runAbove(management, id, REPORT_PRIORITY);

            assertThat(tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(APPRAISE).count()).isEqualTo(1);
            assertThat(management.createJobQuery().processInstanceId(id).messages().list())
                    .extracting(job -> job.getPriority()).containsExactly(REPORT_PRIORITY);
            assertThat(archivedReportVersions()).isEqualTo(before);

            AsyncSteps.run(management, id);
            assertThat(archivedReportVersions().get(selfAssessmentReport)).isNotNull()
                    .isNotEqualTo(before.get(selfAssessmentReport));
            assertThat(cycle.task(id, APPRAISE)).isNotNull();
        }

        private Map<String, String> archivedReportVersions() {
            return evidence.list(COMMUNE, 2025, EvidenceStore.REPORTS).stream()
                    .collect(java.util.stream.Collectors.toMap(EvidenceDocument::fileName, EvidenceDocument::versionLabel));
        }

        @Test
        void everyDecisionKeepsItsAuthorAndTimeInHistory() {
            String id = appraisingCommune();
            cycle.clockAt("2025-12-10T14:30");
            cycle.appraise(id, "appraisal087", "kontum-2025-commune", 3);
            cycle.clockAt("2025-12-18T09:15");
            recognize(id, "chairman087", "RECOGNIZED", 3);

            var decisions = history.createHistoricTaskInstanceQuery().processInstanceId(id).finished()
                    .orderByHistoricTaskInstanceEndTime().asc().list();
            assertThat(decisions).extracting(t -> t.getTaskDefinitionKey(), t -> t.getAssignee()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(REGISTER, "officer02947"),
                    org.assertj.core.groups.Tuple.tuple(SELF_ASSESS, "officer02947"),
                    org.assertj.core.groups.Tuple.tuple(APPRAISE, "appraisal087"),
                    org.assertj.core.groups.Tuple.tuple(RECOGNIZE, "chairman087"));
            assertThat(decisions.get(3).getEndTime().toInstant())
                    .isEqualTo(java.time.OffsetDateTime.parse("2025-12-18T09:15:00+07:00").toInstant());
            assertThat(history.createHistoricDetailQuery().processInstanceId(id).variableUpdates().list())
                    .map(detail -> (org.camunda.bpm.engine.history.HistoricVariableUpdate) detail)
                    .filteredOn(update -> update.getVariableName().equals(RECOGNITION_DECISION))
                    .singleElement().satisfies(update -> {
                        assertThat(update.getValue()).isEqualTo("RECOGNIZED");
                        assertThat(update.getTime()).isEqualTo(decisions.get(3).getEndTime());
                    });
        }

        @Test
        void notRecognized() {
            String id = appraisingCommune();
            cycle.complete(id, APPRAISE, "appraisal087", Map.of(APPRAISAL_DECISION, "COMPLETE"));
            recognize(id, "chairman087", "NOT_RECOGNIZED", 0);

            assertThat(cycle.finished(id).getEndActivityId()).isEqualTo(END_NOT_RECOGNIZED);
            assertThat(cycle.outcome(id)).isEqualTo("NOT_RECOGNIZED");
        }

        @Test
        void tasksGoToTheRightUnitsAndRolesOnly() {
            String id = appraisingCommune();
            Task appraise = cycle.task(id, APPRAISE);

            assertThat(tasks.getIdentityLinksForTask(appraise.getId()))
                    .extracting(link -> link.getGroupId()).containsExactly("appraisal087");
            assertThat(cycle.variable(id, RECEIVING_GROUP)).isEqualTo("receiving087");
            assertThat(cycle.variable(id, RECOGNITION_GROUP)).isEqualTo("chairman087");
            assertThat(cycle.variable(id, CATALOG_ID)).isEqualTo("kontum-2025-commune");
        }

        @Test
        void taskDueDatesAreTheVietnameseDeadlines() {
            String id = registeredCommune();

            // End of 30/11/2025 in Vietnam = 01/12/2025 00:00 +07:00, although the JVM runs in Los Angeles.
            assertThat(cycle.task(id, SELF_ASSESS).getDueDate().toInstant())
                    .isEqualTo(java.time.OffsetDateTime.parse("2025-12-01T00:00:00+07:00").toInstant());
        }
    }

    @Nested
    class Registration {

        @Test
        void missedRegistrationGoesToALateRegistrationThatTheReceiverAccepts() {
            cycle.clockAt("2025-01-05T08:00");
            String id = cycle.startAssessment(KON_TUM, COMMUNE);

            cycle.clockAt("2025-01-21T00:00");
            cycle.runDueJobs(id);
            cycle.complete(id, REGISTER_LATE, "officer02947", Map.of(TARGET_LEVEL, 2L));
            cycle.complete(id, DECIDE_LATE_REGISTRATION, "receiving087",
                    Map.of(LATE_REGISTRATION_DECISION, "ACCEPT", LATE_REGISTRATION_REASON, "Lý do chính đáng"));

            cycle.task(id, SELF_ASSESS);
            assertThat(passedActivities(id)).contains(REGISTRATION_DEADLINE);
        }

        @Test
        void registrationCompletedAfterTheDeadlineBeforeTheTimerFiredIsLate() {
            cycle.clockAt("2025-01-05T08:00");
            String id = cycle.startAssessment(KON_TUM, COMMUNE);
            cycle.clockAt("2025-01-21T00:00:00");
            cycle.complete(id, REGISTER, "officer02947", Map.of(TARGET_LEVEL, 3L));

            assertThat(cycle.variable(id, REGISTRATION_LATE)).isEqualTo(true);
            cycle.complete(id, DECIDE_LATE_REGISTRATION, "receiving087",
                    Map.of(LATE_REGISTRATION_DECISION, "ACCEPT", LATE_REGISTRATION_REASON, "Nộp chậm vài phút"));
            cycle.task(id, SELF_ASSESS);
        }

        @Test
        void lateRegistrationRefused() {
            cycle.clockAt("2025-01-05T08:00");
            String id = cycle.startAssessment(KON_TUM, COMMUNE);
            cycle.clockAt("2025-02-01T09:00");
            cycle.runDueJobs(id);
            cycle.complete(id, REGISTER_LATE, "officer02947", Map.of(TARGET_LEVEL, 2L));
            cycle.complete(id, DECIDE_LATE_REGISTRATION, "receiving087",
                    Map.of(LATE_REGISTRATION_DECISION, "REFUSE", LATE_REGISTRATION_REASON, "Quá hạn đăng ký"));

            assertThat(cycle.finished(id).getEndActivityId()).isEqualTo(END_REFUSED_AS_LATE);
            assertThat(cycle.outcome(id)).isEqualTo("REFUSED_AS_LATE");
        }

        @Test
        void neverRegisteredEndsAsNotSubmittedAtTheDossierDeadline() {
            cycle.clockAt("2025-01-05T08:00");
            String id = cycle.startAssessment(KON_TUM, COMMUNE);
            cycle.clockAt("2025-02-01T09:00");
            cycle.runDueJobs(id);

            cycle.clockAt("2025-12-01T00:00");
            cycle.runDueJobs(id);

            assertThat(cycle.finished(id).getEndActivityId()).isEqualTo(END_NOT_SUBMITTED);
            assertThat(passedActivities(id)).contains(LATE_REGISTRATION_CLOSED);
        }

        @Test
        void remindersBeforeTheRegistrationDeadlineAreRecorded() {
            cycle.clockAt("2025-01-01T08:00");
            String id = cycle.startAssessment(KON_TUM, COMMUNE);

            // 14, 3 and 1 days before the end of 20/01
            stepThrough(id, "2025-01-07T00:00", "2025-01-18T00:00", "2025-01-20T00:00");

            assertThat(reminders.ofProcessInstance(id)).extracting(ReminderLog.Reminder::stage, ReminderLog.Reminder::daysBefore)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Stage.REGISTRATION, 14),
                            org.assertj.core.groups.Tuple.tuple(Stage.REGISTRATION, 3),
                            org.assertj.core.groups.Tuple.tuple(Stage.REGISTRATION, 1));
            cycle.task(id, REGISTER);
        }

        @Test
        void remindersAlreadyPastWhenTheTaskStartsAreSkipped() {
            cycle.clockAt("2025-01-15T08:00");   // after the 14-day reminder
            String id = cycle.startAssessment(KON_TUM, COMMUNE);
            cycle.runDueJobs(id);

            assertThat(reminders.ofProcessInstance(id)).isEmpty();
            cycle.clockAt("2025-01-18T00:00");
            cycle.runDueJobs(id);
            assertThat(reminders.ofProcessInstance(id)).extracting(ReminderLog.Reminder::daysBefore).containsExactly(3);
        }
    }

    @Nested
    class CutOffAtSubmission {

        @Test
        void lastSecondOfThe30thIsOnTimeWhateverTheJvmZone() {
            String id = registeredCommune();
            cycle.clockAt("2025-11-30T23:59:59");
            cycle.complete(id, SELF_ASSESS, "officer02947", Map.of("submissionConfirmed", true));

            assertThat(cycle.variable(id, DOSSIER_LATE)).isEqualTo(false);
            cycle.task(id, APPRAISE);
        }

        @Test
        void submittedAfterTheDeadlineBeforeTheTimerFiredIsStillLate() {
            String id = registeredCommune();
            // The job executor has not fired the deadline timer yet: the submission itself decides.
            cycle.clockAt("2025-12-01T00:00:00");
            cycle.complete(id, SELF_ASSESS, "officer02947", Map.of("submissionConfirmed", true));

            assertThat(cycle.variable(id, DOSSIER_LATE)).isEqualTo(true);
            assertThat(((Date) cycle.variable(id, DOSSIER_RECEIVED_AT)).toInstant())
                    .isEqualTo(java.time.OffsetDateTime.parse("2025-12-01T00:00:00+07:00").toInstant());
            cycle.task(id, DECIDE_LATE_DOSSIER);
        }

        @Test
        void lateDossierAcceptedGoesToAppraisal() {
            String id = registeredCommune();
            cycle.clockAt("2025-12-02T09:00");
            cycle.runDueJobs(id);
            cycle.complete(id, SELF_ASSESS, "officer02947", Map.of("submissionConfirmed", true));
            cycle.complete(id, DECIDE_LATE_DOSSIER, "receiving087",
                    Map.of(LATE_DOSSIER_DECISION, "ACCEPT", LATE_DOSSIER_REASON, "Sự cố mạng"));

            cycle.task(id, APPRAISE);
            // The deadline timer only recorded that the deadline passed; it did not take the task away.
            assertThat(reminders.ofProcessInstance(id)).extracting(ReminderLog.Reminder::stage, ReminderLog.Reminder::daysBefore)
                    .contains(org.assertj.core.groups.Tuple.tuple(Stage.SELF_ASSESSMENT, 0));
        }

        @Test
        void lateDossierRefused() {
            String id = registeredCommune();
            cycle.clockAt("2025-12-03T09:00");
            cycle.complete(id, SELF_ASSESS, "officer02947", Map.of("submissionConfirmed", true));
            cycle.complete(id, DECIDE_LATE_DOSSIER, "receiving087",
                    Map.of(LATE_DOSSIER_DECISION, "REFUSE", LATE_DOSSIER_REASON, "Nộp sau thời hạn quy định"));

            assertThat(cycle.finished(id).getEndActivityId()).isEqualTo(END_REFUSED_AS_LATE);
        }

        @Test
        void noDossierByTheAppraisalDeadlineEndsAsNotSubmitted() {
            String id = registeredCommune();
            cycle.clockAt("2025-12-16T00:00");
            cycle.runDueJobs(id);

            assertThat(cycle.finished(id).getEndActivityId()).isEqualTo(END_NOT_SUBMITTED);
            assertThat(cycle.outcome(id)).isEqualTo("NOT_SUBMITTED");
            assertThat(passedActivities(id)).contains(SUBMISSION_CLOSED, SELF_ASSESSMENT_DEADLINE);
        }
    }

    @Nested
    class Appraisal {

        @Test
        void supplementRequestedThenSuppliedThenAppraisedAgain() {
            String id = appraisingCommune();
            cycle.clockAt("2025-12-05T10:00");
            cycle.complete(id, APPRAISE, "appraisal087",
                    Map.of(APPRAISAL_DECISION, "SUPPLEMENT", SUPPLEMENT_REQUEST, "Bổ sung minh chứng tiêu chí CQS-1", SUPPLEMENT_DAYS, 3L));

            assertThat(cycle.variable(id, SUPPLEMENT_DEADLINE)).isEqualTo("2025-12-09T00:00:00+07:00");
            cycle.complete(id, SUPPLEMENT, "officer02947", Map.of(SUPPLEMENT_NOTE, "Đã bổ sung quyết định thành lập"));
            cycle.complete(id, APPRAISE, "appraisal087", Map.of(APPRAISAL_DECISION, "COMPLETE"));

            cycle.task(id, RECOGNIZE);
        }

        @Test
        void supplementDeadlineNeverPassesTheAppraisalDeadline() {
            String id = appraisingCommune();
            cycle.clockAt("2025-12-13T10:00");
            cycle.complete(id, APPRAISE, "appraisal087",
                    Map.of(APPRAISAL_DECISION, "SUPPLEMENT", SUPPLEMENT_REQUEST, "Bổ sung", SUPPLEMENT_DAYS, 10L));

            assertThat(cycle.variable(id, SUPPLEMENT_DEADLINE)).isEqualTo("2025-12-16T00:00:00+07:00");
        }

        @Test
        void unsuppliedDossierReturnsToTheCouncilAtTheSupplementDeadline() {
            String id = appraisingCommune();
            cycle.clockAt("2025-12-05T10:00");
            cycle.complete(id, APPRAISE, "appraisal087",
                    Map.of(APPRAISAL_DECISION, "SUPPLEMENT", SUPPLEMENT_REQUEST, "Bổ sung", SUPPLEMENT_DAYS, 2L));

            cycle.clockAt("2025-12-08T00:00");
            cycle.runDueJobs(id);

            cycle.task(id, APPRAISE);
            assertThat(passedActivities(id)).contains(SUPPLEMENT_TIMEOUT);
        }

        @Test
        void appraisalRemindersAndDeadlineAreRecordedWithoutTakingTheTaskAway() {
            String id = appraisingCommune();
            stepThrough(id, "2025-12-02T00:00", "2025-12-13T00:00", "2025-12-15T00:00", "2025-12-16T00:00");

            assertThat(reminders.ofProcessInstance(id)).filteredOn(r -> r.stage() == Stage.APPRAISAL)
                    .extracting(ReminderLog.Reminder::daysBefore).containsExactly(14, 3, 1, 0);
            cycle.task(id, APPRAISE);
        }
    }

    @Nested
    class Recognition {

        @Test
        void recognitionRemindersAreRecorded() {
            String id = appraisingCommune();
            cycle.complete(id, APPRAISE, "appraisal087", Map.of(APPRAISAL_DECISION, "COMPLETE"));
            stepThrough(id, "2025-12-07T00:00", "2025-12-18T00:00", "2025-12-20T00:00", "2025-12-21T00:00");

            assertThat(reminders.ofProcessInstance(id)).filteredOn(r -> r.stage() == Stage.RECOGNITION)
                    .extracting(ReminderLog.Reminder::daysBefore).containsExactly(14, 3, 1, 0);
            cycle.task(id, RECOGNIZE);
        }
    }

    @Nested
    class Variants {

        @Test
        void thanhHoaHasNoRegistrationButOpinionsAndVerification() {
            cycle.clockAt("2024-11-01T08:00");
            String id = cycle.startAssessment(THANH_HOA, COMMUNE);
            cycle.complete(id, SELF_ASSESS, "officer02947", Map.of("submissionConfirmed", true));
            cycle.complete(id, APPRAISE, "appraisal087", Map.of(APPRAISAL_DECISION, "COMPLETE"));
            cycle.complete(id, GIVE_OPINION, "steering10", Map.of(OPINION, "DAT_YEU_CAU"));
            cycle.complete(id, VERIFY, "department10", Map.of(VERIFICATION_RESULT, "DAT"));
            recognize(id, "chairman10", "RECOGNIZED", 0);

            assertThat(cycle.finished(id).getEndActivityId()).isEqualTo(END_RECOGNIZED);
            assertThat(passedActivities(id)).doesNotContain(REGISTER).contains(GIVE_OPINION, VERIFY);
        }

        @Test
        void everySteeringMemberGivesAnOpinionBeforeVerification() {
            User second = identity.newUser("steering10b");
            second.setPassword("demo");
            identity.saveUser(second);
            identity.createMembership("steering10b", "steering10");
            try {
                cycle.clockAt("2024-11-01T08:00");
                String id = cycle.startAssessment(THANH_HOA, "02992");
                cycle.complete(id, SELF_ASSESS, "officer02992", Map.of("submissionConfirmed", true));
                cycle.complete(id, APPRAISE, "appraisal087", Map.of(APPRAISAL_DECISION, "COMPLETE"));

                List<Task> opinions = tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(GIVE_OPINION).list();
                assertThat(opinions).extracting(Task::getAssignee).containsExactlyInAnyOrder("steering10", "steering10b");
                cycle.completeAs(opinions.stream().filter(t -> t.getAssignee().equals("steering10")).findFirst().orElseThrow(),
                        "steering10", Map.of(OPINION, "DAT_YEU_CAU"));
                cycle.task(id, GIVE_OPINION);   // still waiting for the second member
                cycle.complete(id, GIVE_OPINION, "steering10b", Map.of(OPINION, "KHONG_DAT_YEU_CAU"));

                cycle.task(id, VERIFY);
            } finally {
                identity.deleteUser("steering10b");
            }
        }

        @Test
        void thanhHoaDeadlineIsThe15thOfNovember() {
            cycle.clockAt("2024-11-16T00:00");
            String id = cycle.startAssessment(THANH_HOA, COMMUNE);
            cycle.complete(id, SELF_ASSESS, "officer02947", Map.of("submissionConfirmed", true));

            assertThat(cycle.variable(id, DOSSIER_LATE)).isEqualTo(true);
        }

        @Test
        void twoTierProvinceHandlesItsCommunesDirectly() {
            cycle.clockAt("2025-11-01T08:00");
            String id = cycle.startAssessment(TWO_TIER, "25450");
            cycle.complete(id, SELF_ASSESS, "officer25450", Map.of("submissionConfirmed", true));
            cycle.appraise(id, "appraisal70", "binhphuoc-2024-commune", null);
            recognize(id, "chairman70", "RECOGNIZED", 0);

            assertThat(cycle.finished(id).getEndActivityId()).isEqualTo(END_RECOGNIZED);
            assertThat(cycle.variable(id, RECEIVING_GROUP)).isEqualTo("receiving70");
        }

        @Test
        void districtIsAppraisedAndRecognizedByTheProvince() {
            cycle.clockAt("2025-01-05T08:00");
            String id = cycle.startAssessment(KON_TUM, "087");
            cycle.complete(id, REGISTER, "officer087", Map.of(TARGET_LEVEL, 4L));
            cycle.clockAt("2025-11-25T08:00");
            cycle.complete(id, SELF_ASSESS, "officer087", Map.of("submissionConfirmed", true));
            cycle.appraise(id, "appraisal10", "kontum-2025-district", 4);
            recognize(id, "chairman10", "RECOGNIZED", 4);

            assertThat(cycle.finished(id).getEndActivityId()).isEqualTo(END_RECOGNIZED);
            assertThat(cycle.variable(id, CATALOG_ID)).isEqualTo("kontum-2025-district");
        }
    }
}
