package vn.dxflow.signature;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxflow.production.DxflowJar;

/**
 * {@code java -jar target/dxflow.jar verify} as a script runs it: standard output holds one JSON line per file and
 * nothing else, even when PDFBox warns about a damaged file (its warnings go to standard error).
 */
class VerifyCommandJarIT {

    @TempDir
    Path folder;

    @Test
    void standardOutputIsOnlyJsonLinesWhilePdfboxWarnsOnStandardError() throws Exception {
        TestPki pki = TestPki.get();
        Path signed = Files.write(folder.resolve("signed.pdf"), TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false)));
        Path damaged = Files.write(folder.resolve("damaged.pdf"), withMalformedDictionary());
        Path stdout = folder.resolve("stdout");
        Path stderr = folder.resolve("stderr");

        Process verify = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                DxflowJar.jar().toString(), "verify", signed.toString(), damaged.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();

        assertThat(verify.waitFor()).isEqualTo(1);
        List<String> lines = Files.readAllLines(stdout, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode result = json.readTree(line);
            assertThat(result.get("indication").asText()).isNotBlank();
        }
        assertThat(json.readTree(lines.get(0)).get("file").asText()).isEqualTo(signed.toString());
        assertThat(json.readTree(lines.get(1)).get("file").asText()).isEqualTo(damaged.toString());
        // The library did speak: on standard error, where it belongs.
        assertThat(Files.readString(stderr)).contains("WARN", "pdfbox");
    }

    /** A one-page PDF whose catalog holds a malformed value ("12a"): PDFBox warns "Invalid dictionary" and goes on. */
    private static byte[] withMalformedDictionary() {
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R /Extra 12a >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
        List<Integer> offsets = new java.util.ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 4\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
