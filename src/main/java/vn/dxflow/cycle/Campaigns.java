package vn.dxflow.cycle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.dxflow.catalog.Catalogs;
import vn.dxflow.org.OrgChart;

/**
 * The campaign configurations: those shipped in {@code campaigns/*.yaml}, overridden or extended by the files an
 * administrator puts in {@code ${dxflow.data-dir}/campaigns}. An invalid file, or one naming a catalog that does
 * not exist or does not fit, stops the start with its problems.
 */
@Component
public class Campaigns {

    private static final Logger log = LoggerFactory.getLogger(Campaigns.class);

    private final Map<String, CampaignConfig> byId = new ConcurrentSkipListMap<>();
    private final OrgChart chart;

    private final Catalogs catalogs;

    Campaigns(OrgChart chart, Catalogs catalogs, @Value("${dxflow.data-dir}") Path dataDir) throws IOException {
        this.chart = chart;
        this.catalogs = catalogs;
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:campaigns/*.yaml")) {
            try (InputStream input = resource.getInputStream()) {
                add(new CampaignFileParser(chart).parse(resource.getFilename(), input));
            } catch (CampaignFileException e) {
                // A shipped (demo) campaign of a province that the installed units file does not have is left out.
                if (!e.problems().stream().allMatch(problem -> problem.field().equals("province"))) {
                    throw e;
                }
                log.info("Bundled campaign {} left out: {}", resource.getFilename(), e.problems());
            }
        }
        Path external = dataDir.resolve("campaigns");
        if (Files.isDirectory(external)) {
            try (Stream<Path> files = Files.list(external)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    try (InputStream input = Files.newInputStream(file)) {
                        add(new CampaignFileParser(chart).parse(file.toString(), input));
                    }
                }
            }
        }
        log.info("Campaigns loaded: {}", byId.keySet());
    }

    /** Checks an administrator's campaign file as strictly as at startup; nothing changes until {@link #use}. */
    public CampaignConfig check(String source, InputStream yaml) throws IOException {
        CampaignConfig config = new CampaignFileParser(chart).parse(source, yaml);
        checkCatalogs(config);
        return config;
    }

    /** Uses a checked configuration from now on (its file already saved in the data folder): no restart needed. */
    public void use(CampaignConfig config) {
        add(config);
    }

    private void add(CampaignConfig config) {
        checkCatalogs(config);
        byId.put(config.id(), config);
    }

    /** The campaign's catalogs exist, fit their tier, and are graded where units register a level. */
    private void checkCatalogs(CampaignConfig config) {
        List<CampaignFileException.Problem> problems = new ArrayList<>();
        config.tracks().forEach((tier, track) -> {
            String field = "tracks." + tier.name().toLowerCase(java.util.Locale.ROOT) + ".catalog";
            var catalog = catalogs.find(track.catalogId());
            if (catalog.isEmpty()) {
                problems.add(new CampaignFileException.Problem(field, "unknown catalog '" + track.catalogId() + "'",
                        "không có bộ tiêu chí '" + track.catalogId() + "'"));
            } else if (catalog.get().unitTier() != tier) {
                problems.add(new CampaignFileException.Problem(field, "catalog " + track.catalogId() + " is for "
                        + catalog.get().unitTier() + " units", "bộ tiêu chí " + track.catalogId() + " dành cho cấp khác"));
            } else if (config.stages().registration() && !catalog.get().graded()) {
                problems.add(new CampaignFileException.Problem("stages.registration", "registering a level needs a "
                        + "graded catalog; " + track.catalogId() + " is pass/fail",
                        "đăng ký mức độ chỉ dùng được với bộ tiêu chí chia mức; " + track.catalogId() + " là bộ đạt/không đạt"));
            }
        });
        if (!problems.isEmpty()) {
            throw new CampaignFileException(config.id(), problems);
        }
    }

    public Optional<CampaignConfig> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public CampaignConfig get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown campaign: " + id));
    }

    public Collection<CampaignConfig> all() {
        return new ArrayList<>(byId.values());
    }
}
