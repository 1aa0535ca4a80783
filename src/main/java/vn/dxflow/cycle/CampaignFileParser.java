package vn.dxflow.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dxflow.org.OrgChart;
import vn.dxflow.org.UnitKind;
import vn.dxflow.security.SafeYaml;

/**
 * Reads a campaign file and checks it against the installed units ({@link RegisterFit}); refuses it with every
 * problem listed.
 */
final class CampaignFileParser {

    private static final ObjectMapper YAML = new ObjectMapper(SafeYaml.factory());
    private static final Map<String, Stage> CALENDAR_FIELDS = Map.of(
            "registration", Stage.REGISTRATION, "selfAssessment", Stage.SELF_ASSESSMENT,
            "appraisal", Stage.APPRAISAL, "recognition", Stage.RECOGNITION, "report", Stage.REPORT);
    private static final List<String> CALENDAR_ORDER =
            List.of("registration", "selfAssessment", "appraisal", "recognition", "report");

    private final OrgChart chart;
    private final List<CampaignFileException.Problem> problems = new ArrayList<>();

    CampaignFileParser(OrgChart chart) {
        this.chart = chart;
    }

    CampaignConfig parse(String source, InputStream input) throws IOException {
        JsonNode root;
        try {
            root = YAML.readTree(input);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CampaignFileException(source, List.of(new CampaignFileException.Problem("(file)",
                    "not valid YAML: " + e.getOriginalMessage(), "tệp không đúng cú pháp YAML: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new CampaignFileException(source, List.of(new CampaignFileException.Problem("(file)",
                    "not a YAML mapping", "tệp không đúng định dạng YAML")));
        }
        String id = text(root, "id");
        String province = text(root, "province");
        int year = root.path("year").asInt(0);
        if (year < 2020 || year > 2100) {
            problem("year", "must be a year between 2020 and 2100", "phải là năm từ 2020 đến 2100");
        }
        var stages = new CampaignConfig.Stages(root.path("stages").path("registration").asBoolean(false),
                root.path("stages").path("opinions").asBoolean(false),
                root.path("stages").path("verification").asBoolean(false));
        var tracks = tracks(root.path("tracks"));
        var calendar = calendar(root.path("calendar"), stages, year);
        var reminders = reminders(root.path("reminderDays"));
        var documents = new DocumentsSection(problems).parse(root.path("documents"));
        var indeterminate = indeterminateSignatures(root.path("indeterminateSignatures").asText("accept"));
        problems.addAll(RegisterFit.problems(province, tracks, chart));
        if (!problems.isEmpty()) {
            throw new CampaignFileException(source, problems);
        }
        return new CampaignConfig(id, text(root, "name"), root.path("source").asText(""), province, year, tracks,
                stages, calendar, reminders, root.path("signedEvidence").asBoolean(false), indeterminate, documents);
    }

    private CampaignConfig.IndeterminateSignatures indeterminateSignatures(String value) {
        return switch (value) {
            case "accept" -> CampaignConfig.IndeterminateSignatures.ACCEPT;
            case "refuse" -> CampaignConfig.IndeterminateSignatures.REFUSE;
            default -> {
                problem("indeterminateSignatures", "must be accept or refuse", "phải là accept hoặc refuse");
                yield CampaignConfig.IndeterminateSignatures.ACCEPT;
            }
        };
    }

    private String text(JsonNode root, String field) {
        String value = root.path(field).asText("").strip();
        if (value.isEmpty()) {
            problem(field, "is required", "bắt buộc phải có");
        }
        return value;
    }

