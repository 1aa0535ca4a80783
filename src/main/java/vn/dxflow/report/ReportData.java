package vn.dxflow.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.dxflow.cycle.CampaignConfig;
import vn.dxflow.cycle.UnitAssessmentProcess;
import vn.dxflow.org.Role;

/**
 * Builds the reports of one assessment from what the cycle recorded: the stored result of each completed step
 * (values, scoring, decision, who completed it), or for a step still open its current values (a draft), with the
 * organisation chart and the campaign's documents settings. Callers check access to the unit first
 * ({@link #unitCode}). The province's synthesis is {@link SynthesisData}'s.
 */
@Component
public class ReportData {

    private final ProcessHistory history;
    private final Parties parties;
    private final StepData steps;
    private final Letterheads letterheads;
    private final OpinionLetters opinions;
    private final Decisions decisions;

    ReportData(ProcessHistory history, Parties parties, StepData steps, Letterheads letterheads,
            OpinionLetters opinions, Decisions decisions) {
        this.history = history;
        this.parties = parties;
        this.steps = steps;
        this.letterheads = letterheads;
        this.opinions = opinions;
        this.decisions = decisions;
    }

    /** The assessment (its unit and campaign), or empty when there is no such assessment. */
    Optional<AssessmentRecord> record(String processInstanceId) {
        return history.find(processInstanceId);
    }

    /** One of the reports of a single assessment, as anyone reads it. */
    public Report of(String processInstanceId, ReportKind kind) {
        return of(processInstanceId, kind, Viewer.ANYONE);
    }

    /** One of the reports of a single assessment; a steering-committee member reads his or her own Mẫu 03. */
    Report of(String processInstanceId, ReportKind kind, Viewer viewer) {
        Facts facts = parties.of(history.find(processInstanceId)
                .orElseThrow(() -> new ReportNotAvailableException("Không tìm thấy hồ sơ đánh giá.")));
        return switch (kind) {
            case MAU_01 -> selfAssessment(facts);
            case MAU_02 -> appraisal(facts);
            case MAU_03 -> opinions.of(facts, viewer);
            case MAU_04 -> verification(facts);
            case QUYET_DINH, KHONG_CONG_NHAN -> decisions.of(facts, kind);
            case SYNTHESIS -> throw new IllegalArgumentException("The synthesis belongs to a campaign");
        };
    }

    private SelfAssessmentReport selfAssessment(Facts facts) {
        Scored self = steps.selfAssessed(facts);
        Letterhead letterhead = letterheads.committee(facts.unit(), "BC-UBND", null, self.date(today()),
                List.of(Facts.committee(facts.appraiser()) + ";", "Lưu: VT, VP."), self.signer(Role.OFFICER));
        return new SelfAssessmentReport(letterhead, facts.unitName(), facts.districtName(), facts.year(),
                facts.basis(ReportKind.MAU_01), CriterionRows.of(self.catalog(), self.assessment(), self.values(), null),
                Map.of());
    }

    private ReviewReport appraisal(Facts facts) {
        Scored appraised = steps.appraised(facts);
        Letterhead letterhead = letterheads.committee(facts.appraiser(), "BC-UBND", null, appraised.date(today()),
                List.of(Facts.committee(facts.unit()) + ";", "Lưu: VT."), appraised.signer(Role.APPRAISAL));
        return ReviewReport.of(ReportKind.MAU_02, facts, letterhead, Facts.committee(facts.appraiser()), null, appraised,
                steps.selfAssessed(facts).values(), appraised.assessment().passed(), null,
                "Kết quả tự đánh giá của UBND " + facts.tier(),
                "Kết quả thẩm định của UBND " + Wording.tier(facts.appraiser().tier()));
    }

    private ReviewReport verification(Facts facts) {
        require(facts.campaign().stages().verification(), "Quy trình của đợt đánh giá này không có bước thẩm tra (Mẫu 04).");
        Scored verified = steps.verified(facts);
        Letterhead letterhead = letterheads.underProvince(facts.province(), facts.department(), "BC-",
                verified.date(today()), List.of(Facts.committee(facts.province()) + " (để b/c);",
                        Facts.committee(facts.appraiser()) + ";", "Lưu: VT."), verified.signer(Role.DEPARTMENT));
        // The department's own conclusion once given; a draft shows what its values give.
        Boolean passed = verified.stored() == null || verified.stored().decision() == null
                ? verified.assessment().passed()
                // Boxed: an undetermined draft verdict (null) must not be unboxed by the conditional.
                : Boolean.valueOf(UnitAssessmentProcess.Values.VERIFIED_MET.equals(verified.stored().decision().choice()));
        return ReviewReport.of(ReportKind.MAU_04, facts, letterhead, facts.department(), null, verified,
                steps.appraised(facts).values(), passed,
                verified.stored() == null || verified.stored().decision() == null ? null : verified.stored().decision().remark(),
                "Kết quả thẩm định của UBND " + Wording.tier(facts.appraiser().tier()),
                "Kết quả thẩm tra của " + Wording.shortName(facts.department()));
    }

    static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CampaignConfig.ZONE);
    }

    static void require(boolean condition, String vietnameseMessage) {
        if (!condition) {
            throw new ReportNotAvailableException(vietnameseMessage);
        }
    }
}
