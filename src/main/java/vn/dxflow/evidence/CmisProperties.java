package vn.dxflow.evidence;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where evidence documents are stored ({@code dxflow.cmis.*}): a CMIS 1.1 browser-binding URL with repository
 * id, technical account, the (versionable) type of evidence documents and the timeouts of every call, or, with an empty URL, the embedded server on loopback (data in
 * {@code embedded.data-dir}, port {@code embedded.port}, 0 = any free port).
 */
@ConfigurationProperties("dxflow.cmis")
record CmisProperties(String url, String repositoryId, String user, String password, String documentType,
                      Duration connectTimeout, Duration readTimeout, Embedded embedded) {

    /**
     * @param bindAddress interface the server listens on: loopback in the application, all of them for
     *                    {@code cmis-server}
     * @param allowed     false where nodes may share the database (profile {@code postgres}): a per-node store
     *                    would hide each node's documents from the others
     */
    record Embedded(Path dataDir, String bindAddress, int port, boolean allowed) {
    }

    boolean isEmbedded() {
        return url == null || url.isBlank();
    }
}
