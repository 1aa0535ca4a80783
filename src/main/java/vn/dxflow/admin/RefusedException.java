package vn.dxflow.admin;

import java.util.List;

/** A model, calendar or template that cannot be deployed or saved as it is; the problems say what to fix. */
class RefusedException extends RuntimeException {

    private final transient List<Problem> problems;

    RefusedException(List<Problem> problems) {
        super("Rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }
}
