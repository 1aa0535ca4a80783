package vn.dxflow.org;

import java.util.List;
import java.util.stream.Collectors;

/** A units file that cannot be used; lists every problem with its line number. */
public class UnitFileException extends RuntimeException {

    /** One problem: the line in the file (1-based), an English text for logs and a Vietnamese one for people. */
    public record Problem(int line, String english, String vietnamese) {
        @Override
        public String toString() {
            return "line " + line + ": " + english;
        }
    }

    private final transient List<Problem> problems;

    UnitFileException(String source, List<Problem> problems) {
        super("Invalid units file " + source + ":\n  "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
