package vn.dxflow.report;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dxflow.catalog.Assessment;
import vn.dxflow.catalog.Catalog;
import vn.dxflow.cycle.StepResult;
import vn.dxflow.cycle.UnitAssessmentProcess;
import vn.dxflow.org.OrgUnit;
import vn.dxflow.org.Role;

/**
 * What the recognising committee issues at the end of an assessment, from the recognition's stored result (its
 * number, date, signer and the scoring it rests on): the decision that recognises the unit's level, or the notice
 * that it is not recognised, with the reasons.
 */
@Component
class Decisions {

    private final StepData steps;
    private final Letterheads letterheads;

    Decisions(StepData steps, Letterheads letterheads) {
        this.steps = steps;
        this.letterheads = letterheads;
    }

    Report of(Facts facts, ReportKind kind) {
        boolean recognition = kind == ReportKind.QUYET_DINH;
        Scored decided = steps.recognition(facts).filter(result -> (recognition
                        ? UnitAssessmentProcess.Values.RECOGNIZED : UnitAssessmentProcess.Values.NOT_RECOGNIZED)
                .equals(result.stored().decision().choice()))
                .orElseThrow(() -> new ReportNotAvailableException(recognition
                        ? "Đơn vị chưa được công nhận: chưa có quyết định công nhận."
                        : "Chưa có quyết định không công nhận đối với đơn vị này."));
        OrgUnit authority = letterheads.unit(facts.campaign(), Role.parseGroupId(
                facts.record().text(UnitAssessmentProcess.Variables.RECOGNITION_GROUP)).orElseThrow().unitCode());
        StepResult.Decision decision = decided.stored().decision();
        String above = Wording.above(authority, facts.province()) + " (b/c);";
        if (recognition) {
            Letterhead letterhead = letterheads.committee(authority, "QĐ-UBND", decision.number(), decision.issuedOn(),
                    List.of("Như Điều 3;", above, "Lưu: VT."), decided.signer(Role.CHAIRMAN));
            String districtOffice = facts.campaign().documents().districtOffice();
            return new RecognitionDecision(letterhead, "ỦY BAN NHÂN DÂN " + UnitNames.upper(authority.name()),
                    facts.tier(), facts.year(), facts.basis(kind),
                    Wording.proposer(authority, districtOffice, facts.department()),
                    Wording.executors(authority, facts.unit(), districtOffice, facts.department()),
                    List.of(new RecognitionDecision.Unit(facts.unit().name(),
                            Levels.recognized(decided.catalog(), decision.level()))));
        }
        Letterhead letterhead = letterheads.committee(authority, "TB-UBND", decision.number(), decision.issuedOn(),
                List.of(Facts.committee(facts.unit()) + ";", above, "Lưu: VT."), decided.signer(Role.CHAIRMAN));
        return new RefusalNotice(letterhead, Facts.committee(authority), facts.unitName(), facts.tier(), facts.year(),
                facts.basis(kind), facts.campaign().stages().verification() ? "kết quả thẩm định và thẩm tra" : "kết quả thẩm định",
                result(decided.catalog(), decided.assessment()), decision.remark(),
                shortfalls(decided.catalog(), decided.assessment()));
    }

    /** "đạt 20/38 tiêu chí, tỷ lệ đạt 52,63%; chưa đạt mức độ nào". */
    private static String result(Catalog catalog, Assessment assessment) {
        String counted = "đạt " + assessment.tally().met() + "/" + assessment.tally().counted() + " tiêu chí"
                + (assessment.tally().ratePercent() == null ? ""
                        : ", tỷ lệ đạt " + CriterionRows.decimal(assessment.tally().ratePercent()) + "%");
        if (catalog.graded()) {
            return counted + "; " + (assessment.reachedLevel() == 0 ? "chưa đạt mức độ nào"
                    : "mức độ đạt được: " + Levels.text(catalog, assessment.reachedLevel()));
        }
        return counted + "; kết quả: " + (assessment.passed() == null ? "chưa xác định"
                : assessment.passed() ? "đạt" : "không đạt");
    }

    /** The criteria not met, "1.1. Name" as the reports number them, in catalog order. */
    private static List<String> shortfalls(Catalog catalog, Assessment assessment) {
        return CriterionRows.of(catalog, assessment, Map.of(), null).stream()
                .flatMap(group -> group.rows().stream()).filter(CriterionRow::shortfall)
                .map(row -> row.number() + ". " + row.name()).toList();
    }
}
