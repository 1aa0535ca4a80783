package vn.dxflow.notification;

/** Why an official is told something; the label heads the in-app list. */
public enum NotificationKind {
    TASK_ASSIGNED("Công việc mới"),
    SUPPLEMENT_REQUESTED("Yêu cầu bổ sung hồ sơ"),
    REMINDER("Nhắc hạn"),
    DEADLINE_PASSED("Đã quá hạn"),
    RESULT_PUBLISHED("Kết quả đánh giá");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
