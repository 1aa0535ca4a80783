/**
 * Verification of signed PDFs (PAdES, ISO 32000 signatures) on PDFBox 3 and Bouncy Castle, with verdicts in the
 * indications of ETSI EN 319 102-1 and a short report in Vietnamese.
 *
 * <p>Public surface: {@link vn.dxflow.signature.PdfSignatureVerifier} (a Spring bean), the result values
 * {@link vn.dxflow.signature.DocumentReport}, {@link vn.dxflow.signature.SignatureReport},
 * {@link vn.dxflow.signature.SignerIdentity}, {@link vn.dxflow.signature.Finding}, the signer constraint
 * {@link vn.dxflow.signature.SignerRule} with {@link vn.dxflow.signature.UnitSigners}, and the command line
 * {@link vn.dxflow.signature.VerifyCommand}. Everything else is package-private:
 *
 * <pre>
 * PadesVerifier          opens the PDF (strict parser, PdfLoading) and validates each signature field
 * SignatureValidation    the ETSI basic validation steps of one signature, in order:
 *   ByteRangeCheck       /ByteRange covers the revision except exactly /Contents (USF, SWA)
 *   CmsCheck             CMS SignedData: digest (JDK SHA), signature value (BC), signing-certificate-v2, SHA-1
 *   TimestampCheck       RFC 3161 signature and document timestamps
 *   CertificatePath      path to TrustAnchors, CA constraints, path length
 *   RevocationChecker    CRL/OCSP from the CMS, the DSS (RevocationData) or fetched (RevocationFetcher, cached)
 *   RevisionComparison   what changed after signing (DocumentStructure, CosComparison): ISA, DocMDP,
 *                        shadow hide-and-replace; OverlayDetector for shadow hide and replace
 * Reports                findings to indications and the Vietnamese report
 * SignatureConfiguration dxflow.signature.* (SignatureProperties) to beans
 * </pre>
 */
package vn.dxflow.signature;
