package vn.dxflow;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** What the job executor (off in tests) would do right after a completion: the instance's asynchronous steps. */
public final class AsyncSteps {

    private AsyncSteps() {
    }

    public static void run(ManagementService management, String processInstanceId) {
        for (Job job = next(management, processInstanceId); job != null; job = next(management, processInstanceId)) {
            management.executeJob(job.getId());
        }
    }

    private static Job next(ManagementService management, String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId).messages().executable().list()
                .stream().findFirst().orElse(null);
    }
}
