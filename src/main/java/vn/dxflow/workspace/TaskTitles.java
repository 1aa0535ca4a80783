package vn.dxflow.workspace;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.dxflow.cycle.UnitAssessmentProcess;

/**
 * Every task names its dossier: "Thẩm định hồ sơ · Xã Bảo Yên (02947) · năm 2026" instead of the step alone, so
 * that a list of 99 appraisals tells them apart and Tasklist's search by task name finds a unit by name or code.
 * The models keep the step's name (readable in Camunda Modeler); the dossier is added when the task is created.
 */
@Component
class TaskTitles extends AbstractProcessEnginePlugin {

    static final String SEPARATOR = " · ";

    /** Lazily: the titles read campaigns and registers, which need the engine this plugin configures. */
    private final ObjectProvider<DossierTitles> titles;

    TaskTitles(ObjectProvider<DossierTitles> titles) {
        this.titles = titles;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        TaskListener nameDossier = this::nameDossier;
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, nameDossier);
            }
        });
    }

    private void nameDossier(DelegateTask task) {
        if (!(task.getVariable(UnitAssessmentProcess.Variables.CAMPAIGN_ID) instanceof String campaignId) || task.getName() == null) {
            return;
        }
        String unitCode = task.getVariable(UnitAssessmentProcess.Variables.UNIT_CODE) instanceof String code ? code : null;
        titles.getObject().of(campaignId, unitCode).ifPresent(dossier -> task.setName(task.getName() + SEPARATOR + dossier));
    }
}
