package vn.dxflow.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The element diff between two versions, on the shipped UnitAssessment model, without an engine. */
class ModelDiffTest {

    private static final String MODEL = AdminApi.bundled("UnitAssessment");

    @Test
    void movingShapesOrReorderingAttributesIsNoChange() {
        String moved = MODEL.replaceFirst("<dc:Bounds x=\"(\\d+)\"", "<dc:Bounds x=\"9$1\"")
                .replace("<bpmn:userTask id=\"UserTask_Appraise\" name=\"Thẩm định hồ sơ\"",
                        "<bpmn:userTask name=\"Thẩm định hồ sơ\" id=\"UserTask_Appraise\"");
        assertThat(moved).isNotEqualTo(MODEL);
        assertThat(ModelDiff.between(MODEL, moved)).isEmpty();
    }

    @Test
    void aNestedSettingChangesItsElement() {
        String changed = MODEL.replace("<camunda:constraint name=\"max\" config=\"5\"/>",
                "<camunda:constraint name=\"max\" config=\"4\"/>");
        assertThat(ModelDiff.between(MODEL, changed)).extracting(ModelDiff.Change::elementId)
                .containsExactlyInAnyOrder("UserTask_Register", "UserTask_RegisterLate", "UserTask_Recognize");
    }

    @Test
    void addedAndRemovedElementsAreNamed() {
        String changed = MODEL.replace("\"UserTask_Verify\"", "\"UserTask_Check\"");
        List<ModelDiff.Change> changes = ModelDiff.between(MODEL, changed);
        assertThat(changes).contains(
                new ModelDiff.Change(ModelDiff.Kind.REMOVED, "UserTask_Verify", "userTask", "Thẩm tra (Mẫu 04)"),
                new ModelDiff.Change(ModelDiff.Kind.ADDED, "UserTask_Check", "userTask", "Thẩm tra (Mẫu 04)"));
        // The flows into and out of the renamed task changed their ends.
        assertThat(changes).filteredOn(c -> c.kind() == ModelDiff.Kind.CHANGED)
                .allMatch(c -> c.type().equals("sequenceFlow") || c.type().equals("boundaryEvent"));
    }
}
