package vn.dxflow.notification;

import java.util.Collection;

/**
 * One thing to tell: to every member of the groups and to the users named, once per {@code dedupKey} and user
 * (a retried step announces nothing twice). {@code link} is a path of DXFlow, made absolute with the public
 * address for e-mail.
 */
public record Message(NotificationKind kind, String dedupKey, Collection<String> groupIds, Collection<String> userIds,
        String subject, String body, String link) {

    /**
     * Where Tasklist opens one task. The query before the fragment makes the link load the page afresh even from
     * within Tasklist: a mere change of fragment would let Tasklist switch to its first filter and drop the task.
     */
    public static String taskLink(String taskId) {
        return "/camunda/app/tasklist/default/?task=" + taskId + "#/?task=" + taskId;
    }
}
