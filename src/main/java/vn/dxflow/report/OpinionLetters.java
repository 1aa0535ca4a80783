package vn.dxflow.report;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dxflow.cycle.CampaignConfig;
import vn.dxflow.cycle.Opinions;
import vn.dxflow.cycle.UnitAssessmentProcess;
import vn.dxflow.org.Role;

/**
 * Mẫu 03, one steering-committee member's opinion letter on the appraised dossier (seed 001): on the letterhead of
 * the member's own agency under the province's committee ("UBND TỈNH … / (Đơn vị)"), with the conclusion the member
 * chose and his or her remark. A member reads his or her own letter, as given or, before giving it, as chosen in the
 * form (the draft the member signs); anyone else reads the latest opinion given.
 */
@Component
class OpinionLetters {

    /** The letterhead when the campaign names no agency for the member: the committee the member sits on. */
    static final String STEERING_COMMITTEE = "Ban Chỉ đạo chuyển đổi số tỉnh";

    private final Opinions opinions;
    private final StepData steps;
    private final Letterheads letterheads;

    OpinionLetters(Opinions opinions, StepData steps, Letterheads letterheads) {
        this.opinions = opinions;
        this.steps = steps;
        this.letterheads = letterheads;
    }

    ReviewReport of(Facts facts, Viewer viewer) {
        ReportData.require(facts.campaign().stages().opinions(),
                "Quy trình của đợt đánh giá này không lấy ý kiến thành viên Ban Chỉ đạo (Mẫu 03).");
        Opinions.Opinion opinion = opinion(facts, viewer);
        String agency = opinion == null ? null : facts.campaign().documents().agencies().get(opinion.member());
        LocalDate date = opinion == null || opinion.givenAt() == null ? ReportData.today()
                : LocalDate.ofInstant(opinion.givenAt().toInstant(), CampaignConfig.ZONE);
        Letterhead letterhead = letterheads.underProvince(facts.province(), agency == null ? STEERING_COMMITTEE : agency,
                "", date, List.of("BCĐ chuyển đổi số tỉnh (để b/c);", facts.department() + " (để tổng hợp);", "Lưu: VT."),
                Signer.of(Role.STEERING, opinion == null ? null : opinion.memberName()));
        Boolean passed = opinion == null || opinion.opinion() == null ? null
                : UnitAssessmentProcess.Values.OPINION_MET.equals(opinion.opinion());
        return ReviewReport.of(ReportKind.MAU_03, facts, letterhead, "Thành viên Ban Chỉ đạo chuyển đổi số tỉnh",
                Facts.committee(facts.appraiser()), steps.appraised(facts), steps.selfAssessed(facts).values(), passed,
                opinion == null ? null : opinion.remark(), null, null);
    }

    /** The viewer's own opinion (given, or chosen in the form), else the latest one given, else none. */
    private Opinions.Opinion opinion(Facts facts, Viewer viewer) {
        List<Opinions.Opinion> given = opinions.of(facts.record().processInstanceId());
        return given.stream().filter(o -> o.member().equals(viewer.userId())).reduce((first, last) -> last)
                .orElseGet(() -> letterheads.steeringMember(viewer.userId(), facts.province())
                        ? new Opinions.Opinion(viewer.userId(), letterheads.userName(viewer.userId()), viewer.opinion(),
                                viewer.remark(), null)
                        : given.isEmpty() ? null : given.get(given.size() - 1));
    }
}
