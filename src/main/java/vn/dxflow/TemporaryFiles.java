package vn.dxflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * The application's temporary files, under {@code $DXFLOW_DATA_DIR/tmp}: uploads being checked before they are
 * stored ({@code uploads/}) and the servlet container's multipart parts ({@code multipart/}). Emptied when the
 * application starts, before any request is served, so nothing a crash left behind survives a restart. Files are
 * readable by their owner only: they hold other people's documents.
 */
@Component
public class TemporaryFiles {

    private final Path uploads;

    TemporaryFiles(@Value("${dxflow.data-dir}") Path dataDir) throws IOException {
        Path root = dataDir.resolve("tmp");
        FileSystemUtils.deleteRecursively(root);
        this.uploads = Files.createDirectories(root.resolve("uploads"));
        Files.createDirectories(root.resolve("multipart"));
    }

    /** A new empty file, readable and writable by this process's user only; the caller deletes it. */
    public Path newFile(String prefix) {
        try {
            Path file = Files.createTempFile(uploads, prefix, ".part");
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file in " + uploads, e);
        }
    }
}
