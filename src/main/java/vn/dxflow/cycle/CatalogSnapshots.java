package vn.dxflow.cycle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dxflow.catalog.Catalog;
import vn.dxflow.catalog.Catalogs;

/**
 * The catalogs as they were when steps were scored, stored once per version (by the SHA-256 of their export) and
 * read back for the reports of those steps.
 */
@Component
class CatalogSnapshots {

    private final JdbcTemplate jdbc;
    private final Catalogs catalogs;
    /** Few versions exist and they never change: parsed once. */
    private final Map<String, Catalog> read = new ConcurrentHashMap<>();

    /** The key of the catalog in use, per catalog id: exporting it for every scored step cost more than the scoring. */
    private final Map<String, Kept> inUse = new ConcurrentHashMap<>();

    private record Kept(Catalog catalog, String sha256) {
    }
    /** Two steps scored at once may both store a new version. */
    private final IdempotentInsert inserts;

    CatalogSnapshots(JdbcTemplate jdbc, Catalogs catalogs, IdempotentInsert inserts) {
        this.jdbc = jdbc;
        this.catalogs = catalogs;
        this.inserts = inserts;
    }

    /** Keeps the catalog as it is now; returns the key of this version. */
    String keep(String catalogId) {
        Catalog current = catalogs.get(catalogId);
        Kept kept = inUse.get(catalogId);
        // The same instance is the same version: an administrator's change puts a new Catalog in use.
        if (kept != null && kept.catalog() == current) {
            return kept.sha256();
        }
        String content = catalogs.export(catalogId);
        String sha256 = sha256(content);
        if (jdbc.queryForObject("select count(*) from dxflow_catalog_snapshot where sha256 = ?", Integer.class,
                sha256) == 0) {
            inserts.insert("insert into dxflow_catalog_snapshot (sha256, catalog_id, content, stored_at) "
                    + "values (?, ?, ?, ?)", sha256, catalogId, content,
                    ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC));
        }
        inUse.put(catalogId, new Kept(current, sha256));
        return sha256;
    }

    Catalog get(String sha256) {
        return read.computeIfAbsent(sha256, key -> catalogs.read(jdbc.queryForObject(
                "select content from dxflow_catalog_snapshot where sha256 = ?", String.class, key)));
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
