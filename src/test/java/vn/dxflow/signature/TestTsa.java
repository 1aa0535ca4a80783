package vn.dxflow.signature;

import java.math.BigInteger;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/** The test PKI's RFC 3161 timestamp authority, built on Bouncy Castle's TimeStampTokenGenerator. */
final class TestTsa {

    private static final AtomicLong SERIALS = new AtomicLong();

    private TestTsa() {
    }

    static byte[] respond(TestPki pki, TimeStampRequest request, Date genTime) {
        try {
            TimeStampTokenGenerator generator = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", pki.tsa.key(), pki.tsa.certificate()),
                    new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.3.4.1"));
            generator.addCertificates(new JcaCertStore(java.util.List.of(pki.tsa.certificate(), pki.intermediate.certificate())));
            return new TimeStampResponseGenerator(generator, TSPAlgorithms.ALLOWED)
                    .generate(request, BigInteger.valueOf(SERIALS.incrementAndGet()), genTime).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token over the SHA-256 digest of data, issued at genTime (in the past to prove an old signing time). */
    static TimeStampToken token(TestPki pki, byte[] sha256, Date genTime) {
        try {
            TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
            generator.setCertReq(true);
            TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256,
                    BigInteger.valueOf(SERIALS.incrementAndGet()));
            return new TimeStampResponse(respond(pki, request, genTime)).getTimeStampToken();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
