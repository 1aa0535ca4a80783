package vn.dxflow.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may see a unit's work: every role of the unit itself, and the supervising roles (all but the officer)
 * of the district and province above it. Both the engine's instance authorizations and DXFlow's own endpoints
 * use this one rule, so Tasklist, the REST API and the forms agree. A campaign's work is judged by the register in
 * force on the day the campaign opened (the districts of 2024 see their units' dossiers of 2024); outside a campaign,
 * by each code's latest line ({@link OrgRegisters#installed()}), so a body dissolved by a reform sees none of the
 * units that carry on its former units' codes.
 */
@Component
public class UnitAccessRule {

    private final OrgRegisters registers;
    private final OrgChart chart;

    UnitAccessRule(OrgRegisters registers) {
        this.registers = registers;
        this.chart = registers.installed();
    }

    public boolean mayAccess(Collection<String> groupIds, String unitCode) {
        return mayAccess(groupIds, unitCode, chart);
    }

    /** Access to the unit's work in a campaign opened on the given day; null: outside a campaign. */
    public boolean mayAccess(Collection<String> groupIds, String unitCode, LocalDate campaignOpened) {
        return mayAccess(groupIds, unitCode, registerOf(campaignOpened));
    }

    private static boolean mayAccess(Collection<String> groupIds, String unitCode, OrgChart register) {
        if (groupIds.contains(Role.ADMIN_GROUP)) {
            return true;
        }
        if (register.find(unitCode).isEmpty()) {
            return false;
        }
        return groupsWithAccessTo(unitCode, register).stream().anyMatch(groupIds::contains);
    }

    /** True when one of the groups belongs to a unit in the given province (or to the province itself). */
    public boolean isInProvince(Collection<String> groupIds, String provinceCode) {
        return groupIds.contains(Role.ADMIN_GROUP) || groupIds.stream()
                .flatMap(group -> Role.parseGroupId(group).stream())
                .anyMatch(m -> chart.find(m.unitCode()).isPresent() && chart.isWithin(m.unitCode(), provinceCode));
    }

    /**
     * Every group that may see the unit's process instances, tasks and documents of a campaign opened on the day;
     * null: outside a campaign.
     */
    public List<String> groupsWithAccessTo(String unitCode, LocalDate campaignOpened) {
        return groupsWithAccessTo(unitCode, registerOf(campaignOpened));
    }

    private OrgChart registerOf(LocalDate campaignOpened) {
        return campaignOpened == null ? chart : registers.inForce(campaignOpened);
    }

    private static List<String> groupsWithAccessTo(String unitCode, OrgChart register) {
        List<String> groups = new ArrayList<>();
        for (OrgUnit unit : register.selfAndAncestors(unitCode)) {
            boolean self = unit.code().equals(unitCode);
            for (Role role : Role.values()) {
                if (role.existsAt(unit.tier()) && (self || role != Role.OFFICER)) {
                    groups.add(role.groupId(unit.code()));
                }
            }
        }
        return groups;
    }
}
