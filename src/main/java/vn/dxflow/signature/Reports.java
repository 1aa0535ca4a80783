package vn.dxflow.signature;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dxflow.signature.Finding.Aspect;

/** Turns findings into verdicts and the short Vietnamese reports the forms show. */
final class Reports {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy").withZone(VIETNAM);

    /** TOTAL_FAILED outranks INDETERMINATE, which outranks TOTAL_PASSED: the worst decides, the first of equals wins. */
    private static final Comparator<Finding> SEVERITY = Comparator.comparingInt(f -> rank(f.indication()));

    private Reports() {
    }

    /** What one signature's checks establish, gathered while they run, before it becomes a report. */
    static final class Evidence {
        final String fieldName;
        final boolean documentTimestamp;
        final String reason;
        final List<Problem> problems = new ArrayList<>();
        /** The parts of trust that were checked (a part not checked is NOT_CHECKED, not PASSED). */
        final Set<Aspect> checked = EnumSet.noneOf(Aspect.class);
        SignerIdentity signer;
        Instant claimedTime;
        Instant timestampTime;
        /** The signature value (or timestamp) was verified over the signed bytes. */
        boolean valueVerified;
        /** Changes allowed after signing altered what the pages show or the form holds. */
        boolean visiblyModified;

        Evidence(String fieldName, boolean documentTimestamp, Instant claimedTime, String reason) {
            this.fieldName = fieldName;
            this.documentTimestamp = documentTimestamp;
            this.claimedTime = claimedTime;
            this.reason = reason;
        }
    }

    static SignatureReport signature(Evidence evidence) {
        List<Finding> all = evidence.problems.stream().map(Problem::finding).distinct().toList();
        List<Finding> findings = all.stream().filter(f -> !f.warning()).sorted(SEVERITY).toList();
        List<Finding> warnings = all.stream().filter(Finding::warning).toList();
        Indication indication = findings.isEmpty() ? Indication.TOTAL_PASSED : findings.get(0).indication();
        SubIndication sub = findings.isEmpty() ? null : findings.get(0).subIndication();
        Integrity integrity = integrity(evidence, findings);
        Trust trust = Trust.of(findings, evidence.checked);
        List<String> errors = evidence.problems.stream().map(p -> p.finding() + ": " + p.detail()).toList();
        return new SignatureReport(evidence.fieldName, evidence.documentTimestamp, indication, sub, integrity, trust,
                findings, warnings, errors, evidence.signer, evidence.claimedTime, evidence.timestampTime,
                evidence.reason, vietnamese(evidence, indication, integrity, trust, findings, warnings));
    }

    private static Integrity integrity(Evidence evidence, List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.aspect() == Aspect.INTEGRITY && f.indication() == Indication.TOTAL_FAILED)) {
            return Integrity.BROKEN;
        }
        if (!evidence.valueVerified) {
            return Integrity.UNKNOWN;
        }
        return evidence.visiblyModified ? Integrity.MODIFIED : Integrity.UNMODIFIED;
    }

    /**
     * The worst signature decides; a signer rule additionally needs one valid signature (not a document timestamp)
     * by the expected signer, whatever others signed too.
     */
    static DocumentReport document(List<SignatureReport> signatures, SignerRule rule, Instant validationTime) {
        SignatureReport worst = signatures.stream()
                .min(Comparator.comparingInt(r -> rank(r.indication())))
                .orElseThrow();
        long passed = signatures.stream().filter(SignatureReport::passed).count();
        String summary = passed == signatures.size()
                ? "Tài liệu có " + signatures.size() + " chữ ký, tất cả đều hợp lệ."
                : "Tài liệu KHÔNG được chấp nhận: " + (signatures.size() - passed) + "/" + signatures.size()
                        + " chữ ký không hợp lệ hoặc chưa xác định được.";
        String details = signatures.stream().map(SignatureReport::report).collect(Collectors.joining("\n"));
        boolean expectedSignerFound = rule.expectedSigner().isBlank() || signatures.stream()
                .anyMatch(s -> s.passed() && !s.documentTimestamp() && rule.accepts(s.signer()));
        if (expectedSignerFound) {
            return new DocumentReport(worst.indication(), worst.subIndication(), List.of(), signatures, validationTime,
                    summary + "\n" + details);
        }
        Finding refusal = Finding.SIGNER_NOT_EXPECTED;
        boolean failed = worst.indication() == Indication.TOTAL_FAILED;
        String refusalText = refusal.vietnamese() + " Người ký yêu cầu: " + rule.description() + " ("
                + rule.expectedSigner() + ").";
        return new DocumentReport(failed ? Indication.TOTAL_FAILED : refusal.indication(),
                failed ? worst.subIndication() : refusal.subIndication(), List.of(refusal), signatures, validationTime,
                (passed == signatures.size() ? "Tài liệu KHÔNG được chấp nhận." : summary) + "\n" + refusalText + "\n" + details);
    }

    static DocumentReport withoutSignatures(Finding finding, Instant validationTime) {
        return new DocumentReport(finding.indication(), finding.subIndication(), List.of(finding), List.of(),
                validationTime, finding.vietnamese());
    }

    private static int rank(Indication indication) {
        return switch (indication) {
            case TOTAL_FAILED -> 0;
            case INDETERMINATE -> 1;
            case TOTAL_PASSED -> 2;
        };
    }

    private static String vietnamese(Evidence evidence, Indication indication, Integrity integrity, Trust trust,
            List<Finding> findings, List<Finding> warnings) {
        StringBuilder text = new StringBuilder(evidence.documentTimestamp ? "Dấu thời gian tài liệu «" : "Chữ ký «")
                .append(evidence.fieldName).append('»');
        SignerIdentity signer = evidence.signer;
        if (signer != null) {
            text.append(evidence.documentTimestamp ? " do " : " của ").append(signer.commonName());
            if (!signer.identifiers().isEmpty()) {
                text.append(" (").append(String.join(", ", signer.identifiers())).append(')');
            }
        }
        if (evidence.timestampTime != null) {
            text.append(", thời điểm ký ").append(TIME.format(evidence.timestampTime)).append(" (theo dấu thời gian)");
        } else if (evidence.claimedTime != null) {
            text.append(", thời điểm ký ").append(TIME.format(evidence.claimedTime)).append(" (theo khai báo của người ký)");
        }
        text.append(switch (indication) {
            case TOTAL_PASSED -> ": HỢP LỆ.";
            case TOTAL_FAILED -> ": KHÔNG HỢP LỆ.";
            case INDETERMINATE -> ": CHƯA XÁC ĐỊNH ĐƯỢC.";
        });
        text.append(" Toàn vẹn: ").append(integrity.vietnamese());
        sentences(text, findings.stream().filter(f -> f.aspect() == Aspect.INTEGRITY).toList());
        text.append(" Tin cậy: ").append(trust.vietnamese());
        sentences(text, findings.stream().filter(f -> f.aspect() != Aspect.INTEGRITY).toList());
        if (!warnings.isEmpty()) {
            text.append(" Lưu ý:");
            sentences(text, warnings);
        }
        return text.toString();
    }

    private static void sentences(StringBuilder text, List<Finding> findings) {
        findings.forEach(finding -> text.append(' ').append(finding.vietnamese()));
    }
}
