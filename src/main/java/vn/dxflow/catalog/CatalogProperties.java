package vn.dxflow.catalog;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dxflow.catalog.*}.
 *
 * @param dir folder whose catalog files (*.yaml, *.yml, *.json) replace the bundled catalogs with the same id
 *            or add new ones; imports are written there. Read at startup and on every import.
 */
@ConfigurationProperties("dxflow.catalog")
record CatalogProperties(Path dir) {
}
