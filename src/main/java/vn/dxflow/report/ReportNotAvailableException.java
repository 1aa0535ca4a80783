package vn.dxflow.report;

/** A report that this assessment cannot have (yet): its step is not part of the campaign or not reached. */
public class ReportNotAvailableException extends RuntimeException {

    public ReportNotAvailableException(String vietnameseMessage) {
        super(vietnameseMessage);
    }
}
