package vn.dxflow.cycle;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/dossiers/{processInstanceId}}: the unit's dossier as it stands (page {@code /ho-so/}). */
@RestController
class DossierController {

    private final DossierFollowUp followUp;

    DossierController(DossierFollowUp followUp) {
        this.followUp = followUp;
    }

    @GetMapping("/api/dossiers/{processInstanceId}")
    ResponseEntity<?> get(@PathVariable String processInstanceId) {
        return followUp.of(processInstanceId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "Không tìm thấy hồ sơ đánh giá.")));
    }
}
