package vn.dxflow.signature;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documents the signature benchmarks time (SignatureBenchmark here, DssComparison in bench/signature), made with
 * the test PKI, and the timing helpers both use.
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
        return median(times);
    }

    /**
     * A subject timed against a baseline in alternating rounds of {@code runs} runs each (after {@code warmUp} runs of
     * both), so that other work on the machine slows both alike: the medians over the rounds of each one's median,
     * and the median of the rounds' ratios subject / baseline.
     */
    static Comparison compare(int warmUp, int rounds, int runs, Runnable baseline, Runnable subject) {
        median(warmUp, 1, baseline);
        median(warmUp, 1, subject);
        double[] baselines = new double[rounds];
        double[] subjects = new double[rounds];
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            baselines[round] = median(0, runs, baseline);
            subjects[round] = median(0, runs, subject);
            ratios[round] = subjects[round] / baselines[round];
        }
        return new Comparison(median(baselines), median(subjects), median(ratios));
    }

    /** Milliseconds of the baseline and of the subject, and subject / baseline. */
    record Comparison(double baselineMs, double subjectMs, double ratio) {
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static void sha256(byte[] data) {
        try {
            MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
