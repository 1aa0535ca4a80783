package vn.dxflow.admin;

import java.io.IOException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dxflow.cycle.CampaignConfig;
import vn.dxflow.security.UnitAccess;

/**
 * {@code /api/admin/campaigns} and {@code /api/admin/templates}: the campaign calendars and report templates as
 * text files (the criteria catalogs have their own import and export under {@code /api/catalogs}).
 */
@RestController
@RequestMapping("/api/admin")
class FilesController {

    private final UnitAccess access;
    private final CampaignFiles campaigns;
    private final TemplateFiles templates;

    FilesController(UnitAccess access, CampaignFiles campaigns, TemplateFiles templates) {
        this.access = access;
        this.campaigns = campaigns;
        this.templates = templates;
    }

    @GetMapping("/campaigns")
    List<CampaignFiles.CampaignSummary> campaigns() {
        access.requireAdmin();
        return campaigns.list();
    }

    @GetMapping(value = "/campaigns/{id}", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> campaign(@PathVariable String id) throws IOException {
        access.requireAdmin();
        return ResponseEntity.of(campaigns.read(id));
    }

    @PutMapping("/campaigns/{id}")
    CampaignFiles.CampaignSummary saveCampaign(@PathVariable String id, @RequestBody String yaml) throws IOException {
        access.requireAdmin();
        CampaignConfig saved = campaigns.save(id, yaml);
        return new CampaignFiles.CampaignSummary(saved.id(), saved.name(), saved.provinceCode(), saved.year());
    }

    @GetMapping("/templates")
    List<TemplateFiles.TemplateFile> templates() throws IOException {
        access.requireAdmin();
        return templates.list();
    }

    @GetMapping(value = "/templates/file", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> template(@RequestParam String path) throws IOException {
        access.requireAdmin();
        return ResponseEntity.of(templates.read(path));
    }

    @PutMapping("/templates/file")
    ResponseEntity<Void> saveTemplate(@RequestParam String path, @RequestBody String content) throws IOException {
        access.requireAdmin();
        templates.save(path, content);
        return ResponseEntity.noContent().build();
    }
}
