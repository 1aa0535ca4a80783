package vn.dxflow.signature;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documents the signature benchmarks time (SignatureBenchmark here, DssComparison in bench/signature), made with
 * the test PKI, and the timing helper both use.
 */
final class BenchmarkDocuments {

    private BenchmarkDocuments() {
    }

    /** Small documents (at most 2 MB) of the kinds DXFlow receives, each with what follows its signature. */
    static Map<String, byte[]> small() {
        TestPki pki = TestPki.get();
        Map<String, byte[]> documents = new LinkedHashMap<>();
        documents.put("record, 1 signature", TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false)));
        documents.put("letter (3 pages, fonts, image), LTV", TestSigner.addDss(
                TestSigner.with(pki.rsaSigner).sign(TestPdfs.officialLetter()), pki.rsaSigner));
        documents.put("letter, XMP rewritten", HonestUpdates.rewriteXmp(
                TestSigner.with(pki.rsaSigner).sign(HonestUpdates.withXmp(TestPdfs.officialLetter()))));
        documents.put("certified form, filled", HonestUpdates.fillForm(
                TestSigner.with(pki.rsaSigner).certifying(2).sign(TestPdfs.record(true))));
        documents.put("record + 1 MB annex, 2 signatures", TestSigner.with(pki.mstSigner).sign(
                TestSigner.with(pki.rsaSigner).sign(TestPdfs.padded(1024 * 1024))));
        return documents;
    }

    /** Median wall-clock milliseconds of {@code runs} runs after {@code warmUp} unmeasured ones. */
    static double median(int warmUp, int runs, Runnable work) {
        for (int i = 0; i < warmUp; i++) {
            work.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    static void sha256(byte[] data) {
        try {
            MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
