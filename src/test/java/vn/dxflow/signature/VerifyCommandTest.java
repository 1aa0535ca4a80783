package vn.dxflow.signature;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line prints one JSON object per file and exits 0 / 1 / 2 as documented. */
class VerifyCommandTest {

    private final TestPki pki = TestPki.get();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path folder;

    private int run(String... args) {
        return VerifyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path trustFolder() throws Exception {
        Path trust = Files.createDirectory(folder.resolve("trust"));
        Files.writeString(trust.resolve("test-root.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(pki.root.certificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        return trust;
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    @Test
    void validFileExitsZeroWithOneJsonLine() throws Exception {
        Path pdf = file("bien-ban.pdf", TestSigner.with(pki.rsaSigner).timestamped().sign(TestPdfs.record(false)));

        int status = run("--trust", trustFolder().toString(), pdf.toString());

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(lines[0]);
        assertThat(json.get("file").asText()).isEqualTo(pdf.toString());
        assertThat(json.get("indication").asText()).isEqualTo("TOTAL_PASSED");
        JsonNode signature = json.get("signatures").get(0);
        assertThat(signature.get("indication").asText()).isEqualTo("TOTAL_PASSED");
        assertThat(signature.get("signerSubject").asText()).contains("Nguyễn Văn An", "CCCD:001099012345");
        assertThat(signature.get("timestampPresent").asBoolean()).isTrue();
        assertThat(signature.get("signingTime").asText()).isNotBlank();
        assertThat(signature.get("errors")).isEmpty();
        assertThat(signature.get("integrity").asText()).isEqualTo("UNMODIFIED");
        assertThat(signature.get("trust").get("status").asText()).isEqualTo("PASSED");
        assertThat(signature.get("warnings")).isEmpty();
    }

    @Test
    void validationTimeJudgesAnExpiredCertificateAsOfThen() throws Exception {
        Path pdf = file("het-han.pdf", TestSigner.with(pki.expired)
                .signedAt(java.util.Date.from(pki.ago(2 * 365))).sign(TestPdfs.record(false)));
        String at = pki.ago(2 * 365).plus(java.time.Duration.ofHours(1)).atOffset(java.time.ZoneOffset.ofHours(7)).toString();

        String trust = trustFolder().toString();

        int now = run("--trust", trust, pdf.toString());
        int then = run("--trust", trust, "--at", at, pdf.toString());

        assertThat(now).isEqualTo(1);
        assertThat(then).as(out.toString(StandardCharsets.UTF_8)).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        JsonNode later = new ObjectMapper().readTree(lines[1]);
        assertThat(java.time.Instant.parse(later.get("validationTime").asText()))
                .isEqualTo(java.time.OffsetDateTime.parse(at).toInstant());
        JsonNode unmodifiedButOutOfBounds = new ObjectMapper().readTree(lines[0]).get("signatures").get(0);
        assertThat(unmodifiedButOutOfBounds.get("integrity").asText()).isEqualTo("UNMODIFIED");
        assertThat(unmodifiedButOutOfBounds.get("trust").get("time").asText()).isEqualTo("INDETERMINATE");
    }

    @Test
    void unreadableValidationTimeIsAUsageError() {
        assertThat(run("--at", "20/11/2024", "x.pdf")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--at", "2024-11-20T10:00:00+07:00");
    }

    @Test
    void anyFailingFileExitsOne() throws Exception {
        Path good = file("good.pdf", TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false)));
        Path bad = file("bad.pdf", Edits.addStickyNote(TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false))));

        int status = run("--trust", trustFolder().toString(), good.toString(), bad.toString());

        assertThat(status).isEqualTo(1);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        JsonNode failed = new ObjectMapper().readTree(lines[1]).get("signatures").get(0);
        assertThat(failed.get("indication").asText()).isEqualTo("TOTAL_FAILED");
        assertThat(failed.get("errors").get(0).asText()).startsWith("DISALLOWED_CHANGE_AFTER_SIGNING");
    }

    @Test
    void productionAnchorsDoNotTrustTheTestPki() throws Exception {
        Path pdf = file("test-pki.pdf", TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false)));

        assertThat(run(pdf.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("NO_CERTIFICATE_CHAIN_FOUND");
    }

    @Test
    void missingFileIsAUsageError() {
        assertThat(run(folder.resolve("absent.pdf").toString())).isEqualTo(2);
    }

    @Test
    void noFileIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("--fast", "x.pdf")).isEqualTo(2);
    }

    @Test
    void emptyTrustFolderIsAUsageError() throws Exception {
        Path empty = Files.createDirectory(folder.resolve("empty"));

        assertThat(run("--trust", empty.toString(), "x.pdf")).isEqualTo(2);
    }
}
