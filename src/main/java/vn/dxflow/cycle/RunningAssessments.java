package vn.dxflow.cycle;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.dxflow.catalog.CatalogUsage;

/** A catalog is in use while an assessment that scores with it is still running. */
@Component
class RunningAssessments implements CatalogUsage {

    private final RuntimeService runtime;

    RunningAssessments(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public boolean inUse(String catalogId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(UnitAssessmentProcess.KEY)
                .variableValueEquals(UnitAssessmentProcess.Variables.CATALOG_ID, catalogId).count() > 0;
    }
}
