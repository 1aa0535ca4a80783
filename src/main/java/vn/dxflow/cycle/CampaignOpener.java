package vn.dxflow.cycle;

import static vn.dxflow.cycle.ProvinceCampaignProcess.Variables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.dxflow.cluster.ClusterLocks;
import vn.dxflow.org.Role;
import vn.dxflow.security.UnitAccess;

/** Opens a province's yearly campaign: one ProvinceCampaign instance, business key = campaign id. */
@Component
public class CampaignOpener {

    /** The campaign was opened before; opening it twice would assess every unit twice. */
    public static class AlreadyOpenException extends RuntimeException {
        AlreadyOpenException(String campaignId) {
            super("Campaign " + campaignId + " is already open");
        }
    }

    /** The campaign does not fit the register of units in force on the day it would open. */
    public static class RegisterMismatchException extends RuntimeException {

        private final transient List<CampaignFileException.Problem> problems;
        private final LocalDate day;

        RegisterMismatchException(String campaignId, LocalDate day, List<CampaignFileException.Problem> problems) {
            super("Campaign " + campaignId + " does not fit the register of units in force on " + day + ": " + problems);
            this.problems = List.copyOf(problems);
            this.day = day;
        }

        public List<CampaignFileException.Problem> problems() {
            return problems;
        }

        public LocalDate day() {
            return day;
        }
    }

    private final Campaigns campaigns;
    private final CampaignRegisters registers;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final ClusterLocks locks;

    CampaignOpener(Campaigns campaigns, CampaignRegisters registers, RuntimeService runtime, HistoryService history,
            ClusterLocks locks) {
        this.campaigns = campaigns;
        this.registers = registers;
        this.runtime = runtime;
        this.history = history;
        this.locks = locks;
    }

    /** Openings of one campaign take turns on every node until the first is committed; the others are refused. */
    public String open(String campaignId) {
        return locks.exclusive("campaign-open/" + campaignId, () -> start(campaignId));
    }

    private String start(String campaignId) {
        CampaignConfig campaign = campaigns.get(campaignId);
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(ProvinceCampaignProcess.KEY)
                .processInstanceBusinessKey(campaignId).count() > 0) {
            throw new AlreadyOpenException(campaignId);
        }
        // The campaign uses the register in force today for good; it was read against every installed unit.
        LocalDate today = CampaignRegisters.todayDate();
        List<CampaignFileException.Problem> misfits = RegisterFit.problems(campaign.provinceCode(), campaign.tracks(),
                registers.today());
        if (!misfits.isEmpty()) {
            throw new RegisterMismatchException(campaignId, today, misfits);
        }
        String province = campaign.provinceCode();
        return runtime.startProcessInstanceByKey(ProvinceCampaignProcess.KEY, campaignId, Map.of(
                CAMPAIGN_ID, campaignId,
                PROVINCE_CODE, province,
                UnitAccess.UNIT_CODE_VARIABLE, province,
                CAMPAIGN_OPENED, today.toString(),
                REPORT_GROUP, Role.RECEIVING.groupId(province))).getId();
    }
}
