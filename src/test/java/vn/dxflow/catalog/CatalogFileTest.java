package vn.dxflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading catalog files: the bundled catalogs survive export and import unchanged, and an invalid file is
 * refused with every problem naming its criterion, in English for the log and in Vietnamese for the user.
 */
class CatalogFileTest {

    private final CatalogFiles files = new CatalogFiles();

    /** A small graded catalog; each test breaks one thing in it. */
    private static final String VALID = """
            id: test-2025-commune
            province: Thử nghiệm
            year: 2025
            unitTier: COMMUNE
            levels:
              1: {name: Khởi động}
              2: {name: Kết nối}
            rule: {kind: levels, text: test}
            groups:
            - code: I
              name: Chính quyền số
              criteria:
              - code: CQS-1
                name: Tỷ lệ hồ sơ trực tuyến
                unit: '%'
                levels:
                  1: {kind: percentMin, text: 50%, min: 50}
                  2: {kind: percentMin, text: 69.99%, min: 69.99}
              - code: CQS-2
                name: Cán bộ chuyên trách
                levels:
                  1: {kind: notApplicable, text: Không áp dụng}
                  2: {kind: countMin, text: Tối thiểu 01 nhân sự, min: 1}
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kontum-2025-commune", "kontum-2025-district", "thanhhoa-2023-commune",
        "binhphuoc-2024-commune"})
    void exportThenImportGivesTheSameCatalog(String id) {
        Catalog catalog = TestCatalogs.BUNDLED.get(id);
        String exported = files.write(catalog);
        assertThat(files.read("export", exported, CatalogFiles.Format.YAML)).isEqualTo(catalog);
        // Vietnamese stays readable in the exported file (no \\u escapes)
        assertThat(exported).contains("province: " + catalog.province());
    }

    @Test
    void readsTheValidSampleWithExactDecimals() {
        Catalog catalog = files.read("test", VALID, CatalogFiles.Format.YAML);
        Threshold.PercentMin levelTwo = (Threshold.PercentMin) catalog.criterion("CQS-1").orElseThrow().levels().get(2);
        assertThat(levelTwo.min()).isEqualByComparingTo("69.99");
        assertThat(levelTwo.evaluate(CriterionValue.ofPercent("69.98"))).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void readsJsonToo() {
        String json = """
                {"id": "json-2025-commune", "province": "Thử", "year": 2025, "unitTier": "COMMUNE",
                 "rule": {"kind": "passRate", "text": "t", "minPassPercent": 70},
                 "groups": [{"code": "1", "name": "Nhóm",
                   "criteria": [{"code": "1.1", "name": "Có hệ thống", "target": {"kind": "yesNo"}}]}]}
                """;
        assertThat(files.read("json", json, CatalogFiles.Format.JSON).criteria()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // what is broken                | text to replace                               | replacement                                      | criterion | English              | Vietnamese
        "duplicate code                  | code: CQS-2                                   | code: CQS-1                                      | CQS-1 | duplicate code         | mã tiêu chí bị trùng",
        "unknown threshold kind          | {kind: countMin,                              | {kind: countMax,                                 | CQS-2 | unknown kind 'countMax' | loại 'countMax' không được hỗ trợ",
        "percentage falls                | {kind: percentMin, text: 69.99%, min: 69.99}  | {kind: percentMin, text: 40%, min: 40}           | CQS-1 | threshold falls from level 1 (50%) to level 2 (40%) | ngưỡng giảm từ mức 1 (50%) xuống mức 2 (40%)",
        "applicable, then not applicable | 2: {kind: percentMin, text: 69.99%, min: 69.99} | '2: {kind: notApplicable, text: Không áp dụng}' | CQS-1 | threshold falls        | ngưỡng giảm",
        "missing level                   | '                  2: {kind: countMin, text: Tối thiểu 01 nhân sự, min: 1}' | ''    | CQS-2 | exactly the levels [1, 2] (has [1]) | cần ngưỡng cho đúng các mức [1, 2]",
        "percentage above 100            | min: 69.99                                    | min: 120                                         | CQS-1 | levels.2: min must be between 0 and 100 | min phải nằm trong khoảng 0 đến 100",
        "count without its number        | ', min: 1}'                                   | '}'                                              | CQS-2 | levels.2.min           | giá trị thiếu hoặc không đúng kiểu",
        "misspelt field                  | text: 50%, min: 50                            | text: 50%, mn: 50                                | CQS-1 | unknown field 'mn'     | trường 'mn' không có trong định dạng",
        "number that is not a number     | min: 50                                       | min: năm mươi                                    | CQS-1 | levels.1.min           | giá trị thiếu hoặc không đúng kiểu",
        "criterion without a name        | name: Cán bộ chuyên trách                     | name: ''                                         | CQS-2 | no name                | thiếu tên tiêu chí"
    })
    void invalidCriterionIsNamed(String broken, String text, String replacement, String criterion, String english,
            String vietnamese) {
        String content = VALID.replace(text.strip(), replacement.strip());
        assertThat(content).as("the test must change the file").isNotEqualTo(VALID);
        assertThatThrownBy(() -> files.read("test.yaml", content, CatalogFiles.Format.YAML))
                .isInstanceOfSatisfying(CatalogInputException.class, e -> {
                    assertThat(e.problems()).anySatisfy(problem -> {
                        assertThat(problem.criterion()).isEqualTo(criterion);
                        assertThat(problem.english()).startsWith("criterion " + criterion + ": ").contains(english);
                        assertThat(problem.vietnamese()).startsWith("Tiêu chí " + criterion + ": ").contains(vietnamese);
                    });
                    assertThat(e.getMessage()).contains("Invalid catalog test.yaml").contains(criterion);
                    assertThat(e.vietnameseMessage()).startsWith("Bộ tiêu chí không hợp lệ: ").contains(criterion);
                });
    }

    @Test
    void ruleReferencingAMissingCriterionIsNamed() {
        String content = """
                id: bp-2024-commune
                province: Thử
                year: 2024
                unitTier: COMMUNE
                rule: {kind: mandatoryExtended, text: t, minExtended: 1, extended: [CQS-2, CQS-9]}
                groups:
                - code: I
                  name: Nhóm
                  criteria:
                  - {code: CQS-1, name: Một, target: {kind: yesNo, text: Có hệ thống}}
                  - {code: CQS-2, name: Hai, target: {kind: percentMin, text: 60%, min: 60}}
                """;
        assertThatThrownBy(() -> files.read("bp.yaml", content, CatalogFiles.Format.YAML))
                .isInstanceOfSatisfying(CatalogInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem("CQS-9",
                                "criterion CQS-9: named by the rule but not in the catalog",
                                "Tiêu chí CQS-9: được quy tắc tổng hợp nhắc đến nhưng không có trong bộ tiêu chí")));
    }

    @Test
    void everyProblemIsListedNotJustTheFirst() {
        String content = VALID
                .replace("{kind: percentMin, text: 69.99%, min: 69.99}", "{kind: percentMin, text: 40%, min: 40}")
                .replace("code: CQS-2", "code: CQS-1")
                .replace("id: test-2025-commune", "id: ../../etc/passwd");
        assertThatThrownBy(() -> files.read("test.yaml", content, CatalogFiles.Format.YAML))
                .isInstanceOfSatisfying(CatalogInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::criterion)
                        .containsExactly(null, "CQS-1", "CQS-1"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown rule kind      | {kind: levels, text: test}  | {kind: majority}                 | rule: unknown kind 'majority'",
        "pass rule on levels    | {kind: levels, text: test}  | {kind: passRate, minPassPercent: 70} | the 'levels' rule and the catalog's 'levels' go together",
        "wrong unit tier        | unitTier: COMMUNE           | unitTier: PROVINCE               | unitTier must be COMMUNE or DISTRICT",
        "YAML syntax            | 'rule: {kind: levels, text: test}' | 'rule: {kind: levels'    | not valid YAML at line"
    })
    void catalogWideProblemsAreReported(String broken, String text, String replacement, String english) {
        String content = VALID.replace(text.strip(), replacement.strip());
        assertThatThrownBy(() -> files.read("test.yaml", content, CatalogFiles.Format.YAML))
                .isInstanceOfSatisfying(CatalogInputException.class, e -> assertThat(e.problems())
                        .anySatisfy(problem -> {
                            assertThat(problem.criterion()).isNull();
                            assertThat(problem.english()).contains(english);
                            assertThat(problem.vietnamese()).isNotBlank();
                        }));
    }

    @Test
    void thresholdsOfDifferentKindsAreComparedByTheirCount() {
        String content = VALID.replace("{kind: countMin, text: Tối thiểu 01 nhân sự, min: 1}",
                "{kind: countOrPercent, text: Có 3 hoặc 100%, minCount: 3, minPercent: 100}");
        assertThat(files.read("test", content, CatalogFiles.Format.YAML).criteria()).hasSize(2);
        String falling = VALID
                .replace("1: {kind: notApplicable, text: Không áp dụng}", "1: {kind: countMin, text: '4', min: 4}")
                .replace("{kind: countMin, text: Tối thiểu 01 nhân sự, min: 1}",
                        "{kind: countOrPercent, text: Có 3 hoặc 100%, minCount: 3, minPercent: 100}");
        assertThatThrownBy(() -> files.read("test", falling, CatalogFiles.Format.YAML))
                .isInstanceOfSatisfying(CatalogInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::criterion).containsExactly("CQS-2"));
    }

    @Test
    void aFileWithoutACatalogIsRefused() {
        assertThatThrownBy(() -> files.read("empty.yaml", "", CatalogFiles.Format.YAML))
                .isInstanceOfSatisfying(CatalogInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::vietnamese).containsExactly("Tệp không chứa bộ tiêu chí nào"));
    }
}
