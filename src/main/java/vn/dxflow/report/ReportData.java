package vn.dxflow.report;

import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.*;
import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dxflow.catalog.Assessment;
import vn.dxflow.catalog.Catalog;
import vn.dxflow.catalog.Catalogs;
import vn.dxflow.catalog.CriterionValue;
import vn.dxflow.catalog.ScoringService;
import vn.dxflow.cycle.AssessmentValues;
import vn.dxflow.cycle.CampaignConfig;
import vn.dxflow.cycle.Campaigns;
import vn.dxflow.cycle.UnitAssessmentProcess;
import vn.dxflow.org.OrgUnit;
import vn.dxflow.org.Role;
import vn.dxflow.org.UnitKind;

/**
 * Builds the reports of one assessment from what the cycle recorded: the instance's variables (history), the criterion
 * values (AssessmentValues), the catalog and the organisation chart. Callers check access to the unit first
 * ({@link #unitCode}). The province's synthesis is {@link SynthesisData}'s.
 */
@Component
public class ReportData {

    private final ProcessHistory history;
    private final AssessmentValues values;
    private final Catalogs catalogs;
    private final ScoringService scoring;
    private final Campaigns campaigns;
    private final Letterheads letterheads;

    ReportData(ProcessHistory history, AssessmentValues values, Catalogs catalogs, ScoringService scoring,
            Campaigns campaigns, Letterheads letterheads) {
        this.history = history;
        this.values = values;
        this.catalogs = catalogs;
        this.scoring = scoring;
        this.campaigns = campaigns;
        this.letterheads = letterheads;
    }

    /** The unit an assessment belongs to, or empty when there is no such assessment. */
    public Optional<String> unitCode(String processInstanceId) {
        return history.find(processInstanceId).map(AssessmentRecord::unitCode);
    }

    /** One of the reports of a single assessment: Mẫu 01-04 or the recognition decision that names it. */
    public Report of(String processInstanceId, ReportKind kind) {
        AssessmentRecord record = history.find(processInstanceId)
                .orElseThrow(() -> new ReportNotAvailableException("Không tìm thấy hồ sơ đánh giá."));
        return switch (kind) {
            case MAU_01 -> selfAssessment(record);
            case MAU_02, MAU_03, MAU_04 -> review(record, kind);
            case QUYET_DINH -> decision(record);
            case SYNTHESIS -> throw new IllegalArgumentException("The synthesis belongs to a campaign");
        };
    }

    SelfAssessmentReport selfAssessment(AssessmentRecord record) {
        Facts facts = facts(record);
        Map<String, CriterionValue> self = values.load(record.processInstanceId(), AssessmentValues.Source.SELF_ASSESSED);
        Assessment result = scoring.evaluate(facts.catalog().id(), facts.target(), self);
        Letterhead letterhead = letterheads.committee(facts.unit(), "BC-UBND",
                history.completedOn(record.processInstanceId(), SELF_ASSESS),
                List.of("Ủy ban nhân dân " + UnitNames.inText(facts.appraiser()) + ";", "Lưu: VT, VP."));
        return new SelfAssessmentReport(letterhead, UnitNames.inText(facts.unit()), facts.districtName(),
                facts.campaign().year(), facts.catalog().source(),
                CriterionRows.of(facts.catalog(), result, self, null), Map.of());
    }

    ReviewReport review(AssessmentRecord record, ReportKind kind) {
        Facts facts = facts(record);
        String id = record.processInstanceId();
        Map<String, CriterionValue> self = values.load(id, AssessmentValues.Source.SELF_ASSESSED);
        Map<String, CriterionValue> appraised = values.load(id, AssessmentValues.Source.APPRAISED);
        Assessment result = scoring.evaluate(facts.catalog().id(), facts.target(), appraised);
        if (result.tally() == null) {
            // A graded catalog in a campaign without registration (10-2026) has no target to count against: the
            // report counts the criteria at the level reached (level 1 when none is).
            result = scoring.evaluate(facts.catalog().id(), Math.max(1, result.reachedLevel()), appraised);
        }
        boolean computedPass = Boolean.TRUE.equals(result.passed());
        String appraiser = "Ủy ban nhân dân " + UnitNames.inText(facts.appraiser());
        OrgUnit province = letterheads.province(facts.unit());
        String department = letterheads.department();
        return switch (kind) {
            case MAU_02 -> review(kind, facts, letterheads.committee(facts.appraiser(), "BC-UBND",
                    history.completedOn(id, APPRAISE), List.of("Ủy ban nhân dân " + UnitNames.inText(facts.unit()) + ";",
                            "Lưu: VT.")), appraiser, null, CriterionRows.of(facts.catalog(), result, self, appraised),
                    result, computedPass);
            case MAU_03 -> {
                require(facts.campaign().stages().opinions(), "Quy trình của đợt đánh giá này không lấy ý kiến thành viên Ban Chỉ đạo (Mẫu 03).");
                Letterhead letterhead = letterheads.department(province, "", history.completedOn(id, GIVE_OPINION),
                        List.of("BCĐ chuyển đổi số tỉnh (để b/c);", department + " (để tổng hợp);", "Lưu: VT."),
                        "THÀNH VIÊN BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH", history.completedBy(id, GIVE_OPINION).orElse(null));
                String opinion = history.lastOpinion(id).orElse(null);
                yield review(kind, facts, letterhead, "Thành viên Ban Chỉ đạo chuyển đổi số tỉnh", appraiser,
                        CriterionRows.of(facts.catalog(), result, self, appraised), result,
                        opinion == null ? computedPass : opinion.equals("DAT_YEU_CAU"));
            }
            case MAU_04 -> {
                require(facts.campaign().stages().verification(), "Quy trình của đợt đánh giá này không có bước thẩm tra (Mẫu 04).");
                Letterhead letterhead = letterheads.department(province, "BC-", history.completedOn(id, VERIFY),
                        List.of("Ủy ban nhân dân " + UnitNames.inText(province) + " (để b/c);", appraiser + ";", "Lưu: VT."),
                        "GIÁM ĐỐC", null);
                String verification = record.text(VERIFICATION_RESULT);
                // The department confirms the appraised values as a whole: DXFlow keeps no separate verified values.
                yield review(kind, facts, letterhead, department, null,
                        CriterionRows.of(facts.catalog(), result, appraised, appraised), result,
                        verification == null ? computedPass : verification.equals("DAT"));
            }
            default -> throw new IllegalArgumentException("Not a review report: " + kind);
        };
    }

