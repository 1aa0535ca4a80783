package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidator;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorContext;
import org.springframework.stereotype.Component;

/**
 * Server-side check of the recognition form: a unit can be recognized at the level the appraisal computed or
 * lower, never higher (the appraised values decide, BRIEF section 3).
 */
@Component("recognitionLevelValidator")
class RecognitionLevelValidator implements FormFieldValidator {

    @Override
    public boolean validate(Object submittedValue, FormFieldValidatorContext context) {
        Object decision = context.getSubmittedValues().get(RECOGNITION_DECISION);
        Object computed = context.getExecution().getVariable(COMPUTED_LEVEL);
        if (!UnitAssessmentProcess.Values.RECOGNIZED.equals(decision) || !(computed instanceof Number max)) {
            return true;
        }
        return submittedValue instanceof Number level && level.intValue() >= 1 && level.intValue() <= max.intValue();
    }
}
