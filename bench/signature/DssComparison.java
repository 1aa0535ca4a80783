package vn.dxflow.signature;

import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.ExternalResourcesOCSPSource;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * DXFlow's verifier against EU DSS 6.4 (dss-pades-pdfbox, default validation policy, the same single trust anchor and
 * the same OCSP responses and CRLs, so that neither goes online), in three parts:
 * <ol>
 * <li>classes: one file per class of issue 18 (SignatureCase: attacks, honest updates), both verdicts side by side;</li>
 * <li>speed: the small documents and the 25-signature sheet, both timed in alternating rounds, DSS / DXFlow;</li>
 * <li>sizes: PAdES-LT files of about 50 KB, 1, 20 and 100 MB, with the SHA-256 lower bound.</li>
 * </ol>
 * Built and run outside the normal build, with the bench-dss Maven profile: see bench/signature/README.md.
 */
public final class DssComparison {

    private final TestPki pki = TestPki.get();
    private final PdfSignatureVerifier verifier = TestVerifiers.standard();
    /** The answers DXFlow gets from the loopback responder, made once and given to DSS offline. */
    private final List<byte[]> ocspResponses = Stream.of(pki.rsaSigner, pki.mstSigner, pki.pssSigner, pki.crlOnly, pki.expired)
            .map(signer -> pki.responder.ocspFor(signer.certificate(), pki.intermediate.certificate())).toList();
    private final List<byte[]> crls = List.of(pki.responder.crl(pki.root, null),
            pki.responder.crl(pki.intermediate, pki.revokedByCrl.certificate()));

    private DssComparison() {
    }

    /** Arguments: "classes", "speed", or sizes in MB (0 = the one-page record); none runs everything. */
    public static void main(String[] args) {
        DssComparison comparison = new DssComparison();
        boolean all = args.length == 0;
        if (all || Arrays.asList(args).contains("classes")) {
            comparison.classes();
        }
        if (all || Arrays.asList(args).contains("speed")) {
            comparison.speed();
        }
        int[] megabytes = all ? new int[] {0, 1, 20, 100}
                : Arrays.stream(args).filter(arg -> arg.matches("\\d+")).mapToInt(Integer::parseInt).toArray();
        if (megabytes.length > 0) {
            comparison.sizes(megabytes);
        }
        System.exit(0);
    }

    private void classes() {
        System.out.printf("%-72s  %-60s  %s%n", "class (issue 18)", "DXFlow (first signature)", "EU DSS 6.4 (same signature)");
        for (SignatureCase signatureCase : SignatureCase.all()) {
            byte[] pdf = signatureCase.pdf().get();
            SignatureReport ours = verifier.verify(pdf).signatures().get(0);
            String finding = !ours.findings().isEmpty() ? ours.findings().get(0).name()
                    : !ours.warnings().isEmpty() ? "warning " + ours.warnings().get(0).name() : "";
            System.out.printf("%-72s  %-60s  %s%n", signatureCase.name(),
                    verdict(ours.indication().name(), ours.subIndication()) + " " + finding, dss(pdf, ours.fieldName()));
        }
    }

    private void speed() {
        System.out.println("document                               bytes  dxflow_ms  dss_ms  dss/dxflow  (targets: small <= 5 ms, 25 signatures <= 300 ms)");
        for (Map.Entry<String, byte[]> document : BenchmarkDocuments.small().entrySet()) {
            time(document.getKey(), document.getValue(), 7, 5);
        }
        time(SignatureCase.SIGN_OFF_SIGNERS + " signatures (sign-off sheet)", SignatureCase.signOffSheet(false), 3, 3);
    }

    private void time(String name, byte[] pdf, int rounds, int runs) {
        BenchmarkDocuments.Comparison times = BenchmarkDocuments.compare(3 * runs, rounds, runs,
                () -> verifier.verify(pdf), () -> dss(pdf, null));
        System.out.printf(Locale.ROOT, "%-36s %8d  %9.2f  %6.0f  %10.0f%n", name, pdf.length, times.baselineMs(),
                times.subjectMs(), times.ratio());
    }

    private void sizes(int[] megabytes) {
        System.out.println("size_mb  file_bytes  dxflow_verdict  dss_verdict                      dxflow_ms  dss_ms  sha256_ms  dss/dxflow  dxflow/sha256");
        for (int size : megabytes) {
            byte[] pdf = TestSigner.addDss(TestSigner.with(pki.rsaSigner)
                    .sign(size == 0 ? TestPdfs.record(false) : TestPdfs.padded(size * 1024 * 1024)), pki.rsaSigner);
            int runs = size >= 100 ? 3 : 10;
            String ours = verifier.verify(pdf).indication().name();
            String theirs = dss(pdf, null);
            double dxflow = BenchmarkDocuments.median(runs / 2, runs, () -> verifier.verify(pdf));
            double dss = BenchmarkDocuments.median(runs / 2, runs, () -> dss(pdf, null));
            double hash = BenchmarkDocuments.median(runs / 2, runs, () -> BenchmarkDocuments.sha256(pdf));
            System.out.printf(Locale.ROOT, "%7d  %10d  %-14s  %-31s  %9.1f  %6.0f  %9.1f  %10.1f  %13.2f%n", size, pdf.length,
                    ours, theirs, dxflow, dss, hash, dss / dxflow, dxflow / hash);
        }
    }

    /** DSS's verdict on the signature in the named field (the first one when null). */
    private String dss(byte[] pdf, String fieldName) {
        PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(certificateVerifier());
        Reports reports = validator.validateDocument();
        SimpleReport report = reports.getSimpleReport();
        String id = reports.getDiagnosticData().getSignatures().stream()
                .filter(signature -> fieldName == null || signature.getSignatureFieldNames().contains(fieldName))
                .map(SignatureWrapper::getId).findFirst().orElse(report.getFirstSignatureId());
        if (id == null) {
            return "no signature found";
        }
        if (Boolean.getBoolean("dss.errors")) {
            report.getAdESValidationErrors(id).forEach(m -> System.err.println("DSS: " + m.getValue()));
        }
        return verdict(report.getIndication(id).name(), report.getSubIndication(id));
    }

    private CommonCertificateVerifier certificateVerifier() {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(pki.root.certificate()));
        CommonCertificateVerifier certificateVerifier = new CommonCertificateVerifier();
        certificateVerifier.setTrustedCertSources(trusted);
        certificateVerifier.setOcspSource(new ExternalResourcesOCSPSource(streams(ocspResponses)));
        certificateVerifier.setCrlSource(new ExternalResourcesCRLSource(streams(crls)));
        return certificateVerifier;
    }

    private static ByteArrayInputStream[] streams(List<byte[]> contents) {
        return contents.stream().map(ByteArrayInputStream::new).toArray(ByteArrayInputStream[]::new);
    }

    private static String verdict(String indication, Object subIndication) {
        return indication + (subIndication == null ? "" : "/" + subIndication);
    }
}