    private ReviewReport review(ReportKind kind, Facts facts, Letterhead letterhead, String reviewer, String addressee,
            List<CriterionGroupRows> rows, Assessment result, boolean passed) {
        return new ReviewReport(kind, letterhead, UnitNames.inText(facts.unit()), facts.districtName(), reviewer,
                addressee, facts.campaign().year(), facts.catalog().source(), rows, result.tally().met(),
                result.tally().counted(), result.tally().ratePercent(),
                facts.catalog().graded() ? Levels.text(facts.catalog(), result.reachedLevel()) : null, passed, Map.of());
    }

    /** The decision of the body that recognised this unit, listing every unit it recognised in the campaign. */
    RecognitionDecision decision(AssessmentRecord record) {
        // The decision variable, not the outcome: the decision is archived before the instance reaches its end event.
        require(UnitAssessmentProcess.Values.RECOGNIZED.equals(record.text(RECOGNITION_DECISION)),
                "Đơn vị chưa được công nhận: chưa có quyết định công nhận.");
        Facts facts = facts(record);
        String recognitionGroup = record.text(RECOGNITION_GROUP);
        OrgUnit authority = letterheads.unit(Role.parseGroupId(recognitionGroup).orElseThrow().unitCode());
        List<RecognitionDecision.Unit> units = history.ofCampaign(record.campaignId()).stream()
                .filter(other -> recognitionGroup.equals(other.text(RECOGNITION_GROUP)))
                .filter(other -> UnitAssessmentProcess.Values.RECOGNIZED.equals(other.text(RECOGNITION_DECISION)))
                .map(other -> new RecognitionDecision.Unit(letterheads.unit(other.unitCode()).name(),
                        Levels.recognized(catalogs.get(other.catalogId()), other)))
                .toList();
        return new RecognitionDecision(
                letterheads.committee(authority, "QĐ-UBND", history.completedOn(record.processInstanceId(), RECOGNIZE),
                        List.of("Như Điều 3;", "Lưu: VT.")),
                "ỦY BAN NHÂN DÂN " + UnitNames.upper(authority.name()),
                facts.unit().tier() == UnitKind.Tier.COMMUNE ? "cấp xã" : "cấp huyện",
                facts.campaign().year(), facts.catalog().source(), units);
    }

    private static void require(boolean condition, String vietnameseMessage) {
        if (!condition) {
            throw new ReportNotAvailableException(vietnameseMessage);
        }
    }

    /** What every report of one assessment needs to know about its unit, campaign and catalog. */
    private record Facts(OrgUnit unit, OrgUnit appraiser, String districtName, CampaignConfig campaign, Catalog catalog,
            Integer target) {
    }

    private Facts facts(AssessmentRecord record) {
        OrgUnit unit = letterheads.unit(record.unitCode());
        OrgUnit parent = letterheads.parent(unit);
        CampaignConfig campaign = campaigns.get(record.campaignId());
        Catalog catalog = catalogs.get(record.catalogId());
        OrgUnit appraiser = campaign.tracks().get(unit.tier()).appraisal() == CampaignConfig.Authority.DISTRICT
                ? parent : letterheads.province(unit);
        return new Facts(unit, appraiser, parent.tier() == UnitKind.Tier.DISTRICT ? UnitNames.inText(parent) : null,
                campaign, catalog, catalog.graded() ? record.targetLevel() : null);
    }
}
