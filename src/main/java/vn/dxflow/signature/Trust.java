package vn.dxflow.signature;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.dxflow.signature.Finding.Aspect;

/**
 * Whether the signer can be trusted, in its three parts: the certificate chains to a trust anchor, it was valid at the
 * signing time (proven by a timestamp, or at the validation time), and it was not revoked then.
 *
 * @param status     the worst of the three
 * @param chain      path to a configured trust anchor, key usage, CA constraints
 * @param time       validity at the signing or validation time, timestamps
 * @param revocation CRL and OCSP status
 */
public record Trust(Check status, Check chain, Check time, Check revocation) {

    /** The outcome of one part; NOT_CHECKED when an earlier failure made the check pointless. */
    public enum Check {
        PASSED, FAILED, INDETERMINATE, NOT_CHECKED
    }

    static Trust of(List<Finding> findings, Set<Aspect> checked) {
        Check chain = check(findings, checked, Aspect.CHAIN);
        Check time = check(findings, checked, Aspect.TIME);
        Check revocation = check(findings, checked, Aspect.REVOCATION);
        Check status = Stream.of(Check.FAILED, Check.INDETERMINATE, Check.NOT_CHECKED)
                .filter(worst -> worst == chain || worst == time || worst == revocation)
                .findFirst().orElse(Check.PASSED);
        return new Trust(status, chain, time, revocation);
    }

    private static Check check(List<Finding> findings, Set<Aspect> checked, Aspect aspect) {
        List<Finding> about = findings.stream().filter(f -> f.aspect() == aspect && !f.warning()).toList();
        if (about.stream().anyMatch(f -> f.indication() == Indication.TOTAL_FAILED)) {
            return Check.FAILED;
        }
        if (!about.isEmpty()) {
            return Check.INDETERMINATE;
        }
        return checked.contains(aspect) ? Check.PASSED : Check.NOT_CHECKED;
    }

    String vietnamese() {
        return switch (status) {
            case PASSED -> "chứng thư số được tin cậy, còn hiệu lực tại thời điểm ký và không bị thu hồi.";
            case NOT_CHECKED -> "chưa kiểm tra được đầy đủ (chuỗi chứng thư: " + word(chain) + ", hiệu lực: "
                    + word(time) + ", thu hồi: " + word(revocation) + ").";
            default -> "chuỗi chứng thư: " + word(chain) + ", hiệu lực theo thời gian: " + word(time)
                    + ", tình trạng thu hồi: " + word(revocation) + ".";
        };
    }

    private static String word(Check check) {
        return switch (check) {
            case PASSED -> "đạt";
            case FAILED -> "không đạt";
            case INDETERMINATE -> "chưa xác định";
            case NOT_CHECKED -> "chưa kiểm tra";
        };
    }
}
