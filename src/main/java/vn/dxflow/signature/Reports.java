package vn.dxflow.signature;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Turns findings into verdicts and the short Vietnamese reports the forms show. */
final class Reports {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy").withZone(VIETNAM);

    /** TOTAL_FAILED outranks INDETERMINATE, which outranks TOTAL_PASSED: the worst decides, the first of equals wins. */
    private static final Comparator<Finding> SEVERITY = Comparator.comparingInt(f -> rank(f.indication()));

    private Reports() {
    }

    /** What one signature's checks established, before it becomes a report. */
    record Evidence(String fieldName, boolean documentTimestamp, List<Problem> problems, SignerIdentity signer,
            Instant claimedTime, Instant timestampTime, String reason) {
    }

    static SignatureReport signature(Evidence evidence) {
        List<Finding> findings = evidence.problems().stream().map(Problem::finding).distinct().sorted(SEVERITY).toList();
        Indication indication = findings.isEmpty() ? Indication.TOTAL_PASSED : findings.get(0).indication();
        SubIndication sub = findings.isEmpty() ? null : findings.get(0).subIndication();
        List<String> errors = evidence.problems().stream().map(p -> p.finding() + ": " + p.detail()).toList();
        return new SignatureReport(evidence.fieldName(), evidence.documentTimestamp(), indication, sub, findings,
                errors, evidence.signer(), evidence.claimedTime(), evidence.timestampTime(), evidence.reason(),
                vietnamese(evidence, indication, findings));
    }

    /**
     * The worst signature decides; a signer rule additionally needs one valid signature (not a document timestamp)
     * by the expected signer, whatever others signed too.
     */
    static DocumentReport document(List<SignatureReport> signatures, SignerRule rule) {
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
            return new DocumentReport(worst.indication(), worst.subIndication(), List.of(), signatures,
                    summary + "\n" + details);
        }
        Finding refusal = Finding.SIGNER_NOT_EXPECTED;
        boolean failed = worst.indication() == Indication.TOTAL_FAILED;
        String refusalText = refusal.vietnamese() + " Người ký yêu cầu: " + rule.description() + " ("
                + rule.expectedSigner() + ").";
        return new DocumentReport(failed ? Indication.TOTAL_FAILED : refusal.indication(),
                failed ? worst.subIndication() : refusal.subIndication(), List.of(refusal), signatures,
                (passed == signatures.size() ? "Tài liệu KHÔNG được chấp nhận." : summary) + "\n" + refusalText + "\n" + details);
    }

    static DocumentReport withoutSignatures(Finding finding) {
        return new DocumentReport(finding.indication(), finding.subIndication(), List.of(finding), List.of(),
                finding.vietnamese());
    }

    private static int rank(Indication indication) {
        return switch (indication) {
            case TOTAL_FAILED -> 0;
            case INDETERMINATE -> 1;
            case TOTAL_PASSED -> 2;
        };
    }

    private static String vietnamese(Evidence evidence, Indication indication, List<Finding> findings) {
        StringBuilder text = new StringBuilder(evidence.documentTimestamp() ? "Dấu thời gian tài liệu «" : "Chữ ký «")
                .append(evidence.fieldName()).append('»');
        SignerIdentity signer = evidence.signer();
        if (signer != null) {
            text.append(evidence.documentTimestamp() ? " do " : " của ").append(signer.commonName());
            if (!signer.identifiers().isEmpty()) {
                text.append(" (").append(String.join(", ", signer.identifiers())).append(')');
            }
        }
        if (evidence.timestampTime() != null) {
            text.append(", thời điểm ký ").append(TIME.format(evidence.timestampTime())).append(" (theo dấu thời gian)");
        } else if (evidence.claimedTime() != null) {
            text.append(", thời điểm ký ").append(TIME.format(evidence.claimedTime())).append(" (theo khai báo của người ký)");
        }
        text.append(switch (indication) {
            case TOTAL_PASSED -> ": HỢP LỆ.";
            case TOTAL_FAILED -> ": KHÔNG HỢP LỆ. ";
            case INDETERMINATE -> ": CHƯA XÁC ĐỊNH ĐƯỢC. ";
        });
        for (Finding finding : findings) {
            text.append(finding.vietnamese()).append(' ');
        }
        return text.toString().strip();
    }
}
