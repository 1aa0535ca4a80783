package vn.dxflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The external catalog folder replaces and completes the bundled catalogs, and receives imports. */
class CatalogsTest {

    @TempDir
    Path dir;

    private final CatalogFiles files = new CatalogFiles();

    @Test
    void bundledCatalogsWithoutAnExternalFolder() {
        // the four of the application, and the tests' own (src/test/resources/catalogs) on the test class path
        assertThat(TestCatalogs.BUNDLED.all()).extracting(Catalog::id).containsExactly("binhphuoc-2024-commune",
                "kontum-2025-commune", "kontum-2025-district", "test-thanhhoa-2024-commune", "thanhhoa-2023-commune");
        assertThatThrownBy(() -> TestCatalogs.BUNDLED.get("hanoi-2025-commune"))
                .isInstanceOf(UnknownCatalogException.class);
    }

    @Test
    void externalFilesReplaceAndAdd() throws IOException {
        // Thanh Hóa fills in its pass condition for the year: the same id replaces the bundled catalog
        String thanhHoa = TestCatalogs.BUNDLED.export("thanhhoa-2023-commune")
                .replace("kind: passRate\n", "kind: passRate\n  minPassPercent: 80\n");
        Files.writeString(dir.resolve("thanhhoa-2023-commune.yaml"), thanhHoa);
        // a new catalog for another year
        Files.writeString(dir.resolve("kontum-2026-commune.yml"), TestCatalogs.BUNDLED.export("kontum-2025-commune")
                .replace("id: kontum-2025-commune", "id: kontum-2026-commune").replace("year: 2025", "year: 2026"));
        Files.writeString(dir.resolve("README.txt"), "not a catalog");

        Catalogs catalogs = new Catalogs(new CatalogProperties(dir));

        assertThat(catalogs.all()).hasSize(6);
        assertThat(((PassRateRule) catalogs.get("thanhhoa-2023-commune").rule()).minPassPercent())
                .isEqualByComparingTo("80");
        assertThat(catalogs.get("kontum-2026-commune").year()).isEqualTo(2026);
        assertThat(catalogs.get("kontum-2025-commune")).isEqualTo(TestCatalogs.BUNDLED.get("kontum-2025-commune"));
    }

    @Test
    void anInvalidExternalFileStopsTheStartWithTheCriterionNamed() throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), TestCatalogs.BUNDLED.export("binhphuoc-2024-commune")
                .replace("- CQS-8\n", "- CQS-80\n"));
        assertThatThrownBy(() -> new Catalogs(new CatalogProperties(dir)))
                .isInstanceOf(CatalogInputException.class)
                .hasMessageContaining("broken.yaml")
                .hasMessageContaining("criterion CQS-80: named by the rule but not in the catalog");
    }

    @Test
    void twoExternalFilesForOneCatalogAreRefused() throws IOException {
        String kontum = TestCatalogs.BUNDLED.export("kontum-2025-commune");
        Files.writeString(dir.resolve("a.yaml"), kontum);
        Files.writeString(dir.resolve("b.yaml"), kontum);
        assertThatThrownBy(() -> new Catalogs(new CatalogProperties(dir)))
                .hasMessageContaining("two files define catalog kontum-2025-commune");
    }

    @Test
    void importStoresTheFileAndPutsTheCatalogInUse() {
        Catalogs catalogs = new Catalogs(new CatalogProperties(dir.resolve("not-yet-created")));
        String edited = catalogs.export("binhphuoc-2024-commune").replace("minExtended: 11", "minExtended: 12");

        Catalog imported = catalogs.importCatalog(edited, CatalogFiles.Format.YAML);

        assertThat(((MandatoryExtendedRule) catalogs.get("binhphuoc-2024-commune").rule()).minExtended()).isEqualTo(12);
        Path stored = dir.resolve("not-yet-created/binhphuoc-2024-commune.yaml");
        assertThat(stored).exists();
        assertThat(new Catalogs(new CatalogProperties(dir.resolve("not-yet-created"))).get("binhphuoc-2024-commune"))
                .isEqualTo(imported);
    }

    @Test
    void anInvalidImportChangesNothing() {
        Catalogs catalogs = new Catalogs(new CatalogProperties(dir));
        String invalid = catalogs.export("kontum-2025-commune").replace("min: 70", "min: 170");
        assertThatThrownBy(() -> catalogs.importCatalog(invalid, CatalogFiles.Format.YAML))
                .isInstanceOf(CatalogInputException.class);
        assertThat(dir).isEmptyDirectory();
        assertThat(catalogs.get("kontum-2025-commune")).isEqualTo(TestCatalogs.BUNDLED.get("kontum-2025-commune"));
        assertThat(files.read("again", catalogs.export("kontum-2025-commune"), CatalogFiles.Format.YAML))
                .isEqualTo(TestCatalogs.BUNDLED.get("kontum-2025-commune"));
    }
}
