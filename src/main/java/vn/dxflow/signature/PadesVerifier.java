package vn.dxflow.signature;

import java.io.IOException;
import java.security.Provider;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The verifier on PDFBox 3 and Bouncy Castle: opens the document once and validates each signature field. */
final class PadesVerifier implements PdfSignatureVerifier {

    private final SignatureValidation validation;
    private final Clock clock;

    PadesVerifier(SignatureValidation validation, Clock clock) {
        this.validation = validation;
        this.clock = clock;
    }

    /** Wires the checks; the Bouncy Castle provider is used by instance and never installed JVM-wide. */
    static PadesVerifier create(TrustAnchors anchors, RevocationFetcher fetcher, VerificationPolicy policy, Clock clock) {
        Provider bouncyCastle = new BouncyCastleProvider();
        SignatureValidation validation = new SignatureValidation(new CmsCheck(bouncyCastle),
                new TimestampCheck(bouncyCastle, anchors),
                new RevocationChecker(fetcher, bouncyCastle, policy.revocationFreshness()), anchors,
                policy.requireTimestamp());
        return new PadesVerifier(validation, clock);
    }

    @Override
    public DocumentReport verify(byte[] pdf, SignerRule rule) {
        return verify(pdf, rule, clock.instant());
    }

    @Override
    public DocumentReport verify(byte[] pdf, SignerRule rule, Instant validationTime) {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(validationTime, "validationTime");
        try (PDDocument document = PdfLoading.load(pdf)) {
            CrossReferences crossReferences = new CrossReferences(pdf);
            SignatureValidation.Document context = new SignatureValidation.Document(pdf,
                    new Revisions(pdf, document, crossReferences), crossReferences, RevocationData.fromDss(document),
                    certificationLevel(document, crossReferences, pdf.length), validationTime);
            List<SignatureReport> reports = new ArrayList<>();
            for (PDSignatureField field : document.getSignatureFields()) {
                COSBase value = inheritedValue(field.getCOSObject());
                if (value != null) {
                    reports.add(validation.validate(context, field.getFullyQualifiedName(), value));
                }
            }
            return reports.isEmpty() ? Reports.withoutSignatures(Finding.NO_SIGNATURE, validationTime)
                    : Reports.document(reports, rule, validationTime);
        } catch (IOException | RuntimeException e) {
            // Mutated and hostile files make PDFBox throw anything; for the user it is one verdict: not a valid PDF.
            return Reports.withoutSignatures(Finding.UNREADABLE_PDF, validationTime);
        }
    }

    /**
     * The field's /V, inherited from its parents as ISO 32000-1 12.7.3.1 allows, left unresolved: the signature
     * dictionary is read from the file as written, not by PDFBox.
     */
    private static COSBase inheritedValue(COSDictionary field) {
        COSDictionary node = field;
        for (int depth = 0; node != null && depth < 32; depth++) {
            COSBase value = node.getItem(COSName.V);
            if (value != null) {
                return value;
            }
            node = node.getCOSDictionary(COSName.PARENT);
        }
        return null;
    }

    /**
     * P of the certification signature (ISO 32000-1 12.8.2.2, table 254; 2 when absent), 0 when not certified. The
     * signature dictionary is read as written, like the signatures themselves.
     */
    private static int certificationLevel(PDDocument document, CrossReferences crossReferences, int end) {
        if (!(document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.PERMS) instanceof COSDictionary perms)
                || !(perms.getItem(COSName.DOCMDP) instanceof COSObject reference)) {
            return 0;
        }
        CrossReferences.Located signature = crossReferences.dictionary(end, reference.getObjectNumber(),
                reference.getGenerationNumber());
        if (signature == null || !(signature.dictionary().get("Reference") instanceof List<?> references)) {
            return 0;
        }
        for (Object item : references) {
            if (resolve(crossReferences, end, item) instanceof Map<?, ?> transform
                    && new PdfSyntax.Name("DocMDP").equals(transform.get("TransformMethod"))) {
                return resolve(crossReferences, end, transform.get("TransformParams")) instanceof Map<?, ?> params
                        && params.get("P") instanceof Long level ? level.intValue() : 2;
            }
        }
        return 0;
    }

    private static Object resolve(CrossReferences crossReferences, int end, Object value) {
        if (value instanceof PdfSyntax.Ref reference) {
            CrossReferences.Located located = crossReferences.dictionary(end, reference.number(), reference.generation());
            return located == null ? null : located.dictionary();
        }
        return value;
    }
}
