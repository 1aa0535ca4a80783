package vn.dxflow.cycle;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.dxflow.org.OrgChart;
import vn.dxflow.org.OrgRegisters;
import vn.dxflow.security.CampaignDays;
import vn.dxflow.security.SystemActions;

/**
 * The register of units a campaign uses: the one in force on the day the campaign opened (the start of its
 * ProvinceCampaign instance), or today for a campaign not yet open. Everything a campaign starts, checks or renders
 * asks here, so a campaign of 2024 keeps its districts and its units' names after the reform of 1 July 2025.
 */
@Component
public class CampaignRegisters implements CampaignDays {

    private final OrgRegisters registers;
    private final Campaigns campaigns;
    private final HistoryService history;
    private final IdentityService identity;
    /** Opening days never change once a campaign is open. */
    private final Map<String, LocalDate> opened = new ConcurrentHashMap<>();

    CampaignRegisters(OrgRegisters registers, Campaigns campaigns, HistoryService history, IdentityService identity) {
        this.registers = registers;
        this.campaigns = campaigns;
        this.history = history;
        this.identity = identity;
    }

    public OrgChart of(String campaignId) {
        return registers.inForce(day(campaignId));
    }

    @Override
    public Optional<LocalDate> openedOn(String campaignId) {
        return Optional.ofNullable(campaignId).flatMap(campaigns::find).map(campaign -> day(campaignId));
    }

    @Override
    public Optional<LocalDate> openedOn(String unitCode, int year) {
        return assessing(unitCode, year).findFirst().map(campaign -> day(campaign.id()));
    }

    /** The year's campaigns whose register has the unit in their province. */
    Stream<CampaignConfig> assessing(String unitCode, int year) {
        return campaigns.all().stream().filter(c -> c.year() == year).filter(c -> {
            OrgChart register = of(c.id());
            return register.find(unitCode).isPresent() && register.isWithin(unitCode, c.provinceCode());
        });
    }

    /** The day the campaign opened, or today when it is not open yet. */
    private LocalDate day(String campaignId) {
        LocalDate day = opened.get(campaignId);
        if (day == null) {
            // Whoever asks (an officer completing a task), the campaign's opening day is not a secret.
            Optional<LocalDate> start = Optional.ofNullable(SystemActions.asSystem(identity, () -> history
                            .createHistoricProcessInstanceQuery().processDefinitionKey(ProvinceCampaignProcess.KEY)
                            .processInstanceBusinessKey(campaignId).singleResult()))
                    .map(HistoricProcessInstance::getStartTime)
                    .map(time -> LocalDate.ofInstant(time.toInstant(), CampaignConfig.ZONE));
            start.ifPresent(found -> opened.put(campaignId, found));
            day = start.orElseGet(CampaignRegisters::todayDate);
        }
        return day;
    }

    /** The register in force today: the one a campaign opened now uses. */
    OrgChart today() {
        return registers.inForce(todayDate());
    }

    static LocalDate todayDate() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CampaignConfig.ZONE);
    }
}
