package vn.dxflow.cycle;

/** The dated stages of the yearly cycle (BRIEF section 2), each with one deadline in the campaign calendar. */
public enum Stage {
    REGISTRATION("Đăng ký mức độ chuyển đổi số"),
    SELF_ASSESSMENT("Tự đánh giá và nộp hồ sơ"),
    APPRAISAL("Thẩm định"),
    RECOGNITION("Công nhận"),
    REPORT("Báo cáo tổng hợp của tỉnh");

    private final String title;

    Stage(String title) {
        this.title = title;
    }

    /** Vietnamese name of the stage, for messages. */
    public String title() {
        return title;
    }
}
