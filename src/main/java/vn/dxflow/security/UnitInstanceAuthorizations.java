package vn.dxflow.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import vn.dxflow.org.UnitAccessRule;

/**
 * Makes every process instance that carries a {@value UnitAccess#UNIT_CODE_VARIABLE} variable visible to exactly the groups that
 * may see that unit (see {@link UnitAccessRule}). Added to every deployed process by a parse listener, so no
 * model can forget it; tasks are covered separately by Camunda's candidate-group permissions.
 */
@Component
class UnitInstanceAuthorizations extends AbstractProcessEnginePlugin {

    private final UnitAccessRule rule;

    UnitInstanceAuthorizations(UnitAccessRule rule) {
        this.rule = rule;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) this::grant);
            }

            private void grant(DelegateExecution execution) {
                Object unitCode = execution.getVariable(UnitAccess.UNIT_CODE_VARIABLE);
                if (unitCode == null) {
                    return;
                }
                grantRead(execution.getProcessInstanceId(), rule.groupsWithAccessTo(unitCode.toString(),
                        UnitAccess.campaignOpened(execution.getVariable(UnitAccess.CAMPAIGN_OPENED_VARIABLE))));
            }
        });
    }

    private static void grantRead(String processInstanceId, List<String> groups) {
        var configuration = Context.getProcessEngineConfiguration();
        AuthorizationService authorizations = configuration.getAuthorizationService();
        Context.getCommandContext().runWithoutAuthorization(() -> {
            for (String group : groups) {
                save(authorizations, group, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
                if (configuration.isEnableHistoricInstancePermissions()) {
                    save(authorizations, group, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
                            HistoricProcessInstancePermissions.READ);
                }
            }
            return null;
        });
    }

    private static void save(AuthorizationService authorizations, String group, Resource resource, String id,
            Permission permission) {
        Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        auth.setGroupId(group);
        auth.setResource(resource);
        auth.setResourceId(id);
        auth.addPermission(permission);
        authorizations.saveAuthorization(auth);
    }
}
