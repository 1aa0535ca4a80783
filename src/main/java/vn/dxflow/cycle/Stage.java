package vn.dxflow.cycle;

/** The dated stages of the yearly cycle (BRIEF section 2), each with one deadline in the campaign calendar. */
public enum Stage {
    REGISTRATION, SELF_ASSESSMENT, APPRAISAL, RECOGNITION, REPORT
}
