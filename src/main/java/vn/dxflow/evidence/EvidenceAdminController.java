package vn.dxflow.evidence;

import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dxflow.security.UnitAccess;

/** {@code POST /api/admin/evidence/reconcile}: an administrator settles evidence operations that nodes abandoned. */
@RestController
@RequestMapping("/api/admin/evidence")
class EvidenceAdminController {

    private final EvidenceReconciliation reconciliation;
    private final UnitAccess access;

    EvidenceAdminController(EvidenceReconciliation reconciliation, UnitAccess access) {
        this.reconciliation = reconciliation;
        this.access = access;
    }

    @PostMapping("/reconcile")
    List<EvidenceReconciliation.Repair> reconcile() {
        access.requireAdmin();
        return reconciliation.settleAbandoned();
    }
}
