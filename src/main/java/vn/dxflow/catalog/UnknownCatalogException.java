package vn.dxflow.catalog;

/** No catalog has the requested id; answered with HTTP 404. */
public class UnknownCatalogException extends RuntimeException {

    private final String id;

    UnknownCatalogException(String id) {
        super("Unknown catalog: " + id);
        this.id = id;
    }

    String id() {
        return id;
    }
}
