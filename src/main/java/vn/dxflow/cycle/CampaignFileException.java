package vn.dxflow.cycle;

import java.util.List;

/** A campaign file that cannot be used; every problem names the field it is about. */
public class CampaignFileException extends RuntimeException {

    /** One problem, in English for logs and in Vietnamese for the administration page. */
    public record Problem(String field, String english, String vietnamese) {
        @Override
        public String toString() {
            return field + ": " + english;
        }
    }

    private final transient List<Problem> problems;

    CampaignFileException(String source, List<Problem> problems) {
        super("Invalid campaign file " + source + ": " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
