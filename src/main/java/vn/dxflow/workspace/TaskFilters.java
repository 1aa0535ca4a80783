package vn.dxflow.workspace;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dxflow.cluster.ClusterLocks;

/**
 * The Tasklist filters every official starts with: my unit's (Tasklist opens on it), mine, due within three days,
 * overdue, and everything the user may see (Camunda's "all tasks", created here instead of by the starter so that
 * every filter has a priority, which orders them and picks the first). Each is evaluated for the user who opens it (Camunda's {@code currentUser()} and
 * {@code currentUserGroups()}), so one shared filter serves every role; everyone may read filters
 * (org/IdentitySync). Created once by name: a filter an administrator changed or removed is left as he made it.
 */
@Component
class TaskFilters {

    private static final Logger log = LoggerFactory.getLogger(TaskFilters.class);
    private static final String MY_GROUPS = "${currentUserGroups()}";
    private static final String NOW = "${now()}";

    private record Definition(String name, int priority, String description, TaskQuery query) {
    }

    private final FilterService filters;
    private final TaskService tasks;
    private final ClusterLocks locks;

    TaskFilters(FilterService filters, TaskService tasks, ClusterLocks locks) {
        this.filters = filters;
        this.tasks = tasks;
        this.locks = locks;
    }

    @EventListener(PostDeployEvent.class)
    void createMissing() {
        locks.exclusive("task-filters", () -> {
            for (Definition definition : definitions()) {
                if (filters.createFilterQuery().filterName(definition.name()).count() == 0) {
                    filters.saveFilter(filters.newTaskFilter(definition.name()).setQuery(definition.query())
                            .setProperties(Map.of("priority", definition.priority(), "description",
                                    definition.description())));
                    log.info("Tasklist filter created: {}", definition.name());
                }
            }
            return null;
        });
    }

    private List<Definition> definitions() {
        return List.of(
                // First, so Tasklist opens on it: the work of the user's groups, claimed or not.
                new Definition("Việc của đơn vị", -40, "Công việc của các nhóm mà tôi là thành viên, kể cả việc đã có người nhận",
                        unitTasks()),
                new Definition("Việc của tôi", -30, "Công việc tôi đã nhận hoặc được giao riêng (ý kiến thành viên Ban Chỉ đạo)",
                        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
                new Definition("Sắp đến hạn", -20, "Công việc của đơn vị đến hạn trong 3 ngày tới",
                        unitTasks().dueAfterExpression(NOW).dueBeforeExpression("${dateTime().plusDays(3).toDate()}")),
                new Definition("Quá hạn", -10, "Công việc của đơn vị đã quá hạn xử lý",
                        unitTasks().dueBeforeExpression(NOW)),
                new Definition("Tất cả công việc", 0, "Mọi công việc tôi được xem", tasks.createTaskQuery()));
    }

    private TaskQuery unitTasks() {
        return tasks.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks();
    }
}
