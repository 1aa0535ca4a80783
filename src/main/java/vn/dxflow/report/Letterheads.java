package vn.dxflow.report;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.dxflow.security.SystemActions;
import vn.dxflow.org.OrgChart;
import vn.dxflow.org.OrgUnit;
import vn.dxflow.org.Role;

/**
 * Letterheads of the bodies that issue DXFlow's documents: a People's Committee (UBND) of any tier, and the
 * province's department. Numbers stay blank: the registry (văn thư) numbers a document when it is issued.
 */
@Component
class Letterheads {

    private final OrgChart chart;
    private final IdentityService identity;
    private final String department;

    Letterheads(OrgChart chart, IdentityService identity, ReportProperties properties) {
        this.chart = chart;
        this.identity = identity;
        this.department = properties.department();
    }

    String department() {
        return department;
    }

    /** A People's Committee signing as a collective body: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH". */
    Letterhead committee(OrgUnit unit, String symbol, LocalDate date, List<String> recipients) {
        return new Letterhead(null, List.of("ỦY BAN NHÂN DÂN", UnitNames.upper(unit.name())), null, symbol,
                UnitNames.place(unit), date, recipients, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                memberName(Role.CHAIRMAN.groupId(unit.code())));
    }

    /** The province's department under "UBND TỈNH ...", signed by its director or by the given person. */
    Letterhead department(OrgUnit province, String symbolKind, LocalDate date, List<String> recipients,
            String signerTitle, String signerId) {
        String signer = signerId != null ? userName(signerId) : memberName(Role.DEPARTMENT.groupId(province.code()));
        return new Letterhead("UBND " + UnitNames.upper(province.name()), List.of(UnitNames.upper(department)), null,
                symbolKind + UnitNames.initials(department), UnitNames.place(province), date, recipients, null,
                signerTitle, signer);
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

    /** The first member of a group (in demo data: the one user of each role and unit), or null. */
    private String memberName(String groupId) {
        return SystemActions.asSystem(identity, () -> identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc()
                .listPage(0, 1).stream().findFirst().map(Letterheads::fullName).orElse(null));
    }

    /** "First Last" of a Camunda user, or null for an unknown id. */
    String userName(String userId) {
        return SystemActions.asSystem(identity, () -> {
            User user = identity.createUserQuery().userId(userId).singleResult();
            return user == null ? null : fullName(user);
        });
    }

    private static String fullName(User user) {
        return (user.getFirstName() + " " + user.getLastName()).strip();
    }
}
