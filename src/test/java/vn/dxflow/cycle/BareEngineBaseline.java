package vn.dxflow.cycle;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * The baseline of the campaign benchmark: a bare Camunda 7 engine (no DXFlow, job executor off, history full) on a
 * database of the same kind, running start → user task → end. Prints nothing; returns CPU seconds per instance.
 */
final class BareEngineBaseline {

    private BareEngineBaseline() {
    }

    /** CPU seconds of this JVM per instance started and completed, after a warm-up of the same size. */
    static double cpuPerInstance(String jdbcUrl, String user, String password, int instances) {
        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(jdbcUrl).setJdbcUsername(user).setJdbcPassword(password)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false)
                .setProcessEngineName("bare-baseline")
                .buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().addModelInstance("bare.bpmn",
                    Bpmn.createExecutableProcess("bare").camundaHistoryTimeToLive(1)
                            .startEvent().userTask("task").endEvent().done()).deploy();
            run(engine, instances);
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu = os.getProcessCpuTime();
            run(engine, instances);
            return (os.getProcessCpuTime() - cpu) / 1e9 / instances;
        } finally {
            engine.close();
        }
    }

    private static void run(ProcessEngine engine, int instances) {
        TaskService tasks = engine.getTaskService();
        for (int i = 0; i < instances; i++) {
            String id = engine.getRuntimeService().startProcessInstanceByKey("bare", "bare-" + i).getId();
            Task task = tasks.createTaskQuery().processInstanceId(id).singleResult();
            tasks.complete(task.getId());
        }
    }
}
