package vn.dxflow.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.DefaultResourceLoader;

class UnitFileParserTest {

    private static final String HEADER = "code,name,kind,parent\n";

    private static OrgChart parse(String text) throws IOException {
        return new UnitFileParser().parse("test.csv", new StringReader(text));
    }

    /** The organisation the application installs from one units file. */
    static OrgChart installed(String unitsFile, List<String> provinces) throws IOException {
        return new OrgConfiguration().orgRegisters(new OrgProperties(unitsFile, null, provinces, null, false, "x"),
                new DefaultResourceLoader()).installed();
    }

    private static UnitFileException refusal(String text) {
        try {
            parse(text);
        } catch (UnitFileException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the file was accepted:\n" + text);
    }

    /** The default run: the national register, Lào Cai (15) and Lai Châu (12) only. */
    @Test
    void theDefaultRunInstallsItsProvincesOfTheNationalRegister() throws IOException {
        OrgChart chart = installed("classpath:org/vietnam-2025-two-tier.csv", List.of("15", " 12 "));

        assertThat(chart.all()).hasSize(2 + 99 + 38);
        assertThat(chart.get("02947").name()).isEqualTo("Xã Bảo Yên");
        assertThat(chart.selfAndAncestors("02953")).extracting(OrgUnit::code).containsExactly("02953", "15");
        assertThat(chart.find("00004")).as("a ward of Hà Nội").isEmpty();
        assertThatThrownBy(() -> installed("classpath:org/vietnam-2025-two-tier.csv", List.of("15", "10", "02947")))
                .hasMessageContaining("names [10, 02947], which the units file does not have as provinces");
    }

    @Test
    void demoFileHasBothStructures() throws IOException {
        OrgChart chart = installed("classpath:org/example-before-reform.csv", List.of());

        assertThat(chart.all()).hasSize(25);
        assertThat(chart.children("087")).hasSize(17)
                .extracting(OrgUnit::name).contains("Thị trấn Phố Ràng", "Xã Điện Quan", "Xã Cam Cọn");
        assertThat(chart.get("02947").kind()).isEqualTo(UnitKind.TOWNSHIP);
        assertThat(chart.selfAndAncestors("02959")).extracting(OrgUnit::code).containsExactly("02959", "087", "10");
        // Two-tier province: communes sit directly under it.
        assertThat(chart.get("25450").parentCode()).isEqualTo("70");
        assertThat(chart.provinceOf("25450").name()).isEqualTo("Tỉnh Bình Phước");
    }

    @Test
    void commentsBlankLinesAndByteOrderMarkAreIgnored() throws IOException {
        OrgChart chart = parse("\uFEFF# units\n\n" + HEADER + "10,Tỉnh Lào Cai,tỉnh,\n# a comment\n02947,Thị trấn Phố Ràng,thị trấn,10\n");

        assertThat(chart.all()).extracting(OrgUnit::code).containsExactly("10", "02947");
    }

    @Test
    void duplicateCodeNamesBothLines() {
        UnitFileException e = refusal(HEADER + "10,Tỉnh Lào Cai,tỉnh,\n087,Huyện Bảo Yên,huyện,10\n087,Huyện Khác,huyện,10\n");

        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.english()).isEqualTo("duplicate code '087' (first on line 3)");
            assertThat(problem.vietnamese()).isEqualTo("mã '087' bị trùng (đã có ở dòng 3)");
        });
        assertThat(e.getMessage()).contains("line 4: duplicate code '087'");
    }

    @Test
    void unknownParentIsNamed() {
        UnitFileException e = refusal(HEADER + "10,Tỉnh Lào Cai,tỉnh,\n02947,Thị trấn Phố Ràng,thị trấn,999\n");

        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.english()).isEqualTo("unit 02947 has unknown parent '999'");
        });
    }

    @Test
    void cycleIsReportedOnceWithItsPath() {
        UnitFileException e = refusal(HEADER + "A1,Xã A,xã,B1\nB1,Xã B,xã,C1\nC1,Xã C,xã,A1\n");

        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.english()).isEqualTo("parent cycle: A1 → B1 → C1 → A1");
            assertThat(problem.vietnamese()).startsWith("vòng lặp đơn vị cấp trên");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong header        | code;name;kind;parent                               | 1 | header must be 'code,name,kind,parent'
            unknown kind        | code,name,kind,parent\\n10,Tỉnh Lào Cai,bang,        | 2 | unit 10 has unknown kind 'bang'
            code with a dash    | code,name,kind,parent\\n10-1,Tỉnh Lào Cai,tỉnh,      | 2 | code '10-1' must be 1 to 20 letters or digits
            missing name        | code,name,kind,parent\\n10,,tỉnh,                    | 2 | unit 10 has no name
            too few fields      | code,name,kind,parent\\n10,Tỉnh Lào Cai,tỉnh         | 2 | expected 4 fields
            province with parent| code,name,kind,parent\\n10,Tỉnh A,tỉnh,\\n11,Tỉnh B,tỉnh,10 | 3 | unit 11 (tỉnh) must not have a parent
            commune under commune| code,name,kind,parent\\n10,Tỉnh A,tỉnh,\\n1,Xã A,xã,10\\n2,Xã B,xã,1 | 4 | unit 2 (xã) must have a district or a province as parent
            orphan district     | code,name,kind,parent\\n087,Huyện Bảo Yên,huyện,      | 2 | unit 087 (huyện) must have a province as parent
            """)
    void invalidLinesAreRefusedWithTheirLineNumber(String what, String file, int line, String message) {
        UnitFileException e = refusal(file.replace("\\n", "\n"));

        assertThat(e.problems()).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.english()).startsWith(message);
            assertThat(problem.vietnamese()).isNotBlank();
        });
    }

    @Test
    void everyProblemIsListedNotOnlyTheFirst() {
        UnitFileException e = refusal(HEADER + "10,Tỉnh Lào Cai,tỉnh,\n10,Tỉnh Lặp,tỉnh,\nX,Xã X,làng,10\n");

        assertThat(e.problems()).extracting(UnitFileException.Problem::line).containsExactlyInAnyOrder(3, 4);
    }

    @Test
    void applicationRefusesAnInvalidFileAtStartup() {
        assertThatThrownBy(() -> installed("classpath:org/invalid-units.csv", List.of()))
                .isInstanceOf(UnitFileException.class)
                .hasMessageContaining("line 4: unit 02947 has unknown parent '086'");
    }
}
