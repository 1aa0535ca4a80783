package vn.dxflow.admin;

import java.util.Date;

/** One deployed version of a process: who deployed it, when, how (editor, upload, rollback, application start). */
record ModelVersion(String processKey, int version, String definitionId, String deploymentId, String deploymentName,
        Date deployedAt, String deployedBy, long runningInstances) {
}
