package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dxflow.catalog.Catalog;
import vn.dxflow.catalog.Catalogs;
import vn.dxflow.security.SystemActions;
import vn.dxflow.security.UnitAccess;

/**
 * The levels a unit was recognized at in earlier campaigns, newest first: the registration form shows last
 * year's next to the level the unit registers now.
 */
@RestController
class RecognitionHistoryController {

    /** {@code level} and {@code levelName} are null for pass/fail catalogs. */
    record Recognition(String campaignId, int year, Integer level, String levelName) {
    }

    private final HistoryService history;
    private final IdentityService identity;
    private final UnitAccess access;
    private final Campaigns campaigns;
    private final Catalogs catalogs;

    RecognitionHistoryController(HistoryService history, IdentityService identity, UnitAccess access,
            Campaigns campaigns, Catalogs catalogs) {
        this.history = history;
        this.identity = identity;
        this.access = access;
        this.campaigns = campaigns;
        this.catalogs = catalogs;
    }

    @GetMapping("/api/units/{code}/recognitions")
    List<Recognition> recognitions(@PathVariable String code) {
        access.requireAccess(code);
        // Past the caller's authorizations: an officer sees the current year's instance only, and access to the
        // unit has just been checked.
        return SystemActions.asSystem(identity, () -> history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(UnitAssessmentProcess.KEY).finished()
                .variableValueEquals(UNIT_CODE, code)
                .variableValueEquals(OUTCOME, UnitAssessmentProcess.Outcome.RECOGNIZED.name())
                .list().stream().map(this::recognition)
                .filter(recognition -> recognition != null)
                .sorted(Comparator.comparingInt(Recognition::year).reversed())
                .toList());
    }

    private Recognition recognition(HistoricProcessInstance instance) {
        Map<String, Object> variables = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableNameIn(CAMPAIGN_ID, CATALOG_ID, RECOGNIZED_LEVEL).list()) {
            variables.put(variable.getName(), variable.getValue());
        }
        var campaign = campaigns.find((String) variables.get(CAMPAIGN_ID));
        if (campaign.isEmpty()) {
            return null;   // a campaign whose file was removed: its year is unknown
        }
        Catalog catalog = catalogs.get((String) variables.get(CATALOG_ID));
        Integer level = catalog.graded() && variables.get(RECOGNIZED_LEVEL) instanceof Number n ? n.intValue() : null;
        Catalog.Level named = level == null ? null : catalog.levels().get(level);
        return new Recognition(campaign.get().id(), campaign.get().year(), level, named == null ? null : named.name());
    }
}
