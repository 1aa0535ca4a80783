package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.dxflow.security.SystemActions;

/**
 * The steering-committee members' opinions on one assessment (Mẫu 03), from the history: each member's task keeps
 * its own (local) opinion variables. Read past the caller's authorizations; callers check access to the unit.
 */
@Component
public class Opinions {

    /** One member's written opinion: DAT_YEU_CAU or KHONG_DAT_YEU_CAU, and the remark. */
    public record Opinion(String member, String memberName, String opinion, String remark, Date givenAt) {
    }

    private final HistoryService history;
    private final IdentityService identity;

    Opinions(HistoryService history, IdentityService identity) {
        this.history = history;
        this.identity = identity;
    }

    /** The opinions given so far, oldest first. */
    public List<Opinion> of(String processInstanceId) {
        return SystemActions.asSystem(identity, () -> history.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).taskDefinitionKey(UnitAssessmentProcess.Elements.GIVE_OPINION)
                .finished().orderByHistoricTaskInstanceEndTime().asc().list().stream()
                .map(task -> {
                    Map<String, Object> local = new HashMap<>();
                    history.createHistoricVariableInstanceQuery().activityInstanceIdIn(task.getActivityInstanceId())
                            .variableNameIn(OPINION, OPINION_REMARK).list()
                            .forEach(variable -> local.put(variable.getName(), variable.getValue()));
                    User user = identity.createUserQuery().userId(task.getAssignee()).singleResult();
                    return new Opinion(task.getAssignee(),
                            user == null ? task.getAssignee() : (user.getFirstName() + " " + user.getLastName()).strip(),
                            (String) local.get(OPINION), (String) local.get(OPINION_REMARK), task.getEndTime());
                })
                .toList());
    }
}
