package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dxflow.catalog.Appraisal;
import vn.dxflow.catalog.CriterionValue;
import vn.dxflow.catalog.ScoringService;
import vn.dxflow.security.SystemActions;
import vn.dxflow.security.UnitAccess;

/**
 * The criterion values of one unit's assessment: the unit enters them while it self-assesses (or supplements),
 * the council while it appraises, the department while it verifies; anyone who may see the unit reads them all,
 * scored side by side.
 */
@RestController
@RequestMapping("/api/assessments/{processInstanceId}")
class AssessmentController {

    /**
     * @param verified     the values the department saved (empty until it saves: it then confirms the appraised ones)
     * @param verification the appraised values and the verified ones (or the appraised again) scored side by side
     * @param serverTime   the engine's clock, which decides lateness, for the forms' countdowns
     */
    record AssessmentView(String unitCode, String campaignId, String catalogId, Integer targetLevel,
            Map<String, CriterionValue> selfAssessed, Map<String, CriterionValue> appraised,
            Map<String, CriterionValue> verified, Appraisal result, Appraisal verification,
            java.time.Instant serverTime) {
    }

    private final HistoryService history;
    private final IdentityService identity;
    private final UnitAccess access;
    private final StepOwners owners;
    private final AssessmentValues values;
    private final ScoringService scoring;
    private final Opinions opinions;

    AssessmentController(HistoryService history, IdentityService identity, UnitAccess access, StepOwners owners,
            AssessmentValues values, ScoringService scoring, Opinions opinions) {
        this.opinions = opinions;
        this.history = history;
        this.owners = owners;
        this.identity = identity;
        this.access = access;
        this.values = values;
        this.scoring = scoring;
    }

    @GetMapping
    ResponseEntity<?> get(@PathVariable String processInstanceId) {
        Map<String, Object> variables = variablesOf(processInstanceId);
        if (variables.isEmpty()) {
            return notFound();
        }
        access.requireAccessInCampaign((String) variables.get(UNIT_CODE), (String) variables.get(CAMPAIGN_ID));
        String catalogId = (String) variables.get(CATALOG_ID);
        Integer target = variables.get(TARGET_LEVEL) instanceof Number n ? n.intValue() : null;
        var self = values.load(processInstanceId, AssessmentValues.Source.SELF_ASSESSED);
        var appraised = values.load(processInstanceId, AssessmentValues.Source.APPRAISED);
        var verified = values.load(processInstanceId, AssessmentValues.Source.VERIFIED);
        return ResponseEntity.ok(new AssessmentView((String) variables.get(UNIT_CODE), (String) variables.get(CAMPAIGN_ID),
                catalogId, target, self, appraised, verified, scoring.appraise(catalogId, target, self, appraised),
                scoring.appraise(catalogId, target, appraised, verified.isEmpty() ? appraised : verified),
                ClockUtil.getCurrentTime().toInstant()));
    }

    /** The opinions given so far, oldest first (Mẫu 03), for whoever decides the recognition. */
    @GetMapping("/opinions")
    ResponseEntity<?> opinions(@PathVariable String processInstanceId) {
        Map<String, Object> variables = variablesOf(processInstanceId);
        if (variables.isEmpty()) {
            return notFound();
        }
        access.requireAccessInCampaign((String) variables.get(UNIT_CODE), (String) variables.get(CAMPAIGN_ID));
        return ResponseEntity.ok(opinions.of(processInstanceId));
    }

    @PutMapping("/self-assessed")
    ResponseEntity<?> saveSelfAssessed(@PathVariable String processInstanceId, @RequestBody Map<String, CriterionValue> body) {
        return save(processInstanceId, body, AssessmentValues.Source.SELF_ASSESSED, StepOwners.Step.SELF_ASSESSMENT);
    }

    @PutMapping("/appraised")
    ResponseEntity<?> saveAppraised(@PathVariable String processInstanceId, @RequestBody Map<String, CriterionValue> body) {
        return save(processInstanceId, body, AssessmentValues.Source.APPRAISED, StepOwners.Step.APPRAISAL);
    }

    @PutMapping("/verified")
    ResponseEntity<?> saveVerified(@PathVariable String processInstanceId, @RequestBody Map<String, CriterionValue> body) {
        return save(processInstanceId, body, AssessmentValues.Source.VERIFIED, StepOwners.Step.VERIFICATION);
    }

    private ResponseEntity<?> save(String processInstanceId, Map<String, CriterionValue> body,
            AssessmentValues.Source source, StepOwners.Step step) {
        Map<String, Object> variables = variablesOf(processInstanceId);
        if (variables.isEmpty()) {
            return notFound();
        }
        access.requireAccessInCampaign((String) variables.get(UNIT_CODE), (String) variables.get(CAMPAIGN_ID));
        // The role and the moment, even for administrators.
        owners.requireOwner(processInstanceId, step, "nhập số liệu này");
        scoring.evaluate((String) variables.get(CATALOG_ID), null, body);
        values.save(processInstanceId, source, body, access.currentUser().userId());
        return ResponseEntity.noContent().build();
    }

    /** The instance's variables, looked up past the caller's authorizations so that 403 and 404 can be told apart. */
    private Map<String, Object> variablesOf(String processInstanceId) {
        Map<String, Object> found = new java.util.HashMap<>();
        SystemActions.asSystem(identity, () -> history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(processInstanceId).variableNameIn(UNIT_CODE, CAMPAIGN_ID, CATALOG_ID, TARGET_LEVEL)
                .list()).forEach(variable -> found.put(variable.getName(), variable.getValue()));
        return found.containsKey(UNIT_CODE) && found.containsKey(CATALOG_ID) ? found : Map.of();
    }

    private static ResponseEntity<Map<String, String>> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "Không tìm thấy hồ sơ đánh giá."));
    }
}
