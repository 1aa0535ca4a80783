package vn.dxflow.catalog;

import java.nio.file.Path;

/** The bundled catalogs, loaded as the application loads them (no external folder). */
public final class TestCatalogs {

    public static final Catalogs BUNDLED = new Catalogs(new CatalogProperties(Path.of("target/no-such-catalog-dir")));

    private TestCatalogs() {
    }
}
