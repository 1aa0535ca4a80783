package vn.dxflow.cycle;

/** Backing class of {@code processes/ProvinceCampaign.bpmn}. */
public final class ProvinceCampaignProcess {

    public static final String KEY = "ProvinceCampaign";

    private ProvinceCampaignProcess() {
    }

    /** The business key of a unit's assessment in a campaign: how the two are correlated (no parent execution). */
    public static String unitBusinessKey(String campaignId, String unitCode) {
        return campaignId + "-" + unitCode;
    }

    /** Element ids. */
    public static final class Elements {
        /** Multi-instance over batches of units: each batch one job that starts its units' assessments. */
        public static final String START_UNIT_BATCH = "ServiceTask_StartUnitBatch";
        public static final String END_UNITS_STARTED = "EndEvent_UnitsStarted";
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
        /** The day the campaign opened (ISO): the register of units in force that day is the campaign's. */
        public static final String CAMPAIGN_OPENED = vn.dxflow.security.UnitAccess.CAMPAIGN_OPENED_VARIABLE;
        public static final String REPORT_GROUP = "reportGroup";
        /** The province's synthesis was sent (confirmed in the report task's form). */
        public static final String REPORT_SENT = "reportSent";
        /** Whoever sends the report confirms that units are still being assessed (ProvinceReportCheck). */
        public static final String PENDING_UNITS_CONFIRMED = "pendingUnitsConfirmed";
        /** One batch of the multi-instance: unit codes separated by commas. */
        public static final String UNIT_BATCH = "unitBatch";

        private Variables() {
        }
    }
}
