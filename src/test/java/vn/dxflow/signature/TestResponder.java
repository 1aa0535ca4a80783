package vn.dxflow.signature;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampRequest;

/**
 * CRL distribution points, an OCSP responder and a timestamp authority on 127.0.0.1, answering with real,
 * freshly signed CRLs (RFC 5280), OCSP responses (RFC 6960) and timestamp responses (RFC 3161). Counts requests so
 * tests can show what was fetched and what came from a cache or the document.
 */
final class TestResponder {

    private final TestPki pki;
    private final HttpServer server;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    private TestResponder(TestPki pki, HttpServer server) {
        this.pki = pki;
        this.server = server;
    }

    static TestResponder start(TestPki pki) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        TestResponder responder = new TestResponder(pki, server);
        server.createContext("/crl/root.crl", exchange -> responder.answer(exchange, "application/pkix-crl",
                responder.crl(pki.root, null)));
        server.createContext("/crl/ca.crl", exchange -> responder.answer(exchange, "application/pkix-crl",
                responder.crl(pki.intermediate, pki.revokedByCrl.certificate())));
        server.createContext("/ocsp", exchange -> responder.answer(exchange, "application/ocsp-response",
                responder.ocsp(exchange.getRequestBody().readAllBytes())));
        server.createContext("/tsa", exchange -> responder.answer(exchange, "application/timestamp-reply",
                TestTsa.respond(pki, new TimeStampRequest(exchange.getRequestBody().readAllBytes()), new Date())));
        server.start();
        return responder;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int requests(String path) {
        return requests.computeIfAbsent(path, p -> new AtomicInteger()).get();
    }

    int totalRequests() {
        return requests.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    byte[] crl(TestPki.Credential issuer, X509Certificate revoked) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()),
                    Date.from(pki.now.minus(Duration.ofMinutes(5))));
            builder.setNextUpdate(Date.from(pki.now.plus(Duration.ofDays(7))));
            if (revoked != null) {
                builder.addCRLEntry(revoked.getSerialNumber(), Date.from(pki.now.minus(Duration.ofHours(2))),
                        CRLReason.keyCompromise);
            }
            return builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.key())).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers for certificates the intermediate issued; the revoked-by-OCSP signer is reported revoked. */
    byte[] ocsp(byte[] request) {
        try {
            OCSPReq ocspRequest = new OCSPReq(request);
            JcaX509CertificateHolder issuer = new JcaX509CertificateHolder(pki.intermediate.certificate());
            BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(issuer.getSubject()));
            BigInteger revoked = pki.revokedByOcsp.certificate().getSerialNumber();
            for (Req single : ocspRequest.getRequestList()) {
                CertificateStatus status = single.getCertID().getSerialNumber().equals(revoked)
                        ? new RevokedStatus(Date.from(pki.now.minus(Duration.ofHours(2))), CRLReason.keyCompromise)
                        : CertificateStatus.GOOD;
                builder.addResponse(single.getCertID(), status, new Date(), Date.from(pki.now.plus(Duration.ofDays(1))));
            }
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, builder.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(pki.intermediate.key()), null, new Date()))
                    .getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The OCSP response for one certificate, as a signer would embed it in the DSS. */
    byte[] ocspFor(X509Certificate certificate, X509Certificate issuer) {
        try {
            return ocsp(new org.bouncycastle.cert.ocsp.OCSPReqBuilder().addRequest(new org.bouncycastle.cert.ocsp.CertificateID(
                    new JcaDigestCalculatorProviderBuilder().build().get(org.bouncycastle.cert.ocsp.CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(issuer), certificate.getSerialNumber())).build().getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(HttpExchange exchange, String contentType, byte[] body) throws IOException {
        requests.computeIfAbsent(exchange.getHttpContext().getPath(), p -> new AtomicInteger()).incrementAndGet();
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
