package vn.dxflow.cycle;

/** Backing class of {@code processes/UnitAssessment.bpmn}: its key, the element ids and variables code relies on. */
public final class UnitAssessmentProcess {

    public static final String KEY = "UnitAssessment";

    private UnitAssessmentProcess() {
    }

    /** Element ids. */
    public static final class Elements {
        public static final String PREPARE = "ServiceTask_PrepareAssessment";
        public static final String REGISTER = "UserTask_Register";
        public static final String RECEIVE_REGISTRATION = "ServiceTask_ReceiveRegistration";
        public static final String REGISTRATION_DEADLINE = "BoundaryEvent_RegistrationDeadline";
        public static final String REGISTER_LATE = "UserTask_RegisterLate";
        public static final String LATE_REGISTRATION_CLOSED = "BoundaryEvent_LateRegistrationClosed";
        public static final String DECIDE_LATE_REGISTRATION = "UserTask_DecideLateRegistration";
        public static final String SELF_ASSESS = "UserTask_SelfAssess";
        public static final String SELF_ASSESSMENT_DEADLINE = "BoundaryEvent_SelfAssessmentDeadline";
        public static final String SUBMISSION_CLOSED = "BoundaryEvent_SubmissionClosed";
        public static final String FREEZE_DOSSIER = "ServiceTask_FreezeDossier";
        public static final String FREEZE_IN_REPOSITORY = "ServiceTask_FreezeInRepository";
        public static final String RECEIVE_DOSSIER = "ServiceTask_ReceiveDossier";
        public static final String DECIDE_LATE_DOSSIER = "UserTask_DecideLateDossier";
        public static final String APPRAISE = "UserTask_Appraise";
        public static final String COMPUTE_RESULT = "ServiceTask_ComputeResult";
        public static final String REOPEN_DOSSIER = "ServiceTask_ReopenDossier";
        public static final String SUPPLEMENT = "UserTask_Supplement";
        public static final String FREEZE_SUPPLEMENT = "ServiceTask_FreezeSupplement";
        public static final String FREEZE_SUPPLEMENT_IN_REPOSITORY = "ServiceTask_FreezeSupplementInRepository";
        public static final String SUPPLEMENT_TIMEOUT = "BoundaryEvent_SupplementDeadline";
        public static final String GIVE_OPINION = "UserTask_GiveOpinion";
        public static final String VERIFY = "UserTask_Verify";
        public static final String RECOGNIZE = "UserTask_Recognize";
        public static final String END_RECOGNIZED = "EndEvent_Recognized";
        public static final String END_NOT_RECOGNIZED = "EndEvent_NotRecognized";
        public static final String END_REFUSED_AS_LATE = "EndEvent_RefusedAsLate";
        public static final String END_NOT_SUBMITTED = "EndEvent_NotSubmitted";

        private Elements() {
        }
    }

