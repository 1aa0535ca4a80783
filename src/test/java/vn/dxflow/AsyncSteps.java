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

    /** Only the asynchronous steps whose priority is above the given one, as a busy job executor would. */
    public static void runAbove(ManagementService management, String processInstanceId, long priority) {
        for (Job job = next(management, processInstanceId, priority + 1); job != null;
                job = next(management, processInstanceId, priority + 1)) {
            management.executeJob(job.getId());
        }
    }

    private static Job next(ManagementService management, String processInstanceId) {
        return next(management, processInstanceId, Long.MIN_VALUE);
    }

    private static Job next(ManagementService management, String processInstanceId, long minPriority) {
        return management.createJobQuery().processInstanceId(processInstanceId).messages().executable()
                .priorityHigherThanOrEquals(minPriority).list().stream().findFirst().orElse(null);
    }
}
