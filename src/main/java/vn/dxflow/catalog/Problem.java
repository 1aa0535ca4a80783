package vn.dxflow.catalog;

/**
 * One thing wrong with a catalog file or a set of values.
 *
 * @param criterion  the criterion's code, or null when the problem is about the catalog as a whole
 * @param english    for the log
 * @param vietnamese for the user
 */
public record Problem(String criterion, String english, String vietnamese) {

    static Problem catalog(String english, String vietnamese) {
        return new Problem(null, english, vietnamese);
    }

    static Problem of(String criterion, String english, String vietnamese) {
        return new Problem(criterion, "criterion " + criterion + ": " + english,
                "Tiêu chí " + criterion + ": " + vietnamese);
    }
}
