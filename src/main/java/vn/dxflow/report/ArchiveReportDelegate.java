package vn.dxflow.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.dxflow.cycle.Campaigns;
import vn.dxflow.cycle.UnitAssessmentProcess;
import vn.dxflow.evidence.EvidenceDocument;
import vn.dxflow.evidence.EvidenceStore;

/**
 * Generates the report of a step (the task's {@code reportKind} input: Mẫu 01 at submission, Mẫu 02 after the
 * appraisal, the decision or the notice of refusal at recognition) from the step's stored result and stores it in CMIS beside the evidence, with
 * its reference and SHA-256 in the process. Runs as an asynchronous step: rendering and the repository stay out of
 * the user's transaction, and a failure is retried, then an incident.
 */
@Component("archiveReport")
class ArchiveReportDelegate implements JavaDelegate {

    static final String REPORT_KIND = "reportKind";

    private final ReportData data;
    private final GeneratedReports reports;
    private final EvidenceStore evidence;
    private final Campaigns campaigns;
    private final boolean enabled;

    ArchiveReportDelegate(ReportData data, GeneratedReports reports, EvidenceStore evidence, Campaigns campaigns,
            @Value("${dxflow.report.archive-at-steps:true}") boolean enabled) {
        this.data = data;
        this.reports = reports;
        this.evidence = evidence;
        this.campaigns = campaigns;
        this.enabled = enabled;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!enabled) {
            return;
        }
        ReportKind kind = ReportKind.fromSlug((String) execution.getVariable(REPORT_KIND))
                .orElseThrow(() -> new IllegalArgumentException("Unknown report kind " + execution.getVariable(REPORT_KIND)));
        Report report = data.of(execution.getProcessInstanceId(), kind);
        int year = campaigns.get((String) execution.getVariable(UnitAssessmentProcess.Variables.CAMPAIGN_ID)).year();
        byte[] pdf = reports.render(execution.getProcessInstanceId(), report);
        EvidenceDocument stored = evidence.storeReport((String) execution.getVariable(UnitAssessmentProcess.Variables.UNIT_CODE),
                year, kind.title() + " (bản tạo tự động).pdf", pdf, "system", null, null, null);
        execution.setVariable("archivedReport_" + kind.name(), stored.cmisObjectId() + " sha256:" + stored.sha256());
    }
}
