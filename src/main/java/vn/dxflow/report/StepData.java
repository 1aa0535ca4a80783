package vn.dxflow.report;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dxflow.catalog.Catalogs;
import vn.dxflow.catalog.CriterionValue;
import vn.dxflow.catalog.ScoringService;
import vn.dxflow.cycle.AssessmentValues;
import vn.dxflow.cycle.StepResult;
import vn.dxflow.cycle.StepResults;

/**
 * The values of each step of an assessment for its reports: the stored result when the step is completed (so a
 * report says what happened, whatever has changed since), else the current values scored live (a draft).
 */
@Component
class StepData {

    private final StepResults results;
    private final AssessmentValues values;
    private final Catalogs catalogs;
    private final ScoringService scoring;

    StepData(StepResults results, AssessmentValues values, Catalogs catalogs, ScoringService scoring) {
        this.results = results;
        this.values = values;
        this.catalogs = catalogs;
        this.scoring = scoring;
    }

    Scored selfAssessed(Facts facts) {
        return stored(facts, StepResult.Step.SELF_ASSESSMENT, AssessmentValues.Source.SELF_ASSESSED);
    }

    Scored appraised(Facts facts) {
        return stored(facts, StepResult.Step.APPRAISAL, AssessmentValues.Source.APPRAISED);
    }

    /** The verified values; a draft without saved ones shows the appraised values the department would confirm. */
    Scored verified(Facts facts) {
        String id = facts.record().processInstanceId();
        return results.latest(id, StepResult.Step.VERIFICATION).map(this::of).orElseGet(() -> {
            Map<String, CriterionValue> verified = values.load(id, AssessmentValues.Source.VERIFIED);
            return live(facts, verified.isEmpty() ? values.load(id, AssessmentValues.Source.APPRAISED) : verified);
        });
    }

    /** The recognition's stored result, if the step is done. */
    java.util.Optional<Scored> recognition(Facts facts) {
        return results.latest(facts.record().processInstanceId(), StepResult.Step.RECOGNITION).map(this::of);
    }

    private Scored stored(Facts facts, StepResult.Step step, AssessmentValues.Source source) {
        String id = facts.record().processInstanceId();
        return results.latest(id, step).map(this::of).orElseGet(() -> live(facts, values.load(id, source)));
    }

    private Scored of(StepResult result) {
        return new Scored(results.catalog(result), result.assessment(), result.values(), result);
    }

    private Scored live(Facts facts, Map<String, CriterionValue> current) {
        String catalogId = facts.record().catalogId();
        return new Scored(catalogs.get(catalogId),
                scoring.evaluate(catalogId, facts.record().targetLevel(), current), current, null);
    }
}