    /** Process variables. */
    public static final class Variables {
        public static final String UNIT_CODE = "unitCode";
        public static final String CAMPAIGN_ID = "campaignId";
        /** The ProvinceCampaign instance that started this one (none for an assessment started on its own). */
        public static final String CAMPAIGN_INSTANCE_ID = "campaignInstanceId";
        /** The day its campaign opened (ISO), whose register of units names the unit's supervisors. */
        public static final String CAMPAIGN_OPENED = vn.dxflow.security.UnitAccess.CAMPAIGN_OPENED_VARIABLE;
        public static final String CATALOG_ID = "catalogId";
        public static final String OFFICER_GROUP = "officerGroup";
        public static final String RECEIVING_GROUP = "receivingGroup";
        public static final String APPRAISAL_GROUP = "appraisalGroup";
        public static final String RECOGNITION_GROUP = "recognitionGroup";
        public static final String VERIFICATION_GROUP = "verificationGroup";
        public static final String REGISTRATION_REQUIRED = "registrationRequired";
        public static final String OPINIONS_REQUIRED = "opinionsRequired";
        public static final String VERIFICATION_REQUIRED = "verificationRequired";
        public static final String TARGET_LEVEL = "targetLevel";
        public static final String REGISTRATION_RECEIVED_AT = "registrationReceivedAt";
        public static final String REGISTRATION_LATE = "registrationLate";
        public static final String LATE_REGISTRATION_DECISION = "lateRegistrationDecision";
        public static final String LATE_REGISTRATION_REASON = "lateRegistrationReason";
        public static final String DOSSIER_RECEIVED_AT = "dossierReceivedAt";
        public static final String DOSSIER_LATE = "dossierLate";
        /** JSON file listing the frozen dossier's documents: id, criterion, CMIS object id, SHA-256 (never their bytes). */
        public static final String DOSSIER_DOCUMENTS = "dossierDocuments";
        public static final String LATE_DOSSIER_DECISION = "lateDossierDecision";
        public static final String LATE_DOSSIER_REASON = "lateDossierReason";
        public static final String APPRAISAL_DECISION = "appraisalDecision";
        public static final String SUPPLEMENT_REQUEST = "supplementRequest";
        public static final String SUPPLEMENT_DAYS = "supplementDays";
        public static final String SUPPLEMENT_DEADLINE = "supplementDeadline";
        public static final String SUPPLEMENT_NOTE = "supplementNote";
        /** Local to each member's opinion task, so that every member's opinion stays in the history. */
        public static final String OPINION = "opinion";
        public static final String OPINION_REMARK = "opinionRemark";
        public static final String VERIFICATION_RESULT = "verificationResult";
        public static final String VERIFICATION_REMARK = "verificationRemark";
        public static final String RECOGNITION_DECISION = "recognitionDecision";
        public static final String RECOGNIZED_LEVEL = "recognizedLevel";
        public static final String RECOGNITION_REASON = "recognitionReason";
        /**
         * Level reached with the values of the latest check, appraised or, where the campaign verifies, verified (null
         * for pass/fail catalogs): the recognition may not go beyond it.
         */
        public static final String COMPUTED_LEVEL = "computedLevel";
        /** Verdict of the latest check (pass/fail catalogs; for graded ones: the assessed level is met; null: undetermined). */
        public static final String COMPUTED_PASSED = "computedPassed";
        public static final String OUTCOME = "outcome";
        /** Input of the reminder-recording service tasks: which stage's deadline is near. */
        public static final String STAGE = "stage";

        private Variables() {
        }
    }

    /** Values of the decision variables, as the forms submit them. */
    public static final class Values {
        public static final String ACCEPT = "ACCEPT";
        public static final String REFUSE = "REFUSE";
        public static final String COMPLETE = "COMPLETE";
        public static final String SUPPLEMENT = "SUPPLEMENT";
        public static final String RECOGNIZED = "RECOGNIZED";
        public static final String NOT_RECOGNIZED = "NOT_RECOGNIZED";
        /** A steering-committee member's conclusion (Mẫu 03): ĐẠT YÊU CẦU. */
        public static final String OPINION_MET = "DAT_YEU_CAU";
        /** The department's verification result (Mẫu 04): Đạt. */
        public static final String VERIFIED_MET = "DAT";

        private Values() {
        }
    }

    /** How a unit's assessment ended (variable {@value Variables#OUTCOME}), by end event. */
    public enum Outcome {
        RECOGNIZED(Elements.END_RECOGNIZED),
        NOT_RECOGNIZED(Elements.END_NOT_RECOGNIZED),
        REFUSED_AS_LATE(Elements.END_REFUSED_AS_LATE),
        NOT_SUBMITTED(Elements.END_NOT_SUBMITTED);

        private final String endEvent;

        Outcome(String endEvent) {
            this.endEvent = endEvent;
        }

        static Outcome ofEndEvent(String activityId) {
            for (Outcome outcome : values()) {
                if (outcome.endEvent.equals(activityId)) {
                    return outcome;
                }
            }
            throw new IllegalArgumentException("No outcome for end event " + activityId);
        }
    }
}
