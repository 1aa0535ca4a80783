package vn.dxflow.signature;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar dxflow.jar verify [--trust DIR] [--at TIME] FILE...}: verifies PDFs without starting the
 * application and prints one JSON object per file, each signature with its integrity and its trust apart. {@code --at}
 * judges certificates as of that time (ISO 8601, e.g. 2024-11-20T10:00:00+07:00) instead of now. Exit status 0 when
 * every signature of every file is TOTAL_PASSED, 1 otherwise, 2 on a usage error (unknown option, bad time, missing or
 * unreadable file, unusable trust folder).
 */
public final class VerifyCommand {

    public static final String NAME = "verify";
    private static final String USAGE = "usage: java -jar dxflow.jar verify [--trust DIR] [--at "
            + ValidationTime.EXAMPLE + "] FILE...";

    private final ObjectMapper json = new ObjectMapper();

    /** @param args the arguments after "verify" */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new VerifyCommand().execute(args, out, err);
    }

    private int execute(String[] args, PrintStream out, PrintStream err) {
        String trust = "classpath:trust/production";
        Instant at = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ("--trust".equals(args[i]) && i + 1 < args.length) {
                trust = "file:" + Path.of(args[++i]).toAbsolutePath();
            } else if ("--at".equals(args[i]) && i + 1 < args.length) {
                try {
                    at = ValidationTime.parse(args[++i]);
                } catch (ValidationTime.Invalid e) {
                    err.println("invalid --at " + args[i] + ": expected a time such as " + ValidationTime.EXAMPLE);
                    return 2;
                }
            } else if (args[i].startsWith("-")) {
                err.println(USAGE);
                return 2;
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        PdfSignatureVerifier verifier;
        try {
            verifier = PadesVerifier.create(TrustAnchors.load(trust), new RevocationFetcher(Duration.ofSeconds(2),
                    Duration.ofSeconds(5), Duration.ofMinutes(10), Clock.systemUTC()),
                    new VerificationPolicy(false, Duration.ofDays(1)), Clock.systemUTC());
        } catch (RuntimeException e) {
            err.println("cannot load trust anchors: " + e.getMessage());
            return 2;
        }
        boolean allPassed = true;
        for (Path file : files) {
            byte[] pdf;
            try {
                pdf = Files.readAllBytes(file);
            } catch (IOException e) {
                err.println("cannot read " + file + ": " + e.getMessage());
                return 2;
            }
            DocumentReport report = at == null ? verifier.verify(pdf) : verifier.verify(pdf, SignerRule.ANYONE, at);
            allPassed &= report.passed();
            out.println(line(file, report));
        }
        return allPassed ? 0 : 1;
    }

    private String line(Path file, DocumentReport report) {
        ObjectNode node = json.createObjectNode();
        node.put("file", file.toString());
        node.put("indication", report.indication().name());
        node.put("subIndication", report.subIndication() == null ? null : report.subIndication().name());
        node.put("validationTime", report.validationTime().toString());
        names(node.putArray("findings"), report.findings());
        ArrayNode signatures = node.putArray("signatures");
        for (SignatureReport signature : report.signatures()) {
            ObjectNode item = signatures.addObject();
            item.put("field", signature.fieldName());
            item.put("documentTimestamp", signature.documentTimestamp());
            item.put("indication", signature.indication().name());
            item.put("subIndication", signature.subIndication() == null ? null : signature.subIndication().name());
            item.put("integrity", signature.integrity().name());
            ObjectNode trust = item.putObject("trust");
            trust.put("status", signature.trust().status().name());
            trust.put("chain", signature.trust().chain().name());
            trust.put("time", signature.trust().time().name());
            trust.put("revocation", signature.trust().revocation().name());
            names(item.putArray("findings"), signature.findings());
            names(item.putArray("warnings"), signature.warnings());
            item.put("signerSubject", signature.signer() == null ? null : signature.signer().subject());
            item.put("signingTime", signature.timestampTime() != null ? signature.timestampTime().toString()
                    : signature.claimedSigningTime() == null ? null : signature.claimedSigningTime().toString());
            item.put("timestampPresent", signature.timestampPresent());
            signature.errors().forEach(item.putArray("errors")::add);
        }
        node.put("report", report.report());
        return node.toString();
    }

    private static void names(ArrayNode array, List<Finding> findings) {
        findings.forEach(finding -> array.add(finding.name()));
    }
}
