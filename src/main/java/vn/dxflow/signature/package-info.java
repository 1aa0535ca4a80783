/**
 * Verification of signed PDFs (PAdES, ISO 32000 signatures) on PDFBox 3 and Bouncy Castle, with verdicts in the
 * indications of ETSI EN 319 102-1, integrity apart from trust, and a short report in Vietnamese.
 *
 * <p>Public surface: {@link vn.dxflow.signature.PdfSignatureVerifier} (a Spring bean), the result values
 * {@link vn.dxflow.signature.DocumentReport}, {@link vn.dxflow.signature.SignatureReport},
 * {@link vn.dxflow.signature.Integrity}, {@link vn.dxflow.signature.Trust},
 * {@link vn.dxflow.signature.SignerIdentity}, {@link vn.dxflow.signature.Finding}, the signer constraint
 * {@link vn.dxflow.signature.SignerRule} with {@link vn.dxflow.signature.UnitSigners}, and the command line
 * {@link vn.dxflow.signature.VerifyCommand}. Everything else is package-private:
 *
 * <pre>
 * PadesVerifier          opens the PDF (strict parser, PdfLoading) and validates each signature field
 * CrossReferences        every revision's cross-reference sections read as written and held to them (PdfSyntax,
 *                        RawStreams): the strict reader signature dictionaries are read with too
 * SignatureValidation    the ETSI basic validation steps of one signature, in order:
 *   ByteRangeCheck       /ByteRange covers the revision except exactly its /Contents (USF, SWA)
 *   CmsCheck             CMS SignedData by /SubFilter: digest (JDK SHA), signature values (BC), signing-certificate-v2
 *   TimestampCheck       RFC 3161 signature and document timestamps
 *   CertificatePath      path to TrustAnchors, CA constraints, path length
 *   RevocationChecker    CRL/OCSP from the CMS, the DSS (RevocationData) or fetched (RevocationFetcher, cached)
 *   RevisionComparison   what changed after signing, judged by what it shows (DocumentStructure, CosComparison,
 *                        Appearances, PageText; Revisions holds what the signatures of one document share): ISA,
 *                        DocMDP, shadow attacks, overlapping annotations
 * Reports                findings to indications, integrity, trust (Trust) and the Vietnamese report
 * ValidationTime         the time asked for with verify --at or the API's at
 * SignatureConfiguration dxflow.signature.* (SignatureProperties) to beans
 * </pre>
 */
package vn.dxflow.signature;
