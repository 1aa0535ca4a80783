package vn.dxflow.signature;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;

/**
 * DXFlow's verifier against EU DSS 6.4 (dss-pades-pdfbox) on the same signed PDFs (about 50 KB, 1, 20 and 100 MB,
 * PAdES-LT: the DSS holds the OCSP response and CRL, so neither validator goes online) and the same single trust
 * anchor, with both verdicts side by side and the SHA-256 lower bound. Built and run outside the normal build, with
 * the bench-dss Maven profile: see bench/signature/README.md.
 */
public final class DssComparison {

    private DssComparison() {
    }

    public static void main(String[] args) throws Exception {
        int[] megabytes = args.length == 0 ? new int[] {0, 1, 20, 100} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        TestPki pki = TestPki.get();
        PdfSignatureVerifier verifier = TestVerifiers.standard();
        System.out.println("size_mb  file_bytes  dxflow_verdict  dss_verdict                      dxflow_ms  dss_ms  sha256_ms  dss/dxflow  dxflow/sha256");
        for (int size : megabytes) {
            byte[] pdf = TestSigner.addDss(TestSigner.with(pki.rsaSigner)
                    .sign(size == 0 ? TestPdfs.record(false) : TestPdfs.padded(size * 1024 * 1024)), pki.rsaSigner);
            int runs = size >= 100 ? 3 : 10;
            String ours = verifier.verify(pdf).indication().name();
            String theirs = dss(pdf, pki);
            double dxflow = median(runs, () -> verifier.verify(pdf));
            double dss = median(runs, () -> dss(pdf, pki));
            double hash = median(runs, () -> sha256(pdf));
            System.out.printf(Locale.ROOT, "%7d  %10d  %-14s  %-31s  %9.1f  %6.0f  %9.1f  %10.1f  %13.2f%n", size, pdf.length,
                    ours, theirs, dxflow, dss, hash, dss / dxflow, dxflow / hash);
        }
        System.exit(0);
    }

    private static String dss(byte[] pdf, TestPki pki) {
        PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(pki.root.certificate()));
        CommonCertificateVerifier certificateVerifier = new CommonCertificateVerifier();
        certificateVerifier.setTrustedCertSources(trusted);
        validator.setCertificateVerifier(certificateVerifier);
        SimpleReport report = validator.validateDocument().getSimpleReport();
        String id = report.getFirstSignatureId();
        if (Boolean.getBoolean("dss.errors")) {
            report.getAdESValidationErrors(id).forEach(m -> System.err.println("DSS: " + m.getValue()));
        }
        return report.getIndication(id) + (report.getSubIndication(id) == null ? "" : "/" + report.getSubIndication(id));
    }

    private static double median(int runs, Runnable work) {
        for (int i = 0; i < Math.max(2, runs / 2); i++) {
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

    private static void sha256(byte[] data) {
        try {
            MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
