package vn.dxflow.admin;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.dxflow.cycle.CampaignConfig;
import vn.dxflow.cycle.Campaigns;
import vn.dxflow.cycle.Deadlines;
import vn.dxflow.cycle.Stage;

/**
 * Checks a timer (or due date) of a model against the campaign configuration: every {@code deadlines.due(…)}
 * and {@code deadlines.reminder(…)} call is evaluated for every configured campaign whose calendar has the
 * stage, so a typo in a stage name is caught at deployment and not months later when the timer is created.
 * Literal dates need an explicit offset (BRIEF section 8: Camunda parses ISO dates in a cached default zone).
 */
@Component
class TimerCheck {

    private static final Pattern CALL = Pattern.compile("deadlines\\s*\\.\\s*(\\w+)\\s*\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\\s*['\"](\\w+)['\"]\\s*");

    private final Campaigns campaigns;
    private final Deadlines deadlines;

    TimerCheck(Campaigns campaigns, Deadlines deadlines) {
        this.campaigns = campaigns;
        this.deadlines = deadlines;
    }

    /** Problems of one timer definition; {@code kind} is timeDate, timeDuration, timeCycle or dueDate. */
    void check(String elementId, String kind, String text, List<Problem> problems) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            problems.add(new Problem(elementId, "Bộ hẹn giờ " + elementId + " chưa có thời điểm: hãy nhập "
                    + "ví dụ ${deadlines.due(campaignId, 'SELF_ASSESSMENT')}."));
        } else if (value.contains("${") || value.contains("#{")) {
            checkExpression(elementId, value, problems);
        } else {
            checkLiteral(elementId, kind, value, problems);
        }
    }

    private void checkExpression(String elementId, String expression, List<Problem> problems) {
        Matcher call = CALL.matcher(expression);
        boolean found = false;
        while (call.find()) {
            found = true;
            checkCall(elementId, call.group(1), call.group(2).split(","), problems);
        }
        if (!found && expression.contains("deadlines")) {
            problems.add(new Problem(elementId, "Không hiểu biểu thức hạn '" + expression + "' của " + elementId
                    + ": hãy dùng ${deadlines.due(campaignId, 'GIAI_ĐOẠN')} hoặc "
                    + "${deadlines.reminder(campaignId, 'GIAI_ĐOẠN', 1)}."));
        }
        // Other expressions (such as ${supplementDeadline}) name process variables, known only at run time.
    }

    private void checkCall(String elementId, String method, String[] args, List<Problem> problems) {
        boolean due = method.equals("due") && args.length == 2;
        boolean reminder = method.equals("reminder") && args.length == 3;
        if (!due && !reminder) {
            problems.add(new Problem(elementId, elementId + ": deadlines." + method + " với " + args.length
                    + " tham số không tồn tại; chỉ có deadlines.due(campaignId, 'GIAI_ĐOẠN') và "
                    + "deadlines.reminder(campaignId, 'GIAI_ĐOẠN', lần nhắc)."));
            return;
        }
        Matcher quoted = QUOTED.matcher(args[1]);
        Stage stage = quoted.matches() ? stage(quoted.group(1)) : null;
        if (stage == null) {
            problems.add(new Problem(elementId, elementId + ": giai đoạn " + args[1].strip()
                    + " không có trong lịch; hãy ghi một trong " + Arrays.toString(Stage.values())
                    + " trong dấu nháy đơn, ví dụ 'SELF_ASSESSMENT'."));
            return;
        }
        int n = reminder ? reminderNumber(args[2]) : 0;
        if (reminder && (n < 1 || n > CampaignConfig.MAX_REMINDERS)) {
            problems.add(new Problem(elementId, elementId + ": lần nhắc '" + args[2].strip()
                    + "' phải là số từ 1 đến " + CampaignConfig.MAX_REMINDERS + "."));
            return;
        }
        evaluate(elementId, stage, n, problems);
    }

    private void evaluate(String elementId, Stage stage, int reminderNumber, List<Problem> problems) {
        List<CampaignConfig> withStage = campaigns.all().stream()
                .filter(c -> c.calendar().day(stage) != null).toList();
        if (withStage.isEmpty()) {
            problems.add(new Problem(elementId, elementId + ": không đợt đánh giá nào có hạn cho giai đoạn "
                    + stage + " (" + stage.title() + "); hãy thêm hạn này vào lịch của đợt đánh giá trước."));
        }
        for (CampaignConfig campaign : withStage) {
            try {
                String at = reminderNumber == 0 ? deadlines.due(campaign.id(), stage.name())
                        : deadlines.reminder(campaign.id(), stage.name(), reminderNumber);
                OffsetDateTime.parse(at);
            } catch (RuntimeException e) {
                problems.add(new Problem(elementId, elementId + ": không tính được hạn " + stage + " cho đợt đánh giá "
                        + campaign.id() + " (" + e.getMessage() + "); hãy kiểm tra lịch của đợt đánh giá."));
            }
        }
    }

    private static void checkLiteral(String elementId, String kind, String value, List<Problem> problems) {
        switch (kind) {
            case "timeDate", "dueDate" -> checkDate(elementId, value, problems);
            case "timeDuration" -> checkDuration(elementId, value, problems);
            default -> {
                if (!value.startsWith("R")) {
                    problems.add(new Problem(elementId, elementId + ": chu kỳ cron '" + value + "' chạy theo múi "
                            + "giờ của máy chủ; hãy dùng chu kỳ ISO 8601 có múi giờ, ví dụ "
                            + "R3/2025-11-01T08:00:00+07:00/P1D."));
                }
            }
        }
    }

    private static void checkDate(String elementId, String value, List<Problem> problems) {
        try {
            OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            String hint = isLocalDateTime(value) ? "thiếu múi giờ, hãy ghi " + value + "+07:00"
                    : "không phải ngày giờ ISO 8601, ví dụ 2025-11-30T23:59:59+07:00";
            problems.add(new Problem(elementId, elementId + ": thời điểm '" + value + "' " + hint + "."));
        }
    }

    private static void checkDuration(String elementId, String value, List<Problem> problems) {
        try {
            Duration.parse(value);
        } catch (DateTimeParseException e) {
            try {
                Period.parse(value);
            } catch (DateTimeParseException e2) {
                problems.add(new Problem(elementId, elementId + ": khoảng thời gian '" + value
                        + "' không đúng ISO 8601, ví dụ P5D (5 ngày) hoặc PT4H (4 giờ)."));
            }
        }
    }

    private static boolean isLocalDateTime(String value) {
        try {
            LocalDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Stage stage(String name) {
        return Arrays.stream(Stage.values()).filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    private static int reminderNumber(String arg) {
        try {
            return Integer.parseInt(arg.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
