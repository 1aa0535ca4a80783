package vn.dxflow.signature;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;

/**
 * Verification time of DXFlow's verifier on signed PDFs of about 1, 20 and 100 MB, next to the time it takes only to
 * SHA-256 the same bytes on the JDK (the lower bound: every byte must be hashed once). Not a JUnit test: run it as
 * bench/signature/README.md says. Revocation answers come from the loopback responder and are cached after the
 * warm-up, so the numbers are the verifier's own work.
 */
public final class SignatureBenchmark {

    private SignatureBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // 0 stands for the plain one-page record (about 50 KB)
        int[] megabytes = args.length == 0 ? new int[] {0, 1, 20, 100} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        TestPki pki = TestPki.get();
        PdfSignatureVerifier verifier = TestVerifiers.standard();
        System.out.println("size_mb  file_bytes  verdict       dxflow_ms  sha256_ms  ratio");
        for (int size : megabytes) {
            byte[] pdf = TestSigner.with(pki.rsaSigner).sign(size == 0 ? TestPdfs.record(false) : TestPdfs.padded(size * 1024 * 1024));
            int runs = size >= 100 ? 5 : 20;
            DocumentReport report = null;
            for (int i = 0; i < (size >= 100 ? 3 : 20); i++) {
                report = verifier.verify(pdf);
                sha256(pdf);
            }
            double verify = median(runs, () -> verifier.verify(pdf));
            double hash = median(runs, () -> sha256(pdf));
            System.out.printf(Locale.ROOT, "%7d  %10d  %-12s  %9.1f  %9.1f  %5.2f%n", size, pdf.length,
                    report.indication(), verify, hash, verify / hash);
        }
        System.exit(0);
    }

    private static double median(int runs, Runnable work) {
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    private static void sha256(byte[] data) {
        try {
            MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
