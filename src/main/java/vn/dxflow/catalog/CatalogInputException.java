package vn.dxflow.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalog file or a set of values that cannot be used; lists every problem found, each naming its criterion.
 * Answered with HTTP 400.
 */
public class CatalogInputException extends RuntimeException {

    private final String vietnameseHeading;
    private final transient List<Problem> problems;

    CatalogInputException(String englishHeading, String vietnameseHeading, List<Problem> problems) {
        super(englishHeading + ":\n  " + problems.stream().map(Problem::english).collect(Collectors.joining("\n  ")));
        this.vietnameseHeading = vietnameseHeading;
        this.problems = List.copyOf(problems);
    }

    static CatalogInputException invalidFile(String source, List<Problem> problems) {
        return new CatalogInputException("Invalid catalog " + source, "Bộ tiêu chí không hợp lệ", problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The heading and every problem, in Vietnamese. */
    public String vietnameseMessage() {
        return vietnameseHeading + ": " + problems.stream().map(Problem::vietnamese).collect(Collectors.joining("; "));
    }
}
