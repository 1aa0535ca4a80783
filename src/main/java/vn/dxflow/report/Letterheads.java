package vn.dxflow.report;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.dxflow.cycle.CampaignConfig;
import vn.dxflow.org.OrgChart;
import vn.dxflow.org.OrgUnit;
import vn.dxflow.org.Role;
import vn.dxflow.security.SystemActions;

/**
 * Letterheads of the bodies that issue DXFlow's documents: a People's Committee (UBND) of any tier, the province's
 * department, and the agency of a steering-committee member. Reports stay unnumbered (the registry numbers them
 * when it issues them); decisions carry the number DXFlow's register gave them.
 */
@Component
class Letterheads {

    private final OrgChart chart;
    private final IdentityService identity;
    private final String defaultDepartment;

    Letterheads(OrgChart chart, IdentityService identity, ReportProperties properties) {
        this.chart = chart;
        this.identity = identity;
        this.defaultDepartment = properties.department();
    }

    /** The campaign's department, or the installation's. */
    String department(CampaignConfig campaign) {
        return campaign.documents().department() != null ? campaign.documents().department() : defaultDepartment;
    }

    /** A People's Committee: "ỦY BAN NHÂN DÂN / XÃ LƯƠNG SƠN". */
    Letterhead committee(OrgUnit unit, String symbol, Integer number, LocalDate date, List<String> recipients,
            Signer signer) {
        return new Letterhead(null, List.of("ỦY BAN NHÂN DÂN", UnitNames.upper(unit.name())), number, symbol,
                UnitNames.place(unit), date, recipients, signer.authority(), signer.title(), signer.name());
    }

    /** A body under the province's committee ("UBND TỈNH LÀO CAI / SỞ KHOA HỌC VÀ CÔNG NGHỆ"), symbol after its initials. */
    Letterhead underProvince(OrgUnit province, String body, String symbolKind, LocalDate date, List<String> recipients,
            Signer signer) {
        return new Letterhead("UBND " + UnitNames.upper(province.name()), List.of(UnitNames.upper(body)), null,
                symbolKind + UnitNames.initials(body), UnitNames.place(province), date, recipients, signer.authority(),
                signer.title(), signer.name());
    }

    OrgUnit unit(String code) {
        return chart.get(code);
    }

    /** The unit directly above (a district, or the province for communes of a two-tier province). */
    OrgUnit parent(OrgUnit unit) {
        return unit.parentCode() == null ? unit : chart.get(unit.parentCode());
    }

    OrgUnit province(OrgUnit unit) {
        return chart.provinceOf(unit.code());
    }

    /** Whether the user sits on the province's steering committee. */
    boolean steeringMember(String userId, OrgUnit province) {
        return userId != null && SystemActions.asSystem(identity, () -> identity.createUserQuery().userId(userId)
                .memberOfGroup(Role.STEERING.groupId(province.code())).count() > 0);
    }

    /** "First Last" of a Camunda user, or null for an unknown id. */
    String userName(String userId) {
        return SystemActions.asSystem(identity, () -> {
            User user = identity.createUserQuery().userId(userId).singleResult();
            return user == null ? null : (user.getFirstName() + " " + user.getLastName()).strip();
        });
    }
}
