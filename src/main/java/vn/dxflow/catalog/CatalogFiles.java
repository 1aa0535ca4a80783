package vn.dxflow.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.dxflow.security.SafeYaml;

/**
 * Reads a catalog file (YAML or JSON) into a validated {@link Catalog}, and writes one back as YAML for an
 * administrator to edit. Reading is strict (unknown fields, missing numbers, unknown kinds are errors) and
 * every error names the criterion it is in.
 */
final class CatalogFiles {

    enum Format {
        YAML, JSON;

        static Format ofFileName(String name) {
            return name.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
        }
    }

    private static final String HEADER = """
            # DXFlow criteria catalog (bộ tiêu chí), exported for editing. Import it again through
            # POST /api/catalogs/import or put it into dxflow.catalog.dir. Texts are verbatim from the source
            # document; 'kind', 'min', ... are DXFlow's reading of them; 'notes' say where that is an assumption.
            """;

    private final ObjectMapper yaml = configure(YAMLMapper.builder(SafeYaml.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    // "kind: percentMin" as in the bundled files, not a YAML tag
                    .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    // criterion codes such as '3.10' must stay strings, not become the number 3.1
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    // one criterion text per line, multi-line cells (Căn cứ) as blocks: easy to edit and diff
                    .disable(YAMLGenerator.Feature.SPLIT_LINES)
                    .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                    .build())
            .build());
    private final ObjectMapper json = configure(JsonMapper.builder().build());
    private final CatalogValidator validator = new CatalogValidator();

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // 69.99 must stay 69.99: thresholds are compared exactly
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    }

    /** The catalog in {@code content}, or a {@link CatalogInputException} listing what is wrong with it. */
    Catalog read(String source, String content, Format format) {
        ObjectMapper mapper = format == Format.JSON ? json : yaml;
        JsonNode tree;
        try {
            tree = mapper.readTree(content);
        } catch (JsonProcessingException e) {
            throw CatalogInputException.invalidFile(source, List.of(Problem.catalog(
                    "not valid " + format + " at line " + line(e) + ": " + e.getOriginalMessage(),
                    "Tệp không đúng định dạng " + format + " (dòng " + line(e) + ")")));
        }
        if (tree == null || !tree.isObject()) {
            throw CatalogInputException.invalidFile(source, List.of(Problem.catalog("the file holds no catalog",
                    "Tệp không chứa bộ tiêu chí nào")));
        }
        Catalog catalog;
        try {
            catalog = mapper.treeToValue(tree, Catalog.class);
        } catch (JsonProcessingException e) {
            throw CatalogInputException.invalidFile(source, List.of(problem(tree, e)));
        }
        List<Problem> problems = validator.validate(catalog);
        if (!problems.isEmpty()) {
            throw CatalogInputException.invalidFile(source, problems);
        }
        return catalog;
    }

    String write(Catalog catalog) {
        try {
            return HEADER + yaml.writeValueAsString(catalog);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write catalog " + catalog.id(), e);
        }
    }

    /** Names the criterion the failing field is in (groups[i].criteria[j]), and the field inside it. */
    private static Problem problem(JsonNode tree, JsonProcessingException error) {
        List<JsonMappingException.Reference> path = error instanceof JsonMappingException mapping
                ? mapping.getPath() : List.of();
        Message text = describe(error);
        int inCriterion = criterionDepth(path);
        if (inCriterion < 0) {
            String where = joinPath(path, 0);
            return Problem.catalog(where + ": " + text.english(), "Trường '" + where + "': " + text.vietnamese());
        }
        JsonNode node = tree.path("groups").path(path.get(1).getIndex())
                .path("criteria").path(path.get(3).getIndex()).path("code");
        String code = node.isValueNode() ? node.asText() : "(nhóm " + (path.get(1).getIndex() + 1)
                + ", tiêu chí " + (path.get(3).getIndex() + 1) + ")";
        String where = joinPath(path, inCriterion);
        return Problem.of(code, where + ": " + text.english(), "trường '" + where + "': " + text.vietnamese());
    }

    private record Message(String english, String vietnamese) {
    }

    private static Message describe(JsonProcessingException error) {
        if (error instanceof InvalidTypeIdException typeId) {
            String known = typeId.getBaseType().getRawClass() == Threshold.class
                    ? "percentMin, yesNo, countMin, countOrPercent, notApplicable, communeDistribution"
                    : "levels, passRate, mandatoryExtended";
            return new Message("unknown kind '" + typeId.getTypeId() + "' (known: " + known + ")",
                    "loại '" + typeId.getTypeId() + "' không được hỗ trợ (chỉ dùng: " + known + ")");
        }
        if (error.getCause() instanceof InvalidValueException invalid) {
            return new Message(invalid.getMessage(), invalid.vietnamese());
        }
        if (error instanceof UnrecognizedPropertyException unknown) {
            return new Message("unknown field '" + unknown.getPropertyName() + "'",
                    "trường '" + unknown.getPropertyName() + "' không có trong định dạng bộ tiêu chí");
        }
        return new Message(error.getOriginalMessage(), "giá trị thiếu hoặc không đúng kiểu");
    }

    /** Index in the path just after groups[i].criteria[j], or -1 when the path is not inside a criterion. */
    private static int criterionDepth(List<JsonMappingException.Reference> path) {
        boolean inCriterion = path.size() >= 4
                && "groups".equals(path.get(0).getFieldName()) && path.get(1).getIndex() >= 0
                && "criteria".equals(path.get(2).getFieldName()) && path.get(3).getIndex() >= 0;
        return inCriterion ? 4 : -1;
    }

    private static String joinPath(List<JsonMappingException.Reference> path, int from) {
        String joined = path.subList(from, path.size()).stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("."));
        return joined.isEmpty() ? "(gốc)" : joined;
    }

    private static String line(JsonProcessingException e) {
        return e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNr());
    }
}
