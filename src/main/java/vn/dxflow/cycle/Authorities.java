package vn.dxflow.cycle;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;
import vn.dxflow.org.OrgChart;
import vn.dxflow.org.OrgUnit;
import vn.dxflow.org.Role;
import vn.dxflow.org.UnitKind;

/** Resolves a campaign's authorities (district or province) into the groups of the units above a given unit. */
@Component
public class Authorities {

    /** Units whose assessments one job starts: small enough for one transaction, large enough to keep jobs few. */
    static final int UNIT_BATCH_SIZE = 50;

    private final CampaignRegisters registers;
    private final Campaigns campaigns;
    private final IdentityService identity;

    Authorities(CampaignRegisters registers, Campaigns campaigns, IdentityService identity) {
        this.registers = registers;
        this.campaigns = campaigns;
        this.identity = identity;
    }

    public AssessmentParties of(String campaignId, String unitCode) {
        CampaignConfig campaign = campaigns.get(campaignId);
        OrgChart chart = registers.of(campaignId);
        OrgUnit unit = chart.get(unitCode);
        CampaignConfig.Track track = campaign.tracks().get(unit.tier());
        if (track == null) {
            throw new IllegalArgumentException("Campaign " + campaignId + " does not assess " + unit.tier() + " " + unitCode);
        }
        String province = chart.provinceOf(unitCode).code();
        return new AssessmentParties(unitCode, track.catalogId(),
                Role.OFFICER.groupId(unitCode),
                Role.RECEIVING.groupId(authorityUnit(chart, unitCode, track.receiving())),
                Role.APPRAISAL.groupId(authorityUnit(chart, unitCode, track.appraisal())),
                Role.CHAIRMAN.groupId(authorityUnit(chart, unitCode, track.recognition())),
                Role.DEPARTMENT.groupId(province));
    }

    /** The units a campaign assesses, in the order of its register. */
    public List<String> assessedUnits(String campaignId) {
        CampaignConfig campaign = campaigns.get(campaignId);
        OrgChart chart = registers.of(campaignId);
        return chart.all().stream()
                .filter(unit -> unit.tier() != UnitKind.Tier.PROVINCE && campaign.assesses(unit.tier()))
                .filter(unit -> chart.provinceOf(unit.code()).code().equals(campaign.provinceCode()))
                .map(OrgUnit::code)
                .toList();
    }

    /**
     * The assessed units in batches of {@value #UNIT_BATCH_SIZE} (codes separated by commas, a plain string so that
     * the multi-instance keeps no serialized object): one job starts each batch.
     */
    public List<String> unitBatches(String campaignId) {
        List<String> units = assessedUnits(campaignId);
        List<String> batches = new java.util.ArrayList<>();
        for (int from = 0; from < units.size(); from += UNIT_BATCH_SIZE) {
            batches.add(String.join(",", units.subList(from, Math.min(units.size(), from + UNIT_BATCH_SIZE))));
        }
        return batches;
    }

    private static String authorityUnit(OrgChart chart, String unitCode, CampaignConfig.Authority authority) {
        UnitKind.Tier tier = authority == CampaignConfig.Authority.DISTRICT ? UnitKind.Tier.DISTRICT : UnitKind.Tier.PROVINCE;
        return chart.selfAndAncestors(unitCode).stream()
                .filter(unit -> unit.tier() == tier && !unit.code().equals(unitCode))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Unit " + unitCode + " has no " + tier + " above it"))
                .code();
    }

    private static <T> T withoutAuthorization(java.util.concurrent.Callable<T> query) {
        CommandContext command = Context.getCommandContext();
        try {
            return command == null ? query.call() : command.runWithoutAuthorization(query);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each member of the province's steering committee gives an opinion (Mẫu 03): one task per member. */
    public List<String> opinionMembers(String campaignId) {
        String provinceCode = campaigns.get(campaignId).provinceCode();
        // Evaluated inside the engine while an appraiser completes a task: the appraiser may not list users.
        List<String> members = withoutAuthorization(() -> identity.createUserQuery()
                .memberOfGroup(Role.STEERING.groupId(provinceCode)).orderByUserId().asc().list())
                .stream().map(User::getId).toList();
        if (members.isEmpty()) {
            throw new IllegalStateException("Province " + provinceCode + " has no steering-committee member");
        }
        return members;
    }
}
