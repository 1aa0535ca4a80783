package vn.dxflow.evidence.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.exceptions.CmisStorageException;
import org.apache.chemistry.opencmis.server.shared.ThresholdOutputStream;

/**
 * The files behind {@link FileRepository}: {@code meta/<id>.json} per object and {@code content/<key>} per
 * content stream. Everything is written under a temporary name and moved into place, so a crash never leaves a
 * half-written object; leftovers are removed at the next start.
 */
final class DiskStore {

    private final Path metaDir;
    private final Path contentDir;
    private final ObjectMapper json = new ObjectMapper();

    DiskStore(Path dir) {
        this.metaDir = dir.resolve("meta");
        this.contentDir = dir.resolve("content");
        try {
            Files.createDirectories(metaDir);
            Files.createDirectories(contentDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open CMIS repository in " + dir, e);
        }
    }

    List<Entry> loadAll() {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(metaDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                entries.add(json.readValue(file.toFile(), Entry.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read CMIS repository metadata in " + metaDir, e);
        }
        return entries;
    }

    void save(Entry e) {
        Path temp = metaDir.resolve(e.id + ".json.tmp");
        try {
            json.writeValue(temp.toFile(), e);
            Files.move(temp, metaDir.resolve(e.id + ".json"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException ex) {
            throw new CmisStorageException("Cannot save object " + e.id + ": " + ex.getMessage(), ex);
        }
    }

    void delete(Entry e) {
        deleteQuietly(metaDir.resolve(e.id + ".json"));
    }

    /** Streams content to a new file and answers its key; an aborted upload leaves nothing behind. */
    String writeContent(ContentStream content) {
        String key = UUID.randomUUID().toString();
        Path temp = contentDir.resolve(key + ".tmp");
        try (InputStream in = content.getStream()) {
            if (in instanceof ThresholdOutputStream.ThresholdInputStream spooled && !spooled.isInMemory()) {
                // OpenCMIS reads its spool file back one byte at a time (50 MB/s); the file copies at disk speed.
                Files.copy(spooled.getTemporaryFile().toPath(), temp);
            } else {
                Files.copy(in, temp);
            }
            Files.move(temp, contentDir.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new CmisStorageException("Cannot store content: " + e.getMessage(), e);
        }
    }

    Path contentFile(String key) {
        return contentDir.resolve(key);
    }

    long contentSize(String key) {
        try {
            return Files.size(contentFile(key));
        } catch (IOException e) {
            throw new CmisStorageException("Cannot read content size: " + e.getMessage(), e);
        }
    }

    void deleteContent(String key) {
        if (key != null) {
            deleteQuietly(contentFile(key));
        }
    }

    /** Removes content files no object refers to (left by a crash between writing content and metadata). */
    void deleteContentExcept(Set<String> referenced) {
        try (Stream<Path> files = Files.list(contentDir)) {
            files.filter(f -> !referenced.contains(f.getFileName().toString())).forEach(DiskStore::deleteQuietly);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list CMIS repository content in " + contentDir, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for the clean-up at the next start.
        }
    }
}
