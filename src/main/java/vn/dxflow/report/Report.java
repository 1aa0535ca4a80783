package vn.dxflow.report;

/** The data of one report, ready to print: each kind of report is a record of its own. */
public sealed interface Report
        permits SelfAssessmentReport, ReviewReport, RecognitionDecision, RefusalNotice, ProvinceSynthesis {

    ReportKind kind();

    Letterhead letterhead();

    /** The document's title for the PDF's metadata (dc:title). */
    String title();
}
