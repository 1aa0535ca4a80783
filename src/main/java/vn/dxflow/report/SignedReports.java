package vn.dxflow.report;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.dxflow.cycle.CampaignConfig;
import vn.dxflow.cycle.CampaignRegisters;
import vn.dxflow.cycle.Campaigns;
import vn.dxflow.cycle.StepOwners;
import vn.dxflow.evidence.EvidenceDocument;
import vn.dxflow.evidence.EvidenceStore;
import vn.dxflow.org.Role;
import vn.dxflow.security.SystemActions;
import vn.dxflow.signature.DocumentReport;
import vn.dxflow.signature.Indication;
import vn.dxflow.signature.PdfSignatureVerifier;
import vn.dxflow.signature.SignerRule;
import vn.dxflow.signature.UnitSigners;

/**
 * A report that its signer signed outside DXFlow (USB token) or with the demo certificate: filed only by whoever holds
 * the step that produces it, verified with the signer rule of the unit that must sign it where one is configured,
 * recognised as a report DXFlow generated for this assessment (its first revision), then stored in CMIS beside the
 * evidence, and its reference and SHA-256 recorded in the process (BRIEF sections 5 and 6). A verdict that is neither
 * a pass nor a failure (INDETERMINATE) is stored with its reason or refused, as the campaign decides.
 */
@Component
class SignedReports {

    /** The upload is not a validly signed report; the message is for the user. */
    static class RefusedException extends RuntimeException {
        RefusedException(String vietnamese) {
            super(vietnamese);
        }
    }

    private final PdfSignatureVerifier verifier;
    private final UnitSigners signers;
    private final EvidenceStore evidence;
    private final Campaigns campaigns;
    private final CampaignRegisters registers;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final StepOwners owners;
    private final GeneratedReports generated;

    SignedReports(PdfSignatureVerifier verifier, UnitSigners signers, EvidenceStore evidence, Campaigns campaigns,
            CampaignRegisters registers, HistoryService history, RuntimeService runtime, IdentityService identity, StepOwners owners,
            GeneratedReports generated) {
        this.owners = owners;
        this.generated = generated;
        this.verifier = verifier;
        this.signers = signers;
        this.evidence = evidence;
        this.campaigns = campaigns;
        this.registers = registers;
        this.history = history;
        this.runtime = runtime;
        this.identity = identity;
    }

    EvidenceDocument accept(String processInstanceId, ReportKind kind, byte[] pdf, String uploader) {
        owners.requireOwner(processInstanceId, stepOf(kind), "tải lên " + kind.title() + " đã ký");
        Map<String, Object> variables = variables(processInstanceId);
        String unitCode = (String) variables.get(UNIT_CODE);
        CampaignConfig campaign = campaigns.get((String) variables.get(CAMPAIGN_ID));
        String signingUnit = signingUnit(kind, unitCode, variables, campaign);
        // The signer signs with the name his unit had when the campaign opened.
        SignerRule rule = signers.isConfigured(signingUnit) ? signers.ruleFor(signingUnit,
                registers.of(campaign.id()).get(signingUnit).name()) : SignerRule.ANYONE;
        DocumentReport report = verifier.verify(pdf, rule);
        if (report.signatures().isEmpty()) {
            throw new RefusedException("Tệp PDF chưa được ký số: hãy tải lên " + kind.title() + " đã ký.");
        }
        if (report.indication() == Indication.TOTAL_FAILED) {
            throw new RefusedException("Chữ ký số của " + kind.title() + " không hợp lệ. " + report.report());
        }
        if (!generated.isSignedCopyOfGenerated(processInstanceId, kind, pdf)) {
            throw new RefusedException("Tệp đã ký không phải là " + kind.title() + " do DXFlow tạo cho hồ sơ này: hãy "
                    + "tải báo cáo về từ biểu mẫu, ký số mà không sửa nội dung, rồi tải lên tệp đã ký.");
        }
        if (report.indication() == Indication.INDETERMINATE
                && campaign.indeterminateSignatures() == CampaignConfig.IndeterminateSignatures.REFUSE) {
            throw new RefusedException("Chưa xác minh được chữ ký số của " + kind.title() + ", và đợt đánh giá này chỉ "
                    + "nhận báo cáo có chữ ký đã xác minh. " + report.report());
        }
        // Each steering member files his own opinion.
        String name = kind == ReportKind.MAU_03 ? kind.title() + " - " + uploader : kind.title();
        EvidenceDocument stored = evidence.storeReport(unitCode, campaign.year(), name + ".pdf", pdf, uploader,
                report.indication().name(), report.subIndication() == null ? null : report.subIndication().name(),
                report.report());
        SystemActions.asSystem(identity, () -> {
            if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
                runtime.setVariable(processInstanceId, "signedReport_" + kind.name()
                        + (kind == ReportKind.MAU_03 ? "_" + uploader : ""),
                        stored.cmisObjectId() + " sha256:" + stored.sha256());
            }
            return null;
        });
        return stored;
    }

    /** The step that produces each kind of report, whose holder files it signed. */
    static StepOwners.Step stepOf(ReportKind kind) {
        return switch (kind) {
            case MAU_01 -> StepOwners.Step.SELF_ASSESSMENT;
            case MAU_02 -> StepOwners.Step.APPRAISAL;
            case MAU_03 -> StepOwners.Step.OPINION;
            case MAU_04 -> StepOwners.Step.VERIFICATION;
            case QUYET_DINH -> StepOwners.Step.DECISION;
            case KHONG_CONG_NHAN -> StepOwners.Step.REFUSAL_NOTICE;
            case SYNTHESIS -> throw new IllegalArgumentException("The synthesis is not filed for one assessment");
        };
    }

    /** Who must sign each kind: the unit itself (Mẫu 01), the appraising (02), verifying (04) or recognising unit. */
    private static String signingUnit(ReportKind kind, String unitCode, Map<String, Object> variables,
            CampaignConfig campaign) {
        return switch (kind) {
            case MAU_01 -> unitCode;
            case MAU_02 -> unitOfGroup(variables.get(APPRAISAL_GROUP));
            case MAU_04 -> unitOfGroup(variables.get(VERIFICATION_GROUP));
            case QUYET_DINH, KHONG_CONG_NHAN -> unitOfGroup(variables.get(RECOGNITION_GROUP));
            case MAU_03, SYNTHESIS -> campaign.provinceCode();
        };
    }

    private static String unitOfGroup(Object groupId) {
        return Role.parseGroupId(String.valueOf(groupId)).map(Role.Membership::unitCode)
                .orElseThrow(() -> new IllegalStateException("Not a DXFlow group: " + groupId));
    }

    private Map<String, Object> variables(String processInstanceId) {
        Map<String, Object> found = new HashMap<>();
        SystemActions.asSystem(identity, () -> history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(processInstanceId)
                .variableNameIn(UNIT_CODE, CAMPAIGN_ID, APPRAISAL_GROUP, VERIFICATION_GROUP, RECOGNITION_GROUP).list())
                .forEach(variable -> found.put(variable.getName(), variable.getValue()));
        return found;
    }
}
