package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The decision forms refuse in the browser with the very messages the server's checks use (one language for two
 * sides that share no code): scripts/dxflow-decisions.js and dxflow-appraisal.js must carry each of them to the letter.
 */
class RequiredChoiceMessagesTest {

    private static final Path SCRIPT = Path.of(
            "src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/scripts/dxflow-decisions.js");

    @Test
    void theFormsScriptCarriesTheServersMessages() throws IOException {
        String script = Files.readString(SCRIPT);
        assertThat(script).contains("'" + RequiredChoiceCheck.LEVEL_MISSING + "'", "'" + RequiredChoiceCheck.OPINION_MISSING + "'",
                "'" + RequiredChoiceCheck.RECOGNITION_MISSING + "'",
                "'" + RequiredChoiceCheck.REPORT_NOT_CONFIRMED + "'");
        // The appraisal and verification forms share one script, with VerificationCheck's refusal of a contradicting "Đạt"
        assertThat(Files.readString(SCRIPT.resolveSibling("dxflow-appraisal.js"))).contains(
                "'" + RequiredChoiceCheck.APPRAISAL_DECISION_MISSING + "'", "'" + RequiredChoiceCheck.VERIFICATION_MISSING + "'",
                "'" + VerificationCheck.CONTRADICTS_VALUES + "'");
        // RecognitionCheck's, the level being a number there and here
        assertThat(script).contains("'Kết quả thẩm định chưa đạt mức độ nào: chỉ có thể quyết định không công nhận.'",
                "'Kết quả thẩm định đạt mức 1: chỉ có thể công nhận mức 1.'",
                "'Mức độ công nhận phải từ 1 đến ' + computed.computedLevel + ' (mức độ theo kết quả thẩm định).'",
                "'Kết quả thẩm định là không đạt: chỉ có thể quyết định không công nhận.'");
        assertThat(Files.readString(Path.of("src/main/java/vn/dxflow/cycle/RecognitionCheck.java"))).contains(
                "\"Kết quả thẩm định chưa đạt mức độ nào: chỉ có thể quyết định không công nhận.\"",
                "\"Kết quả thẩm định đạt mức 1: chỉ có thể công nhận mức 1.\"",
                "\"Mức độ công nhận phải từ 1 đến \" + computed.intValue() + \" (mức độ theo kết quả thẩm định).\"",
                "\"Kết quả thẩm định là không đạt: chỉ có thể quyết định không công nhận.\"");
    }
}
