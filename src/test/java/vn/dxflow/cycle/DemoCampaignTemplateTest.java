package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dxflow.catalog.TestCatalogs;
import vn.dxflow.org.OrgChart;
import vn.dxflow.org.UnitKind;

/**
 * The default run's demo campaigns, made from their templates on any day of the year, are valid two-tier campaigns
 * of the national register whose deadlines all lie ahead.
 */
class DemoCampaignTemplateTest {

    private static OrgChart register;

    @BeforeAll
    static void nationalRegister() throws IOException {
        try (InputStream in = DemoCampaignTemplateTest.class.getResourceAsStream("/org/vietnam-2025-two-tier.csv")) {
            register = OrgChart.parse("register", new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "laocai-two-tier,  2026-12-07, 15-2026, 15, 99, false, 2027-01-06, 2027-01-31",
        "laocai-two-tier,  2027-03-15, 15-2027, 15, 99, false, 2027-04-14, 2027-05-09",
        "laichau-two-tier, 2026-12-31, 12-2026, 12, 38, true,  2027-01-30, 2027-02-25",
    })
    void aTemplateMakesACampaignOfTheFirstStartsYearDueAfterIt(String template, LocalDate firstStart, String id,
            String province, int communes, boolean opinionsAndVerification, LocalDate dossiersDue, LocalDate reportDue)
            throws IOException {
        String yaml = DemoCampaignTemplate.named(template).filledFor(firstStart);
        CampaignConfig campaign = new CampaignFileParser(register).parse(template,
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));

        assertThat(campaign.id()).isEqualTo(id);
        assertThat(campaign.year()).isEqualTo(firstStart.getYear());
        assertThat(campaign.name()).contains("năm " + firstStart.getYear());
        assertThat(campaign.provinceCode()).isEqualTo(province);
        assertThat(register.children(province)).hasSize(communes)
                .allSatisfy(unit -> assertThat(unit.tier()).isEqualTo(UnitKind.Tier.COMMUNE));
        CampaignConfig.Track communesTrack = campaign.tracks().get(UnitKind.Tier.COMMUNE);
        assertThat(campaign.tracks()).containsOnlyKeys(UnitKind.Tier.COMMUNE);
        assertThat(communesTrack.receiving()).isEqualTo(CampaignConfig.Authority.PROVINCE);
        assertThat(communesTrack.appraisal()).isEqualTo(CampaignConfig.Authority.PROVINCE);
        assertThat(communesTrack.recognition()).isEqualTo(CampaignConfig.Authority.PROVINCE);
        var catalog = TestCatalogs.BUNDLED.get(communesTrack.catalogId());
        assertThat(catalog.unitTier()).isEqualTo(UnitKind.Tier.COMMUNE);
        assertThat(campaign.stages().opinions()).isEqualTo(opinionsAndVerification);
        assertThat(campaign.stages().verification()).isEqualTo(opinionsAndVerification);
        assertThat(campaign.calendar().day(Stage.SELF_ASSESSMENT)).isEqualTo(dossiersDue);
        assertThat(campaign.calendar().day(Stage.REPORT)).isEqualTo(reportDue);
        assertThat(yaml.lines().filter(line -> !line.startsWith("#"))).noneMatch(line -> line.contains("{"));
    }

    @ParameterizedTest
    @CsvSource({"../campaigns/laocai-2025", "Laocai", "no-such-template"})
    void onlyATemplateOfTheDemoFolderIsRead(String name) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DemoCampaignTemplate.named(name))
                .isInstanceOfAny(IllegalArgumentException.class, IOException.class);
    }
}
