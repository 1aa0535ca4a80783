package vn.dxflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names are shown to other officials: what they see is what the name is. */
class FileNamesTest {

    /** A right-to-left override (U+202E) shows "Báo cáo[RLO]fdp.exe" as "Báo cáoexe.pdf" (CVE-2021-42574's trick). */
    @Test
    void bidiAndInvisibleFormatCharactersAreStripped() {
        assertThat(FileNames.sanitize("Báo cáo" + c(0x202E) + "fdp.exe")).isEqualTo("Báo cáofdp.exe");
        assertThat(FileNames.sanitize("Kế" + c(0x200B) + " hoạch" + c(0x2066) + ".pdf" + c(0x2069)))
                .isEqualTo("Kế hoạch.pdf");
        assertThat(FileNames.sanitize(c(0xFEFF) + "Biên bản" + c(0x00AD) + " họp.pdf")).isEqualTo("Biên bản họp.pdf");
    }

    private static String c(int codePoint) {
        return Character.toString(codePoint);
    }
}
