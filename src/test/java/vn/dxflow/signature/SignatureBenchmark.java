package vn.dxflow.signature;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Verification time of DXFlow's verifier, warm, as medians: small documents (targets: at most 5 ms each), the
 * 25-signature sign-off sheet (target: at most 300 ms), and signed PDFs of about 1, 20 and 100 MB next to the time it
 * takes only to SHA-256 the same bytes on the JDK (the lower bound: every byte must be hashed once). Not a JUnit test
 * (timings are not asserted): run it as bench/signature/README.md says. Revocation answers come from the loopback
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
        System.out.println("small document                          bytes  verdict       dxflow_ms  target_ms");
        for (Map.Entry<String, byte[]> document : BenchmarkDocuments.small().entrySet()) {
            byte[] pdf = document.getValue();
            double median = BenchmarkDocuments.median(200, 101, () -> verifier.verify(pdf));
            System.out.printf(Locale.ROOT, "%-36s %8d  %-12s  %9.2f  %9d%n", document.getKey(), pdf.length,
                    verifier.verify(pdf).indication(), median, 5);
        }
    }

    private static void many(PdfSignatureVerifier verifier) {
        byte[] pdf = SignatureCase.signOffSheet(false);
        DocumentReport report = verifier.verify(pdf);
        double median = BenchmarkDocuments.median(10, 21, () -> verifier.verify(pdf));
        System.out.printf(Locale.ROOT, "%d signatures, %d bytes: %s, median %.1f ms (target 300 ms)%n",
                report.signatures().size(), pdf.length, report.indication(), median);
    }

    private static void sizes(PdfSignatureVerifier verifier, int[] megabytes) {
        TestPki pki = TestPki.get();
        System.out.println("size_mb  file_bytes  verdict       dxflow_ms  sha256_ms  ratio");
        for (int size : megabytes) {
            byte[] pdf = TestSigner.with(pki.rsaSigner).sign(size == 0 ? TestPdfs.record(false) : TestPdfs.padded(size * 1024 * 1024));
            int warmUp = size >= 100 ? 3 : 20;
            int runs = size >= 100 ? 5 : 20;
            double verify = BenchmarkDocuments.median(warmUp, runs, () -> verifier.verify(pdf));
            double hash = BenchmarkDocuments.median(warmUp, runs, () -> BenchmarkDocuments.sha256(pdf));
            System.out.printf(Locale.ROOT, "%7d  %10d  %-12s  %9.1f  %9.1f  %5.2f%n", size, pdf.length,
                    verifier.verify(pdf).indication(), verify, hash, verify / hash);
        }
    }
}
