package vn.dxflow.admin;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;
import vn.dxflow.cycle.ProvinceCampaignProcess;
import vn.dxflow.cycle.UnitAssessmentProcess;

/**
 * The element ids that DXFlow's code relies on, per process key, read by reflection from the constants of the
 * backing classes' {@code Elements}: a constant added there is checked here without anyone remembering to.
 */
final class RequiredElements {

    private static final Map<String, Class<?>> BACKING = Map.of(
            UnitAssessmentProcess.KEY, UnitAssessmentProcess.Elements.class,
            ProvinceCampaignProcess.KEY, ProvinceCampaignProcess.Elements.class);

    private RequiredElements() {
    }

    /** Element id → the constant that names it (for the message), empty for a process DXFlow's code ignores. */
    static Map<String, String> of(String processKey) {
        Class<?> elements = BACKING.get(processKey);
        Map<String, String> ids = new TreeMap<>();
        if (elements == null) {
            return ids;
        }
        for (Field field : elements.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                ids.put(constant(field), elements.getEnclosingClass().getSimpleName() + ".Elements." + field.getName());
            }
        }
        return ids;
    }

    private static String constant(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Public constant not readable: " + field, e);
        }
    }
}
