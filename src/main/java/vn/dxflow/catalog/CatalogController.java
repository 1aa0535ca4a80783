package vn.dxflow.catalog;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dxflow.org.OrgChart;
import vn.dxflow.org.OrgUnit;
import vn.dxflow.org.UnitKind;
import vn.dxflow.security.UnitAccess;

/**
 * {@code /api/catalogs}: list and read catalogs (any authenticated user), score a unit's values (users of that
 * unit or above it), export and import catalogs (administrators).
 */
@RestController
@RequestMapping("/api/catalogs")
class CatalogController {

    static final String YAML = "application/yaml";

    record CatalogSummary(String id, String province, int year, String unitTier, String title, String ruleKind,
            int criteria) {
        static CatalogSummary of(Catalog catalog) {
            // the rule's kind as written in the file
            String rule = Arrays.stream(CombiningRule.class.getAnnotation(JsonSubTypes.class).value())
                    .filter(type -> type.value() == catalog.rule().getClass())
                    .map(JsonSubTypes.Type::name)
                    .findFirst().orElseThrow();
            return new CatalogSummary(catalog.id(), catalog.province(), catalog.year(), catalog.unitTier().name(),
                    catalog.title(), rule, catalog.criteria().size());
        }
    }

    record EvaluateRequest(String unitCode, Integer targetLevel, Map<String, CriterionValue> values) {
    }

    record AppraiseRequest(String unitCode, Integer targetLevel, Map<String, CriterionValue> selfAssessed,
            Map<String, CriterionValue> appraised) {
    }

    private final Catalogs catalogs;
    private final ScoringService scoring;
    private final UnitAccess access;
    private final OrgChart chart;

    CatalogController(Catalogs catalogs, ScoringService scoring, UnitAccess access, OrgChart chart) {
        this.catalogs = catalogs;
        this.scoring = scoring;
        this.access = access;
        this.chart = chart;
    }

    @GetMapping
    List<CatalogSummary> list() {
        return catalogs.all().stream().map(CatalogSummary::of).toList();
    }

    @GetMapping("/{id}")
    Catalog get(@PathVariable String id) {
        return catalogs.get(id);
    }

    @PostMapping("/{id}/evaluate")
    Assessment evaluate(@PathVariable String id, @RequestBody EvaluateRequest request) {
        requireUnitFor(id, request.unitCode());
        return scoring.evaluate(id, request.targetLevel(), request.values());
    }

    @PostMapping("/{id}/appraise")
    Appraisal appraise(@PathVariable String id, @RequestBody AppraiseRequest request) {
        requireUnitFor(id, request.unitCode());
        return scoring.appraise(id, request.targetLevel(), request.selfAssessed(), request.appraised());
    }

    @GetMapping(value = "/{id}/export", produces = YAML)
    ResponseEntity<String> export(@PathVariable String id) {
        access.requireAdmin();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + ".yaml\"")
                .contentType(MediaType.parseMediaType(YAML + ";charset=UTF-8"))
                .body(catalogs.export(id));
    }

    /** The body is the catalog file itself: YAML, or JSON when sent as {@code application/json}. */
    @PostMapping(value = "/import", consumes = {YAML, "application/x-yaml", "text/yaml", "text/plain",
        MediaType.APPLICATION_JSON_VALUE})
    CatalogSummary importCatalog(@RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestBody String content) {
        access.requireAdmin();
        CatalogFiles.Format format = MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_JSON)
                ? CatalogFiles.Format.JSON : CatalogFiles.Format.YAML;
        return CatalogSummary.of(catalogs.importCatalog(content, format));
    }

    /** Access to the unit first, so that nobody learns anything about units that are not theirs. */
    private void requireUnitFor(String catalogId, String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            throw new CatalogInputException("No unitCode", "Thiếu mã đơn vị",
                    List.of(Problem.catalog("unitCode is required", "cần mã đơn vị (unitCode) được đánh giá")));
        }
        access.requireAccess(unitCode);
        Catalog catalog = catalogs.get(catalogId);
        OrgUnit unit = chart.find(unitCode).orElseThrow(() -> new CatalogInputException("Unknown unit " + unitCode,
                "Đơn vị không hợp lệ", List.of(Problem.catalog("no unit " + unitCode,
                        "không có đơn vị mã " + unitCode))));
        if (unit.tier() != catalog.unitTier()) {
            throw new CatalogInputException("Unit " + unitCode + " is not of tier " + catalog.unitTier(),
                    "Đơn vị không phù hợp", List.of(Problem.catalog(
                            "catalog " + catalogId + " is for tier " + catalog.unitTier() + ", unit " + unitCode
                                    + " is " + unit.tier(),
                            "bộ tiêu chí " + catalogId + " dành cho " + tierName(catalog.unitTier()) + ", còn "
                                    + unit.name() + " là đơn vị " + tierName(unit.tier()))));
        }
    }

    private static String tierName(UnitKind.Tier tier) {
        return switch (tier) {
            case COMMUNE -> "cấp xã";
            case DISTRICT -> "cấp huyện";
            case PROVINCE -> "cấp tỉnh";
        };
    }
}
