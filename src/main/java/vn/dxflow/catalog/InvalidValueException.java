package vn.dxflow.catalog;

/**
 * A value in a catalog file that its record refuses (a percentage above 100, a negative count). Thrown from
 * the records' constructors while a file is read; the reader names the criterion it belongs to.
 */
class InvalidValueException extends IllegalArgumentException {

    private final String vietnamese;

    InvalidValueException(String english, String vietnamese) {
        super(english);
        this.vietnamese = vietnamese;
    }

    String vietnamese() {
        return vietnamese;
    }
}
