package vn.dxflow.cycle;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Makes the person who completes a task its assignee, so the history names the author and time of every
 * decision (accept or refuse a late dossier, appraise, recognize) even when the task was completed straight
 * from a candidate group without being claimed.
 */
@Component
class DecisionAuthors extends AbstractProcessEnginePlugin {

    private static final TaskListener RECORD_AUTHOR = (DelegateTask task) -> {
        String userId = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
                : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
        if (task.getAssignee() == null && userId != null) {
            task.setAssignee(userId);
        }
    };

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, RECORD_AUTHOR);
            }
        });
    }
}
