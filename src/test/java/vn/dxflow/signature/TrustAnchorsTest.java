package vn.dxflow.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production trust configuration ships the Vietnamese anchors of ../shared/trust with their published fingerprints. */
class TrustAnchorsTest {

    @Test
    void productionFolderHoldsTheFourPublishedAnchors() throws Exception {
        TrustAnchors anchors = TrustAnchors.load("classpath:trust/production");

        List<String> fingerprints = anchors.certificates().stream().map(c -> {
            try {
                return HexFormat.ofDelimiter(":").withUpperCase()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();

        assertThat(fingerprints).containsExactlyInAnyOrder(
                "BA:C8:BF:60:9A:B4:20:A8:EE:17:80:D7:4F:4D:E5:C7:F7:18:49:59:D2:A7:37:5B:0A:75:E4:C2:9F:09:08:E7",
                "F0:4B:A4:B4:59:A7:C9:A1:B9:71:AD:9B:1C:B8:33:E6:95:A8:0C:79:AE:A6:3B:17:4B:66:A7:0E:DF:E2:FD:B8",
                "D8:CA:B7:A4:AE:F9:2E:6B:B2:50:9D:7C:61:CE:E7:B4:4F:37:31:B2:D2:10:74:96:35:30:27:7B:36:6F:AE:4B",
                "7D:6B:A5:24:53:17:F9:ED:5D:8B:C7:65:A4:63:4D:26:AC:63:40:D3:6B:9F:58:4D:F3:B5:2D:9C:4A:81:A3:06");
    }

    @Test
    void folderWithoutCertificatesIsAConfigurationError(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("README.md"), "no certificate here");

        assertThatThrownBy(() -> TrustAnchors.load("file:" + folder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no trust anchor");
    }

    @Test
    void missingFolderIsAConfigurationError() {
        assertThatThrownBy(() -> TrustAnchors.load("classpath:trust/none")).isInstanceOf(UncheckedIOException.class);
    }
}
