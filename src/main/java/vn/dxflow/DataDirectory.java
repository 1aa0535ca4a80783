package vn.dxflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code dxflow.data-dir} absolute before anything uses it: H2 refuses database paths that are implicitly
 * relative, and every feature (database, documents, logs) must agree on one folder. The folder is the owner's
 * only (evidence, the database and the demo CA's key are inside): created so, tightened if it was not, before the
 * first log line or database file is written.
 */
class DataDirectory implements EnvironmentPostProcessor {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty("dxflow.data-dir", "./data");
        Path absolute = Path.of(configured).toAbsolutePath().normalize();
        ownerOnly(absolute);
        environment.getPropertySources().addFirst(new MapPropertySource("dxflowDataDirectory",
                Map.of("dxflow.data-dir", absolute.toString())));
    }

    /**
     * Creates the folder owner-only, or makes an existing one so; when it was open to others, whatever it already
     * holds is closed too (once: afterwards the folder's own permission keeps others out of everything inside).
     */
    static void ownerOnly(Path folder) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            if (!Files.exists(folder)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                return;
            }
            if (Files.getPosixFilePermissions(folder).equals(OWNER_ONLY)) {
                return;
            }
            try (Stream<Path> tree = Files.walk(folder)) {
                for (Path path : (Iterable<Path>) tree::iterator) {
                    Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(path,
                            LinkOption.NOFOLLOW_LINKS));
                    if (permissions.removeAll(OTHERS) && !Files.isSymbolicLink(path)) {
                        Files.setPosixFilePermissions(path, permissions);
                    }
                }
            }
            Files.setPosixFilePermissions(folder, OWNER_ONLY);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the data folder " + folder + " owner-only", e);
        }
    }
}
