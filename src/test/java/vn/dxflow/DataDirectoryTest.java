package vn.dxflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder holds evidence, the database and the demo CA's key: the owner's only, whatever it was before. */
class DataDirectoryTest {

    @TempDir
    Path parent;

    @Test
    void aNewFolderIsCreatedOwnerOnly() throws Exception {
        Path data = parent.resolve("data");

        DataDirectory.ownerOnly(data);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    }

    @Test
    void anOpenFolderAndWhatItHoldsAreClosed() throws Exception {
        Path data = Files.createDirectory(parent.resolve("data"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Path pki = Files.createDirectory(data.resolve("demo-pki"));
        Files.setPosixFilePermissions(pki, PosixFilePermissions.fromString("rwxrwxr-x"));
        Path key = Files.writeString(pki.resolve("ca.p12"), "khóa");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

        DataDirectory.ownerOnly(data);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pki))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }
}