    private Map<UnitKind.Tier, CampaignConfig.Track> tracks(JsonNode node) {
        Map<UnitKind.Tier, CampaignConfig.Track> tracks = new EnumMap<>(UnitKind.Tier.class);
        if (!node.isObject() || node.isEmpty()) {
            problem("tracks", "must name at least one assessed tier (commune, district)",
                    "phải khai báo ít nhất một cấp được đánh giá (commune, district)");
            return tracks;
        }
        node.fields().forEachRemaining(entry -> {
            String field = "tracks." + entry.getKey();
            UnitKind.Tier tier = switch (entry.getKey()) {
                case "commune" -> UnitKind.Tier.COMMUNE;
                case "district" -> UnitKind.Tier.DISTRICT;
                default -> null;
            };
            if (tier == null) {
                problem(field, "unknown tier (commune or district)", "cấp không hợp lệ (commune hoặc district)");
                return;
            }
            JsonNode track = entry.getValue();
            String catalog = track.path("catalog").asText("").strip();
            if (catalog.isEmpty()) {
                problem(field + ".catalog", "is required", "bắt buộc phải có");
            }
            tracks.put(tier, new CampaignConfig.Track(catalog, authority(track, field, "receiving", tier),
                    authority(track, field, "appraisal", tier), authority(track, field, "recognition", tier)));
        });
        return tracks;
    }

    private CampaignConfig.Authority authority(JsonNode track, String prefix, String step, UnitKind.Tier tier) {
        String field = prefix + "." + step;
        String value = track.path(step).asText("").strip().toUpperCase(Locale.ROOT);
        CampaignConfig.Authority authority;
        try {
            authority = CampaignConfig.Authority.valueOf(value);
        } catch (IllegalArgumentException e) {
            problem(field, "must be district or province", "phải là district hoặc province");
            return null;
        }
        if (authority == CampaignConfig.Authority.DISTRICT && tier == UnitKind.Tier.DISTRICT) {
            problem(field, "a district cannot be handled by a district", "cấp huyện không thể do cấp huyện xử lý");
        }
        return authority;
    }

    private CampaignConfig.Calendar calendar(JsonNode node, CampaignConfig.Stages stages, int year) {
        Map<Stage, LocalDate> deadlines = new EnumMap<>(Stage.class);
        String previousField = null;
        LocalDate previous = null;
        for (String field : CALENDAR_ORDER) {
            if (field.equals("registration") && !stages.registration()) {
                continue;
            }
            LocalDate day = date(node, field);
            if (day == null) {
                continue;
            }
            deadlines.put(CALENDAR_FIELDS.get(field), day);
            // A campaign may run into the next year (the demo's dates count from its first start), never before.
            if (day.getYear() < year) {
                problem("calendar." + field, day + " is not in the campaign year " + year,
                        "ngày " + day + " không thuộc năm " + year);
            } else if (day.getYear() > year + 1) {
                problem("calendar." + field, day + " is later than the year after the campaign year " + year,
                        "ngày " + day + " muộn hơn năm sau năm " + year + " của đợt đánh giá");
            }
            if (previous != null && !day.isAfter(previous)) {
                problem("calendar." + field, day + " must come after calendar." + previousField + " (" + previous + ")",
                        "ngày " + day + " phải sau calendar." + previousField + " (" + previous + ")");
            }
            previous = day;
            previousField = field;
        }
        return new CampaignConfig.Calendar(deadlines, node.path("deadlineDayIncluded").asBoolean(true));
    }

    private LocalDate date(JsonNode calendar, String field) {
        String value = calendar.path(field).asText("").strip();
        if (value.isEmpty()) {
            problem("calendar." + field, "is required", "bắt buộc phải có");
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem("calendar." + field, "'" + value + "' is not a date (yyyy-MM-dd)",
                    "'" + value + "' không phải ngày hợp lệ (yyyy-MM-dd)");
            return null;
        }
    }

    private List<Integer> reminders(JsonNode node) {
        List<Integer> days = new ArrayList<>();
        node.forEach(day -> days.add(day.asInt(0)));
        if (days.size() > CampaignConfig.MAX_REMINDERS) {
            problem("reminderDays", "at most " + CampaignConfig.MAX_REMINDERS + " reminders per deadline",
                    "tối đa " + CampaignConfig.MAX_REMINDERS + " lần nhắc cho mỗi hạn");
        }
        if (days.stream().anyMatch(day -> day < 1 || day > 60) || days.stream().distinct().count() != days.size()) {
            problem("reminderDays", "must be distinct numbers of days between 1 and 60",
                    "phải là các số ngày khác nhau, từ 1 đến 60");
        }
        return days.stream().sorted((a, b) -> b - a).toList();
    }

    private void problem(String field, String english, String vietnamese) {
        problems.add(new CampaignFileException.Problem(field, english, vietnamese));
    }
}
