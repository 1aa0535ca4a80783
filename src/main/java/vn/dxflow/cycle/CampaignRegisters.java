package vn.dxflow.cycle;

import java.time.LocalDate;
import java.util.List;
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
        return single() ? registers.installed() : registers.inForce(openingDay(campaignId));
    }

    @Override
    public Optional<LocalDate> openedOn(String campaignId) {
        if (single() || campaignId == null) {
            return Optional.empty();
        }
        // A campaign whose file was removed still has its opening day in the history.
        return opened(campaignId).or(() -> campaigns.find(campaignId).map(campaign -> todayDate()));
    }

    @Override
    public List<LocalDate> openedOn(String unitCode, int year) {
        return single() ? List.of() : assessing(unitCode, year).map(campaign -> openingDay(campaign.id())).toList();
    }

    /** The year's campaigns whose register has the unit in their province. */
    Stream<CampaignConfig> assessing(String unitCode, int year) {
        return campaigns.all().stream().filter(c -> c.year() == year).filter(c -> {
            OrgChart register = of(c.id());
            return register.find(unitCode).isPresent() && register.isWithin(unitCode, c.provinceCode());
        });
    }

    /** The day the campaign opened, or today when it is not open yet. */
    LocalDate openingDay(String campaignId) {
        return opened(campaignId).orElseGet(CampaignRegisters::todayDate);
    }

    /** One register installed (the default): every day has it, so no campaign's day is looked up. */
    private boolean single() {
        return registers.all().size() == 1;
    }

    private Optional<LocalDate> opened(String campaignId) {
        LocalDate day = opened.get(campaignId);
        if (day != null) {
            return Optional.of(day);
        }
        // Whoever asks (an officer completing a task), the campaign's opening day is not a secret.
        Optional<LocalDate> start = Optional.ofNullable(SystemActions.asSystem(identity, () -> history
                        .createHistoricProcessInstanceQuery().processDefinitionKey(ProvinceCampaignProcess.KEY)
                        .processInstanceBusinessKey(campaignId).singleResult()))
                .map(HistoricProcessInstance::getStartTime)
                .map(time -> LocalDate.ofInstant(time.toInstant(), CampaignConfig.ZONE));
        start.ifPresent(found -> opened.put(campaignId, found));
        return start;
    }

    /** The register in force today: the one a campaign opened now uses. */
    OrgChart today() {
        return registers.inForce(todayDate());
    }

    static LocalDate todayDate() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CampaignConfig.ZONE);
    }
}
