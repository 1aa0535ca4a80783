package vn.dxflow.admin;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * Checks a model before deployment and says, in Vietnamese, what to fix: the XML (no DOCTYPE, see
 * {@link SafeXml}), BPMN 2.0 schema, one executable process, the element ids of the backing class, candidate
 * groups and a form on every user task, timers that the campaign calendars can resolve, and nothing executable but
 * DXFlow's own steps ({@link ExecutableContent}).
 */
@Component
class ModelValidator {

    /** A model that passed: its process key and name. */
    record ValidModel(String processKey, String processName) {
    }

    private final TimerCheck timers;
    private final ExecutableContent content;

    ModelValidator(TimerCheck timers, ExecutableContent content) {
        this.timers = timers;
        this.content = content;
    }

    /** The model, or {@link RefusedException} with every problem found. */
    ValidModel validate(byte[] xml) {
        org.w3c.dom.Document document = SafeXml.parse(xml);
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
        } catch (ModelException e) {
            throw new RefusedException(List.of(Problem.ofModel("Tệp không đúng lược đồ BPMN 2.0: "
                    + rootMessage(e) + " Hãy mở và lưu lại bằng Camunda Modeler (Camunda 7).")));
        }
        List<Process> executable = model.getModelElementsByType(Process.class).stream()
                .filter(Process::isExecutable).toList();
        if (executable.size() != 1) {
            throw new RefusedException(List.of(Problem.ofModel("Mô hình phải có đúng một quy trình được "
                    + "đánh dấu thực thi (Executable), tệp này có " + executable.size() + ".")));
        }
        Process process = executable.get(0);
        List<Problem> problems = new ArrayList<>(content.problems(document));
        requiredElements(model, process.getId(), problems);
        model.getModelElementsByType(UserTask.class).forEach(task -> userTask(task, problems));
        model.getModelElementsByType(TimerEventDefinition.class).forEach(timer -> timer(timer, problems));
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        return new ValidModel(process.getId(), process.getName());
    }

    private static void requiredElements(BpmnModelInstance model, String processKey, List<Problem> problems) {
        for (Map.Entry<String, String> required : RequiredElements.of(processKey).entrySet()) {
            if (model.getModelElementById(required.getKey()) == null) {
                problems.add(new Problem(required.getKey(), "Thiếu phần tử có mã (ID) '" + required.getKey()
                        + "': mã nguồn DXFlow dùng đến nó (" + required.getValue() + "). Hãy khôi phục phần tử "
                        + "này hoặc đặt lại đúng mã cho phần tử thay thế."));
            }
        }
    }

    private void userTask(UserTask task, List<Problem> problems) {
        String label = "Công việc '" + (task.getName() == null ? task.getId() : task.getName()) + "' (" + task.getId() + ")";
        boolean perMember = task.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics
                && !isBlank(task.getCamundaAssignee());
        if (isBlank(task.getCamundaCandidateGroups()) && !perMember) {
            problems.add(new Problem(task.getId(), label + " chưa có nhóm thực hiện: hãy nhập Candidate groups, "
                    + "ví dụ ${officerGroup}. Chỉ công việc nhiều phiên bản (multi-instance) cho ý kiến mới được "
                    + "giao từng người qua Assignee."));
        }
        boolean hasForm = !isBlank(task.getCamundaFormKey()) || !isBlank(task.getCamundaFormRef())
                || (task.getExtensionElements() != null && !task.getExtensionElements()
                        .getChildElementsByType(CamundaFormData.class).isEmpty());
        if (!hasForm) {
            problems.add(new Problem(task.getId(), label + " chưa có biểu mẫu: hãy nhập Form key "
                    + "(embedded:deployment:forms/….html) hoặc khai báo các trường biểu mẫu (Form fields)."));
        }
        optionalDate(task.getId(), task.getCamundaDueDate(), problems);
        optionalDate(task.getId(), task.getCamundaFollowUpDate(), problems);
    }

    private void timer(TimerEventDefinition timer, List<Problem> problems) {
        ModelElementInstance parent = timer.getParentElement();
        String elementId = parent instanceof BaseElement event ? event.getId() : timer.getId();
        if (timer.getTimeDate() != null) {
            timers.check(elementId, "timeDate", timer.getTimeDate().getTextContent(), problems);
        } else if (timer.getTimeDuration() != null) {
            timers.check(elementId, "timeDuration", timer.getTimeDuration().getTextContent(), problems);
        } else if (timer.getTimeCycle() != null) {
            timers.check(elementId, "timeCycle", timer.getTimeCycle().getTextContent(), problems);
        } else {
            timers.check(elementId, "timeDate", null, problems);
        }
    }

    /** Due and follow-up dates are optional, but when set they are computed like timers. */
    private void optionalDate(String taskId, String value, List<Problem> problems) {
        if (!isBlank(value)) {
            timers.check(taskId, "dueDate", value, problems);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
