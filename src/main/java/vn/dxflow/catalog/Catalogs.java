package vn.dxflow.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The catalogs in use: the ones bundled in {@code classpath:catalogs/}, replaced or completed by the files of
 * the external folder ({@code dxflow.catalog.dir}) so an administrator changes a catalog without a rebuild.
 * Any invalid file stops the application at startup with every problem listed, as the units file does.
 */
@Component
public class Catalogs {

    private static final Logger log = LoggerFactory.getLogger(Catalogs.class);

    private final CatalogFiles files = new CatalogFiles();
    private final Path dir;
    /** Replaced as a whole on import, so readers never see a half-updated map. */
    private volatile Map<String, Catalog> byId;

    private final ObjectProvider<CatalogUsage> usage;

    /** Without any {@link CatalogUsage}: for tools and tests that load catalogs outside the application. */
    Catalogs(CatalogProperties properties) {
        this(properties, null);
    }

    @Autowired
    Catalogs(CatalogProperties properties, ObjectProvider<CatalogUsage> usage) {
        this.usage = usage;
        this.dir = properties.dir();
        Map<String, Catalog> catalogs = new LinkedHashMap<>();
        bundled().forEach(catalog -> putNew(catalogs, catalog, "classpath:catalogs"));
        Map<String, Catalog> external = new LinkedHashMap<>();
        external().forEach(catalog -> putNew(external, catalog, dir.toString()));
        external.forEach((id, catalog) -> {
            log.info("Catalog {} {} from {}", id, catalogs.containsKey(id) ? "replaced" : "added", dir);
            catalogs.put(id, catalog);
        });
        this.byId = Map.copyOf(catalogs);
    }

    public List<Catalog> all() {
        return byId.values().stream().sorted(Comparator.comparing(Catalog::id)).toList();
    }

    public Optional<Catalog> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    public Catalog get(String id) {
        return find(id).orElseThrow(() -> new UnknownCatalogException(id));
    }

    /** The catalog as an editable YAML file. */
    public String export(String id) {
        return files.write(get(id));
    }

    /**
     * A catalog as it was exported earlier ({@link #export}): the stored copy a finished step was scored with, read
     * back with today's checks. It is not put in use.
     */
    public Catalog read(String exported) {
        return files.read("(stored copy)", exported, CatalogFiles.Format.YAML);
    }

    /**
     * Validates {@code content}, stores it as {@code <id>.yaml} in the external folder and puts it in use.
     * A catalog that running assessments use is refused (see {@link CatalogUsage}).
     */
    synchronized Catalog importCatalog(String content, CatalogFiles.Format format) {
        Catalog catalog = files.read("(import)", content, format);
        if (usage != null && byId.containsKey(catalog.id()) && usage.stream().anyMatch(u -> u.inUse(catalog.id()))) {
            throw new CatalogInputException("Catalog in use", "Bộ tiêu chí đang được sử dụng", List.of(Problem.catalog(
                    "catalog " + catalog.id() + " is used by assessments in progress: import it under a new id",
                    "bộ tiêu chí " + catalog.id() + " đang được dùng cho các hồ sơ đánh giá chưa kết thúc: hãy nhập với mã mới")));
        }
        try {
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, catalog.id(), ".tmp");
            Files.writeString(temporary, files.write(catalog), StandardCharsets.UTF_8);
            Files.move(temporary, dir.resolve(catalog.id() + ".yaml"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store catalog " + catalog.id() + " in " + dir, e);
        }
        Map<String, Catalog> catalogs = new LinkedHashMap<>(byId);
        catalogs.put(catalog.id(), catalog);
        byId = Map.copyOf(catalogs);
        log.info("Catalog {} imported into {}", catalog.id(), dir);
        return catalog;
    }

    private List<Catalog> bundled() {
        try {
            List<Catalog> catalogs = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:catalogs/*")) {
                String name = resource.getFilename();
                if (name != null && isCatalogFile(name)) {
                    String content = resource.getContentAsString(StandardCharsets.UTF_8);
                    catalogs.add(files.read("classpath:catalogs/" + name, content, CatalogFiles.Format.ofFileName(name)));
                }
            }
            return catalogs;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled catalogs", e);
        }
    }

    private List<Catalog> external() {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(dir)) {
            List<Catalog> catalogs = new ArrayList<>();
            for (Path path : paths.filter(path -> isCatalogFile(path.getFileName().toString())).sorted().toList()) {
                String name = path.getFileName().toString();
                catalogs.add(files.read(path.toString(), Files.readString(path, StandardCharsets.UTF_8),
                        CatalogFiles.Format.ofFileName(name)));
            }
            return catalogs;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the catalogs in " + dir, e);
        }
    }

    private static boolean isCatalogFile(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private static void putNew(Map<String, Catalog> catalogs, Catalog catalog, String where) {
        if (catalogs.putIfAbsent(catalog.id(), catalog) != null) {
            throw CatalogInputException.invalidFile(where, List.of(Problem.catalog(
                    "two files define catalog " + catalog.id(), "Hai tệp cùng định nghĩa bộ tiêu chí " + catalog.id())));
        }
    }
}
