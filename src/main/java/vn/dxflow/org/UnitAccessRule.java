package vn.dxflow.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may see a unit's work: every role of the unit itself, and the supervising roles (all but the officer)
 * of the district and province above it. Both the engine's instance authorizations and DXFlow's own endpoints
 * use this one rule, so Tasklist, the REST API and the forms agree.
 */
@Component
public class UnitAccessRule {

    private final OrgChart chart;

    UnitAccessRule(OrgChart chart) {
        this.chart = chart;
    }

    public boolean mayAccess(Collection<String> groupIds, String unitCode) {
        if (groupIds.contains(Role.ADMIN_GROUP)) {
            return true;
        }
        if (chart.find(unitCode).isEmpty()) {
            return false;
        }
        return groupsWithAccessTo(unitCode).stream().anyMatch(groupIds::contains);
    }

    /** True when one of the groups belongs to a unit in the given province (or to the province itself). */
    public boolean isInProvince(Collection<String> groupIds, String provinceCode) {
        return groupIds.contains(Role.ADMIN_GROUP) || groupIds.stream()
                .flatMap(group -> Role.parseGroupId(group).stream())
                .anyMatch(m -> chart.find(m.unitCode()).isPresent() && chart.isWithin(m.unitCode(), provinceCode));
    }

    /** Every group that may see the given unit's process instances, tasks and documents. */
    public List<String> groupsWithAccessTo(String unitCode) {
        List<String> groups = new ArrayList<>();
        for (OrgUnit unit : chart.selfAndAncestors(unitCode)) {
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
