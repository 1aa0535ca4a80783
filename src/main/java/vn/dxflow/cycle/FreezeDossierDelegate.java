package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.dxflow.evidence.DossierSeal;
import vn.dxflow.evidence.EvidenceStore;

/**
 * Freezes the unit's evidence at submission (BRIEF section 4) and keeps, as a process variable, the reference and
 * SHA-256 of every document: any later change is detectable against the process's own record.
 */
@Component("freezeDossier")
class FreezeDossierDelegate implements JavaDelegate {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EvidenceStore evidence;
    private final Campaigns campaigns;

    FreezeDossierDelegate(EvidenceStore evidence, Campaigns campaigns) {
        this.evidence = evidence;
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        int year = campaigns.get((String) execution.getVariable(CAMPAIGN_ID)).year();
        String actor = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
                ? "system" : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
        DossierSeal seal = evidence.freeze((String) execution.getVariable(UNIT_CODE), year, actor);
        List<Map<String, String>> documents = seal.documents().stream()
                .map(d -> Map.of("id", d.id(), "criterion", d.criterion(), "cmisObjectId", d.cmisObjectId(), "sha256", d.sha256()))
                .toList();
        // A small JSON file rather than a string: Camunda's string column holds 4,000 characters, a few dozen documents.
        execution.setVariable(DOSSIER_DOCUMENTS, Variables.fileValue("ho-so-minh-chung.json")
                .file(JSON.writeValueAsBytes(documents)).mimeType("application/json").encoding("UTF-8").create());
    }
}
