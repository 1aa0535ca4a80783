package vn.dxflow.cycle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * A demo campaign file ({@code demo/<name>.yaml}) whose year is {@code {year}} and whose dates are
 * {@code {day+N}}: N days after the default run's first start, so that the demo's tasks are open whatever the day.
 */
final class DemoCampaignTemplate {

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,60}");
    private static final Pattern DAY = Pattern.compile("\\{day\\+(\\d{1,3})}");

    private final String name;
    private final String text;

    private DemoCampaignTemplate(String name, String text) {
        this.name = name;
        this.text = text;
    }

    static DemoCampaignTemplate named(String name) throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Demo campaign template name '" + name + "' is not [a-z0-9-]");
        }
        try (InputStream in = new ClassPathResource("demo/" + name + ".yaml").getInputStream()) {
            return new DemoCampaignTemplate(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    String source() {
        return "demo/" + name + ".yaml";
    }

    /** The campaign file for a first start on {@code firstStart}: a campaign of that year. */
    String filledFor(LocalDate firstStart) {
        Matcher days = DAY.matcher(text.replace("{year}", String.valueOf(firstStart.getYear())));
        return days.replaceAll(day -> firstStart.plusDays(Integer.parseInt(day.group(1))).toString());
    }
}
