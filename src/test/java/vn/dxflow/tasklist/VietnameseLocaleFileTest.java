package vn.dxflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vietnamese locale files of Tasklist and of the welcome app ("Hồ sơ cá nhân") against Camunda's English
 * ones: the same keys, every placeholder, HTML tag and moment.js token kept, and nothing left in English.
 */
class VietnameseLocaleFileTest {

    /** The only values that may equal the English ones: a proper name, an empty text, operators, formats. */
    private static final Set<String> SAME_AS_ENGLISH = Set.of(
            "labels.APP_VENDOR",            // "Camunda", a proper name
            "labels.NO_TASK_FORM",          // "", empty in every locale
            "labels.SEARCH_LESS_THAN",      // "<"
            "labels.SEARCH_LESS_THAN_EQUALS",
            "labels.SEARCH_GREATER_THAN",
            "labels.SEARCH_GREATER_THAN_EQUALS",
            "dateLocales.calendar.sameElse", // "L": the numeric date
            "dateLocales.longDateFormat.L",  // "DD/MM/YYYY", already so in Camunda's en.json
            "dateLocales.longDateFormat.LT"); // "HH:mm"

    /** Vietnamese words written without diacritics (all other labels must have at least one). */
    private static final Set<String> WITHOUT_DIACRITICS = Set.of(
            "labels.AFTER",            // "sau"
            "labels.PAGINATION_NEXT"); // "Trang sau"

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|%[ds]");
    private static final Pattern HTML = Pattern.compile(
            "</?(?:a|b|br|code|em|i|p|span|strong)(?:\\s[^<>]*)?/?>|&[a-z]+;");
    private static final Pattern MOMENT_LITERAL = Pattern.compile("\\[[^]]*]");
    private static final Pattern VIETNAMESE_LETTER = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "welcome"})
    void viHasExactlyTheKeysOfEn(String app) {
        Map<String, JsonNode> en = leaves(english(app));
        Map<String, JsonNode> vi = leaves(vietnamese(app));

        assertThat(vi.keySet()).as("keys of app/%s/locales/vi.json", app).containsExactlyInAnyOrderElementsOf(en.keySet());
        en.forEach((path, value) -> assertThat(vi.get(path).getNodeType()).as(path).isEqualTo(value.getNodeType()));
        assertThat(en).as("Camunda's en.json of %s", app).hasSizeGreaterThan("tasklist".equals(app) ? 400 : 170);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "welcome"})
    void placeholdersAndMarkupAreKept(String app) {
        Map<String, JsonNode> vi = leaves(vietnamese(app));
        SoftAssertions soft = new SoftAssertions();
        leaves(english(app)).forEach((path, en) -> {
            if (!en.isTextual() || vi.get(path) == null) {
                return;
            }
            String viText = vi.get(path).asText();
            soft.assertThat(all(PLACEHOLDER, viText)).as("placeholders of %s: %s", path, viText)
                    .containsExactlyInAnyOrderElementsOf(all(PLACEHOLDER, en.asText()));
            soft.assertThat(all(HTML, viText)).as("HTML of %s: %s", path, viText)
                    .containsExactlyInAnyOrderElementsOf(all(HTML, en.asText()));
            // calendar texts keep their moment.js tokens (LT, dddd, L); the long date formats are numeric on
            // purpose and are checked in datesAreDayMonthYear
            if (path.startsWith("dateLocales.calendar.")) {
                soft.assertThat(momentTokens(viText)).as("moment.js tokens of %s: %s", path, viText)
                        .isEqualTo(momentTokens(en.asText()));
            }
        });
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "welcome"})
    void nothingIsLeftInEnglish(String app) {
        Map<String, JsonNode> vi = leaves(vietnamese(app));
        SoftAssertions soft = new SoftAssertions();
        leaves(english(app)).forEach((path, en) -> {
            if (!en.isTextual() || vi.get(path) == null) {
                return;
            }
            String viText = vi.get(path).asText();
            if (SAME_AS_ENGLISH.contains(path)) {
                soft.assertThat(viText).as("allowed to stay as in English: %s", path).isEqualTo(en.asText());
                return;
            }
            soft.assertThat(viText).as("%s is still English", path).isNotEqualTo(en.asText());
            if (path.startsWith("labels.") && !WITHOUT_DIACRITICS.contains(path)) {
                soft.assertThat(VIETNAMESE_LETTER.matcher(viText).find())
                        .as("%s has no Vietnamese diacritics: %s", path, viText).isTrue();
            }
        });
        soft.assertAll();
    }

    @Test
    void tasklistUsesTheOfficialsWords() {
        JsonNode labels = vietnamese("tasklist").get("labels");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("TASKS", "Công việc");
        expected.put("CLAIM_TASK", "Nhận việc");
        expected.put("COMPLETE", "Hoàn thành");
        expected.put("FILTERS", "Bộ lọc");
        expected.put("DUE_DATE", "Hạn xử lý");
        expected.put("FOLLOW_UP_DATE", "Ngày theo dõi");
        expected.put("ASSIGNEE", "Người xử lý");
        expected.put("CANDIDATE_GROUP", "Nhóm xử lý");
        expected.put("SIGN_OUT_ACTION", "Đăng xuất");
        expected.put("PAGE_LOGIN_USERNAME", "Tên đăng nhập");
        expected.put("PAGE_LOGIN_PASSWORD", "Mật khẩu");
        expected.put("PAGE_LOGIN_SIGN_IN_ACTION", "Đăng nhập");
        expected.forEach((key, text) -> assertThat(labels.get(key).asText()).as(key).isEqualTo(text));
    }

    @Test
    void datesAreDayMonthYear() {
        JsonNode dates = vietnamese("tasklist").get("dateLocales");
        assertThat(dates.at("/longDateFormat/L").asText()).isEqualTo("DD/MM/YYYY");
        assertThat(dates.at("/longDateFormat/LL").asText()).isEqualTo("DD/MM/YYYY");
        assertThat(dates.at("/longDateFormat/LLL").asText()).startsWith("DD/MM/YYYY ");
        assertThat(dates.at("/months/10").asText()).isEqualTo("Tháng 11");
        assertThat(dates.at("/weekdays/0").asText()).isEqualTo("Chủ nhật");
        assertThat(dates.at("/relativeTime/past").asText()).isEqualTo("%s trước");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "welcome"})
    void configMakesVietnameseTheDefaultWithDayMonthYearDates(String app) {
        String config = WebappLocales.project(app + "/scripts/config.js");

        List<String> available = all(Pattern.compile("'([a-z-]+)'"),
                match(config, "\\n  locales: \\{\\s*availableLocales: \\[([^]]*)]"));
        assertThat(available).as("availableLocales").first().isEqualTo("'vi'");
        available.forEach(locale -> WebappLocales.project(app + "/locales/" + locale.replace("'", "") + ".json"));
        assertThat(match(config, "\\n    fallbackLocale: '([a-z-]+)'")).isEqualTo("vi");

        String dateFormat = match(config, "\\n  dateFormat: \\{([^}]*)}");
        for (String format : List.of("abbr", "normal", "long", "short")) {
            assertThat(match(dateFormat, format + ": '([^']*)'")).as(format).contains("DD/MM/YYYY");
        }
        assertThat(match(dateFormat, "monthName: '([^']*)'")).isEqualTo("MMMM");
        assertThat(match(dateFormat, "day: '([^']*)'")).isEqualTo("DD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"tasklist, scripts/dxflow-vi-dates, scripts/dxflow-forms scripts/dxflow-appraisal scripts/dxflow-dossier scripts/dxflow-decisions scripts/dxflow-notifications scripts/dxflow-follow", "welcome, scripts/dxflow-vi, "})
    void customScriptsExist(String app, String script, String formsScripts) {
        String config = WebappLocales.project(app + "/scripts/config.js");
        List<String> scripts = all(Pattern.compile("'([\\w/-]+)'"), match(config, "\\n  customScripts: \\[([^]]*)]"));
        // the language script first, then the forms' scripts (space-separated)
        assertThat(scripts).containsExactlyElementsOf(java.util.stream.Stream.concat(java.util.stream.Stream.of(script),
                formsScripts == null ? java.util.stream.Stream.empty() : java.util.Arrays.stream(formsScripts.split(" ")))
                .map(name -> "'" + name + "'").toList());
        scripts.forEach(name -> WebappLocales.project(app + "/" + name.replace("'", "") + ".js"));
        assertThat(WebappLocales.project(app + "/" + script + ".js")).contains("document.documentElement.lang = 'vi';");
    }

    @Test
    void datePickerGetsVietnameseNames() {
        assertThat(WebappLocales.project("tasklist/scripts/dxflow-vi-dates.js"))
                .contains("angular.module('ngLocale').run(", "FIRSTDAYOFWEEK: 0", "shortDate: 'dd/MM/y'", "'Tháng 12'");
    }

    @Test
    void tasklistConfigKeepsCamundasShortcuts() {
        Pattern shortcut = Pattern.compile("\\n    (\\w+): \\{\\s*key: '([^']+)'");
        Map<String, String> original = pairs(shortcut, WebappLocales.webjar("tasklist/scripts/config.js"));
        assertThat(original).hasSize(5);
        assertThat(pairs(shortcut, WebappLocales.project("tasklist/scripts/config.js"))).isEqualTo(original);
    }

    private static JsonNode english(String app) {
        return WebappLocales.json(WebappLocales.webjar(app + "/locales/en.json"));
    }

    private static JsonNode vietnamese(String app) {
        return WebappLocales.json(WebappLocales.project(app + "/locales/vi.json"));
    }

    /** Every leaf by its path: object fields joined with ".", array elements as [index]. */
    private static Map<String, JsonNode> leaves(JsonNode node) {
        Map<String, JsonNode> leaves = new TreeMap<>();
        collect("", node, leaves);
        return leaves;
    }

    private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static List<String> momentTokens(String format) {
        String tokens = MOMENT_LITERAL.matcher(format).replaceAll(" ").replaceAll("[,\\s]+", " ").trim();
        List<String> list = new ArrayList<>(List.of(tokens.split(" ")));
        list.removeIf(String::isEmpty);
        Collections.sort(list);
        return list;
    }

    private static String match(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in %n%s", regex, text).isTrue();
        return matcher.group(1);
    }

    private static Map<String, String> pairs(Pattern pattern, String text) {
        Map<String, String> pairs = new TreeMap<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            pairs.put(matcher.group(1), matcher.group(2));
        }
        return pairs;
    }
}
