package vn.dxflow.signature;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Revocation data is taken from the signature and the DSS first, then fetched from the certificate's CRL distribution
 * point or OCSP responder (here on loopback), and fetched answers are cached.
 */
class RevocationSourcesTest {

    private final TestPki pki = TestPki.get();

    @Test
    void crlIsFetchedWhenTheCertificateNamesNoOcspResponder() {
        byte[] pdf = TestSigner.with(pki.crlOnly).sign(TestPdfs.record(false));
        int before = pki.responder.requests("/crl/ca.crl");

        DocumentReport report = TestVerifiers.standard().verify(pdf);

        assertThat(report.indication()).as(report.report()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(pki.responder.requests("/crl/ca.crl")).isEqualTo(before + 1);
    }

    @Test
    void fetchedAnswersAreCachedAcrossDocuments() {
        PdfSignatureVerifier verifier = TestVerifiers.standard();
        byte[] first = TestSigner.with(pki.crlOnly).sign(TestPdfs.record(false));
        byte[] second = TestSigner.with(pki.crlOnly).sign(TestPdfs.record(true));
        verifier.verify(first);
        int afterFirst = pki.responder.totalRequests();

        DocumentReport report = verifier.verify(second);

        assertThat(report.passed()).isTrue();
        assertThat(pki.responder.totalRequests()).isEqualTo(afterFirst);
    }

    @Test
    void ocspResponseEmbeddedInTheSignatureIsUsedForTheSigner() {
        byte[] pdf = TestSigner.with(pki.rsaSigner).embeddingOcsp().sign(TestPdfs.record(false));
        int before = pki.responder.requests("/ocsp");

        DocumentReport report = TestVerifiers.standard().verify(pdf);

        assertThat(report.indication()).as(report.report()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(pki.responder.requests("/ocsp")).isEqualTo(before);
    }

    @Test
    void ltvDssAddedAfterSigningIsAcceptedAndMakesFetchingUnnecessary() {
        byte[] signed = TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false));
        byte[] withDss = TestSigner.addDss(signed, pki.rsaSigner);
        int before = pki.responder.totalRequests();

        DocumentReport report = TestVerifiers.standard().verify(withDss);

        assertThat(report.indication()).as(report.signatures().get(0).errors().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(pki.responder.totalRequests()).isEqualTo(before);
    }

    @Test
    void revokedStatusInTheDssIsNotOverriddenByTheDocument() {
        byte[] signed = TestSigner.with(pki.revokedByOcsp).sign(TestPdfs.record(false));

        DocumentReport report = TestVerifiers.standard().verify(TestSigner.addDss(signed, pki.revokedByOcsp));

        assertThat(report.subIndication()).isEqualTo(SubIndication.REVOKED);
    }
}
