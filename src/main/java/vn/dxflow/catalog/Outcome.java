package vn.dxflow.catalog;

/** The result of one criterion against one threshold, with the label the forms and reports print. */
public enum Outcome {
    MET("Đạt"),
    NOT_MET("Không đạt"),
    NOT_APPLICABLE("Không áp dụng"),
    /** No value entered (or the value lacks what the threshold needs): it does not meet the threshold. */
    MISSING("Chưa có số liệu"),
    /** The province has not yet filled in this year's target (Thanh Hóa "chỉ tiêu giao hàng năm"). */
    TARGET_NOT_SET("Chưa giao chỉ tiêu");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the criterion stands in the way of the level or pass: only MET and NOT_APPLICABLE do not. */
    public boolean satisfied() {
        return this == MET || this == NOT_APPLICABLE;
    }

    static Outcome of(boolean met) {
        return met ? MET : NOT_MET;
    }
}
