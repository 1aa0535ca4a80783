package vn.dxflow.cycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import vn.dxflow.engine.EveryUserTask;

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
        EveryUserTask.listen(configuration, TaskListener.EVENTNAME_COMPLETE, RECORD_AUTHOR);
    }
}
