package vn.dxflow.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.dxflow.cycle.CampaignConfig;
import vn.dxflow.cycle.CampaignFileException;
import vn.dxflow.cycle.Campaigns;
import vn.dxflow.security.SafeYaml;

/**
 * The campaign calendars as files: read from {@code ${dxflow.data-dir}/campaigns/<id>.yaml} or, until an
 * administrator saves one, from the bundled file with that id; saved only after the same checks as at startup.
 */
@Component
class CampaignFiles {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final ObjectMapper YAML = new ObjectMapper(SafeYaml.factory());

    record CampaignSummary(String id, String name, String provinceCode, int year) {
    }

    private final Campaigns campaigns;
    private final Path folder;

    CampaignFiles(Campaigns campaigns, @Value("${dxflow.data-dir}") Path dataDir) {
        this.campaigns = campaigns;
        this.folder = dataDir.resolve("campaigns");
    }

    List<CampaignSummary> list() {
        return campaigns.all().stream().map(c -> new CampaignSummary(c.id(), c.name(), c.provinceCode(), c.year()))
                .toList();
    }

    Optional<String> read(String id) throws IOException {
        requireId(id);
        Path saved = folder.resolve(id + ".yaml");
        if (Files.isRegularFile(saved)) {
            return Optional.of(Files.readString(saved));
        }
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:campaigns/*.yaml")) {
            byte[] content;
            try (InputStream in = resource.getInputStream()) {
                content = in.readAllBytes();
            }
            if (id.equals(YAML.readTree(content).path("id").asText())) {
                return Optional.of(new String(content, StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    CampaignConfig save(String id, String yaml) throws IOException {
        requireId(id);
        CampaignConfig config;
        try {
            config = campaigns.check(id + ".yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        } catch (CampaignFileException e) {
            throw new RefusedException(e.problems().stream()
                    .map(p -> new Problem(p.field(), p.field() + ": " + p.vietnamese())).toList());
        } catch (IOException e) {
            throw new RefusedException(List.of(Problem.ofModel("Tệp không đúng định dạng YAML: "
                    + e.getMessage())));
        }
        if (!config.id().equals(id)) {
            throw new RefusedException(List.of(new Problem("id", "id: mã đợt đánh giá trong tệp ("
                    + config.id() + ") phải trùng với mã đang sửa (" + id + ").")));
        }
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(id + ".yaml"), yaml);
        campaigns.use(config);
        return config;
    }

    private static void requireId(String id) {
        if (!ID.matcher(id).matches()) {
            throw new RefusedException(List.of(Problem.ofModel("Mã đợt đánh giá '" + id
                    + "' không hợp lệ: chỉ gồm chữ, số, gạch ngang.")));
        }
    }
}
