package vn.dxflow.org;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dxflow.security.CurrentUser;
import vn.dxflow.security.UnitAccess;

/** Who am I, and which units may I see: used by the forms to show the user's unit and role. */
@RestController
@RequestMapping("/api")
class OrgController {

    record UnitView(String code, String name, String kind, String parentCode) {
        static UnitView of(OrgUnit unit) {
            return new UnitView(unit.code(), unit.name(), unit.kind().label(), unit.parentCode());
        }
    }

    record MembershipView(String role, String roleTitle, UnitView unit) {
    }

    record MeView(String userId, boolean admin, List<MembershipView> memberships) {
    }

    private final OrgChart chart;
    private final UnitAccess access;

    OrgController(OrgChart chart, UnitAccess access) {
        this.chart = chart;
        this.access = access;
    }

    @GetMapping("/me")
    MeView me() {
        CurrentUser user = access.currentUser();
        List<MembershipView> memberships = user.groupIds().stream()
                .flatMap(group -> Role.parseGroupId(group).stream())
                .flatMap(m -> chart.find(m.unitCode()).stream()
                        .map(unit -> new MembershipView(m.role().key(), m.role().title(), UnitView.of(unit))))
                .toList();
        return new MeView(user.userId(), user.isAdmin(), memberships);
    }

    /** The units the current user may see. */
    @GetMapping("/units")
    List<UnitView> units() {
        return chart.all().stream().filter(unit -> access.mayAccess(unit.code())).map(UnitView::of).toList();
    }

    @GetMapping("/units/{code}")
    ResponseEntity<?> unit(@PathVariable String code) {
        access.requireAccess(code);
        return chart.find(code).<ResponseEntity<?>>map(unit -> ResponseEntity.ok(UnitView.of(unit)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("message", "Không có đơn vị mã " + code + ".")));
    }
}
