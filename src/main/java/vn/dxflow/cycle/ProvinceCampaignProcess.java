package vn.dxflow.cycle;

/** Backing class of {@code processes/ProvinceCampaign.bpmn}. */
public final class ProvinceCampaignProcess {

    public static final String KEY = "ProvinceCampaign";

    private ProvinceCampaignProcess() {
    }

    /** Element ids. */
    public static final class Elements {
        public static final String ASSESS_UNIT = "CallActivity_AssessUnit";
        public static final String RECOGNITION_DEADLINE = "TimerEvent_RecognitionDeadline";
        public static final String SEND_REPORT = "UserTask_SendProvinceReport";
        public static final String END_CLOSED = "EndEvent_CampaignClosed";

        private Elements() {
        }
    }

    /** Process variables. */
    public static final class Variables {
        public static final String CAMPAIGN_ID = "campaignId";
        public static final String PROVINCE_CODE = "provinceCode";
        public static final String REPORT_GROUP = "reportGroup";
        /** The province's synthesis was sent (confirmed in the report task's form). */
        public static final String REPORT_SENT = "reportSent";
        /** Whoever sends the report confirms that units are still being assessed (ProvinceReportCheck). */
        public static final String PENDING_UNITS_CONFIRMED = "pendingUnitsConfirmed";

        private Variables() {
        }
    }
}
