package vn.dxflow.signature;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Verification time of DXFlow's verifier, warm, against a baseline timed in the same run in alternating rounds
 * (BenchmarkDocuments.compare): small documents (target: at most 5 ms each) and the 25-signature sign-off sheet (target:
 * at most 300 ms) against the plain digest-and-signature check (PlainSignatureCheck); signed PDFs of about 1, 20 and
 * 100 MB against only SHA-256 of the same bytes on the JDK (the lower bound: every byte must be hashed once). Not a
 * JUnit test (timings are not asserted): bench/signature.sh runs it. Revocation answers come from the loopback
 * responder and are cached after the warm-up, so the numbers are the verifier's own work.
 */
public final class SignatureBenchmark {

    private SignatureBenchmark() {
    }

    /** Arguments: "small", "many", or sizes in MB (0 = the one-page record); none runs everything. */
    public static void main(String[] args) {
        PdfSignatureVerifier verifier = TestVerifiers.standard();
        boolean all = args.length == 0;
        if (all || Arrays.asList(args).contains("small")) {
            small(verifier);
        }
        if (all || Arrays.asList(args).contains("many")) {
            many(verifier);
        }
        int[] megabytes = all ? new int[] {0, 1, 20, 100}
                : Arrays.stream(args).filter(arg -> arg.matches("\\d+")).mapToInt(Integer::parseInt).toArray();
        if (megabytes.length > 0) {
            sizes(verifier, megabytes);
        }
        System.exit(0);
    }

    private static void small(PdfSignatureVerifier verifier) {
        PlainSignatureCheck plain = new PlainSignatureCheck();
        System.out.println("small document                          bytes  verdict       plain_ms  dxflow_ms  dxflow/plain  target_ms");
        for (Map.Entry<String, byte[]> document : BenchmarkDocuments.small().entrySet()) {
            byte[] pdf = document.getValue();
            BenchmarkDocuments.Comparison times = BenchmarkDocuments.compare(200, 9, 21,
                    () -> plain.verify(pdf), () -> verifier.verify(pdf));
            System.out.printf(Locale.ROOT, "%-36s %8d  %-12s  %8.2f  %9.2f  %12.1f  %9d%n", document.getKey(), pdf.length,
                    verifier.verify(pdf).indication(), times.baselineMs(), times.subjectMs(), times.ratio(), 5);
        }
    }

    private static void many(PdfSignatureVerifier verifier) {
        PlainSignatureCheck plain = new PlainSignatureCheck();
        byte[] pdf = SignatureCase.signOffSheet(false);
        DocumentReport report = verifier.verify(pdf);
        BenchmarkDocuments.Comparison times = BenchmarkDocuments.compare(10, 7, 5,
                () -> plain.verify(pdf), () -> verifier.verify(pdf));
        System.out.printf(Locale.ROOT, "%d signatures, %d bytes: %s; plain %.1f ms, dxflow %.1f ms, dxflow/plain %.1f"
                + " (target 300 ms)%n", report.signatures().size(), pdf.length, report.indication(),
                times.baselineMs(), times.subjectMs(), times.ratio());
    }

    private static void sizes(PdfSignatureVerifier verifier, int[] megabytes) {
        TestPki pki = TestPki.get();
        System.out.println("size_mb  file_bytes  verdict       sha256_ms  dxflow_ms  dxflow/sha256");
        for (int size : megabytes) {
            byte[] pdf = TestSigner.with(pki.rsaSigner).sign(size == 0 ? TestPdfs.record(false) : TestPdfs.padded(size * 1024 * 1024));
            boolean large = size >= 100;
            BenchmarkDocuments.Comparison times = BenchmarkDocuments.compare(large ? 3 : 20, large ? 3 : 5, large ? 3 : 5,
                    () -> BenchmarkDocuments.sha256(pdf), () -> verifier.verify(pdf));
            System.out.printf(Locale.ROOT, "%7d  %10d  %-12s  %9.1f  %9.1f  %13.2f%n", size, pdf.length,
                    verifier.verify(pdf).indication(), times.baselineMs(), times.subjectMs(), times.ratio());
        }
    }
}
