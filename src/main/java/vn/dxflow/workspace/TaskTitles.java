package vn.dxflow.workspace;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dxflow.engine.EveryUserTask;
import vn.dxflow.cycle.DossierTitles;
import vn.dxflow.cycle.UnitAssessmentProcess;

/**
 * Every task names its dossier: "Thẩm định hồ sơ · Xã Bảo Yên (02947) · năm 2026" instead of the step alone, so
 * that a list of 99 appraisals tells them apart and Tasklist's search by task name finds a unit by name or code.
 * The models keep the step's name (readable in Camunda Modeler); the dossier is added when the task is created,
 * before the task is announced (notification/TaskNotifications comes later).
 */
@Component
@Order(1)
class TaskTitles extends AbstractProcessEnginePlugin {

    static final String SEPARATOR = " · ";
    private static final int NAME_COLUMN = 255;

    /** Lazily: the titles read campaigns and registers, which need the engine this plugin configures. */
    private final ObjectProvider<DossierTitles> titles;

    TaskTitles(ObjectProvider<DossierTitles> titles) {
        this.titles = titles;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EveryUserTask.listen(configuration, TaskListener.EVENTNAME_CREATE, this::nameDossier);
    }

    private void nameDossier(DelegateTask task) {
        if (!(task.getVariable(UnitAssessmentProcess.Variables.CAMPAIGN_ID) instanceof String campaignId) || task.getName() == null) {
            return;
        }
        String unitCode = task.getVariable(UnitAssessmentProcess.Variables.UNIT_CODE) instanceof String code ? code : null;
        titles.getObject().of(campaignId, unitCode).ifPresent(dossier -> task.setName(fitted(task.getName() + SEPARATOR + dossier)));
    }

    /** The engine's task name column holds 255 characters; a longer name would fail the step that creates the task. */
    static String fitted(String name) {
        return name.length() <= NAME_COLUMN ? name : name.substring(0, NAME_COLUMN - 1) + "…";
    }
}
