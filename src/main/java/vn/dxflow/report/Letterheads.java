package vn.dxflow.report;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.dxflow.cycle.CampaignConfig;
import vn.dxflow.cycle.CampaignRegisters;
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

    private final CampaignRegisters registers;
    private final IdentityService identity;
    private final String defaultDepartment;

    Letterheads(CampaignRegisters registers, IdentityService identity, ReportProperties properties) {
        this.registers = registers;
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

    /** A unit as the campaign's register names it: documents name units as they were when the campaign opened. */
    OrgUnit unit(CampaignConfig campaign, String code) {
        return register(campaign).get(code);
    }

    /** The unit directly above (a district, or the province for communes of a two-tier province). */
    OrgUnit parent(CampaignConfig campaign, OrgUnit unit) {
        return unit.parentCode() == null ? unit : register(campaign).get(unit.parentCode());
    }

    OrgUnit province(CampaignConfig campaign, OrgUnit unit) {
        return register(campaign).provinceOf(unit.code());
    }

    private OrgChart register(CampaignConfig campaign) {
        return registers.of(campaign.id());
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
