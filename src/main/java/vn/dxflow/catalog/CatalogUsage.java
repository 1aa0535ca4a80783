package vn.dxflow.catalog;

/**
 * Whether running assessments use a catalog. Such a catalog is not replaced by an import: its criteria would
 * change under dossiers already filled in (and under appraisals already made). Import it under a new id.
 */
public interface CatalogUsage {

    boolean inUse(String catalogId);
}
