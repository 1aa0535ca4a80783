package vn.dxflow.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of randomly mutated copies of a signed PDF (1 to 4 random bytes each, fixed seed so any failure can be
 * replayed) never crash the verifier, never pass, and each is judged within a time bound. With an unsigned LTV update
 * after the signature, a copy whose mutations all fall outside the signed bytes (in the DSS, or in the certificates
 * the CMS carries unsigned, also found in the DSS) may rightly still pass; one touching the signed bytes never. A copy
 * changed only in the zero padding after the CMS inside /Contents (not signed, shows nothing) may pass, but only with
 * the warning that says so.
 */
class MutationRobustnessTest {

    private static final int COPIES = 5_000;
    private static final Duration BOUND = Duration.ofSeconds(2);

    @Test
    void mutatedCopiesOfASignedRecordNeverCrashNeverPassAndFinishInTime() {
        assertRobust(TestSigner.with(TestPki.get().rsaSigner).sign(TestPdfs.record(false)), COPIES, false);
    }

    @Test
    void mutatedCopiesOfACertifiedFormWithLtvUpdateNeverCrashNeverPassAndFinishInTime() {
        // an incremental update after the signature makes every copy go through the modification analysis
        TestPki pki = TestPki.get();
        byte[] signed = TestSigner.addDss(TestSigner.with(pki.rsaSigner).certifying(2).sign(TestPdfs.record(true)),
                pki.rsaSigner);
        assertRobust(signed, COPIES / 5, true);
    }

    private static void assertRobust(byte[] signed, int copies, boolean unsignedChangesMayPass) {
        int[] range = Tampering.byteRange(signed);
        int paddingStart = range[1] + 1 + 2 * BerLength.of(Tampering.contents(signed));
        PdfSignatureVerifier verifier = TestVerifiers.standard();
        assertThat(verifier.verify(signed).passed()).isTrue();
        Random random = new Random(20261123L);
        List<String> passed = new ArrayList<>();
        long slowest = 0;

        for (int copy = 0; copy < copies; copy++) {
            byte[] mutated = mutate(signed, range, random);
            long start = System.nanoTime();
            DocumentReport report = verifier.verify(mutated);
            slowest = Math.max(slowest, System.nanoTime() - start);
            boolean paddingOnly = onlyInPadding(signed, mutated, range, paddingStart)
                    && report.signatures().get(0).warnings().contains(Finding.CONTENTS_PADDING_NOT_ZERO);
            if (report.passed() && !paddingOnly && !(unsignedChangesMayPass && outsideSignedRanges(signed, mutated, range))) {
                passed.add("copy " + copy + ":" + differences(signed, mutated));
            }
        }

        assertThat(passed).isEmpty();
        assertThat(Duration.ofNanos(slowest)).isLessThan(BOUND);
    }

    /** Every change is a hexadecimal digit of the padding after the CMS structure, before the closing '>'. */
    private static boolean onlyInPadding(byte[] original, byte[] mutated, int[] range, int paddingStart) {
        for (int i = 0; i < original.length; i++) {
            if (original[i] != mutated[i] && (i < paddingStart || i >= range[2] - 1 || Character.digit(mutated[i], 16) < 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean outsideSignedRanges(byte[] original, byte[] mutated, int[] range) {
        for (int i = 0; i < original.length; i++) {
            boolean signedByte = i < range[1] || (i >= range[2] && i < range[2] + range[3]);
            if (original[i] != mutated[i] && signedByte) {
                return false;
            }
        }
        return true;
    }

    /** offset=old->new for each changed byte, to replay and understand a failure. */
    private static String differences(byte[] original, byte[] mutated) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < original.length; i++) {
            if (original[i] != mutated[i]) {
                text.append(' ').append(i).append('=').append(original[i] & 0xFF).append("->").append(mutated[i] & 0xFF);
            }
        }
        return text.toString();
    }

    /**
     * Changes 1 to 4 bytes. A change of letter case inside the hexadecimal signature value is skipped: it denotes the
     * same bytes (ISO 32000-1 7.3.4.3), so the file is not really mutated.
     */
    private static byte[] mutate(byte[] pdf, int[] range, Random random) {
        byte[] copy = pdf.clone();
        int changes = 1 + random.nextInt(4);
        for (int i = 0; i < changes; i++) {
            int at = random.nextInt(copy.length);
            byte value = (byte) random.nextInt(256);
            boolean inHex = at > range[1] && at < range[2] - 1;
            if (value == copy[at] || (inHex && Character.toLowerCase((char) value) == Character.toLowerCase((char) copy[at]))) {
                value = (byte) (copy[at] ^ 0x01);
                if (inHex && !Character.isLetterOrDigit((char) value)) {
                    value = (byte) 'x';
                }
            }
            copy[at] = value;
        }
        return copy;
    }
}
