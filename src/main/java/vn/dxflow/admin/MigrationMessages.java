package vn.dxflow.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;

/**
 * Camunda's migration validation failures in Vietnamese, each naming the activity it is about. The engine's
 * English text is kept after the translation (or alone where no translation is known) so nothing is lost.
 */
final class MigrationMessages {

    /** Beginnings of Camunda's failure texts (MigrationLogger, the instance and instruction validators). */
    private static final Map<String, String> KNOWN = Map.of(
            "There is no migration instruction for this instance's activity",
            "hoạt động đang chạy không có chỗ tương ứng trong phiên bản mới (phần tử bị xóa, đổi mã hoặc đổi loại)",
            "There is no migration instruction for this instance's transition",
            "hoạt động đang chờ chạy tiếp không có chỗ tương ứng trong phiên bản mới",
            "Activities have incompatible types",
            "phần tử đổi loại giữa hai phiên bản (ví dụ công việc người dùng thành công việc nhận tin)",
            "Source activity",
            "phần tử của phiên bản cũ không chuyển được",
            "Target activity",
            "phần tử của phiên bản mới không nhận được trạng thái cũ",
            "Cannot migrate subscription",
            "không chuyển được sự kiện đang chờ",
            "Closest migrated ancestor",
            "phần tử bị chuyển ra khỏi phạm vi (tiến trình con) chứa nó");

    private MigrationMessages() {
    }

    static List<String> of(MigratingProcessInstanceValidationReport report) {
        List<String> reasons = new ArrayList<>();
        report.getFailures().forEach(failure -> reasons.add(translate(failure)));
        for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
            activity.getFailures().forEach(f -> reasons.add(activity.getSourceScopeId() + ": " + translate(f)));
        }
        for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
            transition.getFailures().forEach(f -> reasons.add(transition.getSourceScopeId() + ": " + translate(f)));
        }
        return reasons;
    }

    static List<String> of(MigrationPlanValidationReport report) {
        List<String> reasons = new ArrayList<>();
        for (MigrationInstructionValidationReport instruction : report.getInstructionReports()) {
            String activity = instruction.getMigrationInstruction().getSourceActivityId();
            instruction.getFailures().forEach(f -> reasons.add(activity + ": " + translate(f)));
        }
        report.getVariableReports().forEach((name, variable) ->
                variable.getFailures().forEach(f -> reasons.add("biến " + name + ": " + translate(f))));
        return reasons;
    }

    static String translate(String failure) {
        return KNOWN.entrySet().stream().filter(known -> failure.startsWith(known.getKey()))
                .map(known -> known.getValue() + " (Camunda: " + failure + ")")
                .findFirst().orElse("Camunda: " + failure);
    }
}
