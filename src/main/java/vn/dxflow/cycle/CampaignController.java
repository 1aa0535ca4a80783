package vn.dxflow.cycle;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dxflow.security.UnitAccess;

/** Campaigns: the configured calendars (for the provinces a user may see) and opening a campaign (administrators). */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    record CampaignView(String id, String name, String provinceCode, int year, Map<String, String> deadlines,
            boolean registration, boolean opinions, boolean verification, List<Integer> reminderDays) {
    }

    private final Campaigns campaigns;
    private final CampaignOpener opener;
    private final UnitAccess access;

    CampaignController(Campaigns campaigns, CampaignOpener opener, UnitAccess access) {
        this.campaigns = campaigns;
        this.opener = opener;
        this.access = access;
    }

    @GetMapping
    List<CampaignView> list() {
        return campaigns.all().stream().filter(c -> access.isInProvince(c.provinceCode())).map(CampaignController::view).toList();
    }

    @PostMapping("/{id}/open")
    ResponseEntity<Map<String, String>> open(@PathVariable String id) {
        access.requireAdmin();
        if (campaigns.find(id).isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "Không tìm thấy đợt đánh giá " + id + "."));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("processInstanceId", opener.open(id)));
    }

    @ExceptionHandler(CampaignOpener.AlreadyOpenException.class)
    ResponseEntity<Map<String, String>> alreadyOpen(CampaignOpener.AlreadyOpenException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", "Đợt đánh giá này đã được mở trước đó."));
    }

    @ExceptionHandler(CampaignOpener.RegisterMismatchException.class)
    ResponseEntity<Map<String, Object>> registerMismatch(CampaignOpener.RegisterMismatchException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of(
                "message", "Đợt đánh giá không phù hợp với danh mục đơn vị hành chính có hiệu lực ngày "
                        + format(e.day()) + ": " + e.problems().stream().map(CampaignFileException.Problem::vietnamese)
                        .collect(java.util.stream.Collectors.joining("; ")) + ".",
                "problems", e.problems()));
    }

    private static CampaignView view(CampaignConfig c) {
        Map<String, String> deadlines = new LinkedHashMap<>();
        c.calendar().deadlines().forEach((stage, day) -> deadlines.put(stage.name(), format(day)));
        return new CampaignView(c.id(), c.name(), c.provinceCode(), c.year(), deadlines, c.stages().registration(),
                c.stages().opinions(), c.stages().verification(), c.reminderDays());
    }

    private static String format(LocalDate day) {
        return day.format(VIETNAMESE_DATE);
    }
}
