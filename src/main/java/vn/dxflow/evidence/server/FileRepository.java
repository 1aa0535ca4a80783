package vn.dxflow.evidence.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisUpdateConflictException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisVersioningException;

/**
 * The object model of the embedded CMIS server: folders, documents and their versions, kept in memory and
 * persisted through {@link DiskStore}. Versions share a content file until a check-in replaces it, so checking out
 * a 1 GB video copies nothing. Content is streamed to disk outside the lock; metadata changes are serialised.
 */
final class FileRepository {

    static final String ROOT_ID = "root";

    private final DiskStore disk;
    private final Map<String, Entry> entries = new HashMap<>();
    /** Lookups by folder, series and content file: a national campaign holds tens of thousands of entries. */
    private final Index byParent = new Index(e -> e.parentId);
    private final Index bySeries = new Index(e -> e.seriesId);
    private final Index byContent = new Index(e -> e.contentKey);
    private long changeCounter;

    FileRepository(Path dir) {
        this.disk = new DiskStore(dir);
        for (Entry entry : disk.loadAll()) {
            put(entry);
            changeCounter = Math.max(changeCounter, entry.changeToken);
        }
        Set<String> referenced = new HashSet<>();
        entries.values().forEach(e -> referenced.add(e.contentKey));
        disk.deleteContentExcept(referenced);
        if (!entries.containsKey(ROOT_ID)) {
            Entry root = newEntry(Entry.FOLDER, new Changes("", Entry.FOLDER, null, null, null), null, "system");
            root.id = ROOT_ID;
            save(root);
        }
    }

    synchronized Entry get(String id) {
        return live(id).copy();
    }

    synchronized List<Entry> children(String folderId) {
        folder(folderId);
        return byParent.entries(folderId)
                .filter(e -> e.isFolder() || e.latest)
                .sorted(Comparator.comparing(e -> e.name))
                .map(Entry::copy)
                .toList();
    }

    synchronized Optional<Entry> childByName(String folderId, String name) {
        return children(folderId).stream().filter(e -> e.name.equals(name)).findFirst();
    }

    /** All versions of a series, the private working copy first, then the newest version. */
    synchronized List<Entry> versions(String seriesId) {
        return series(seriesId).stream()
                .sorted(Comparator.comparing((Entry e) -> !e.pwc).thenComparing(e -> -e.major).thenComparing(e -> -e.minor))
                .map(Entry::copy)
                .toList();
    }

    synchronized Optional<Entry> workingCopy(String seriesId) {
        return series(seriesId).stream().filter(e -> e.pwc).findFirst().map(Entry::copy);
    }

    synchronized String path(String folderId) {
        Entry folder = folder(folderId);
        if (ROOT_ID.equals(folder.id)) {
            return "/";
        }
        StringBuilder path = new StringBuilder();
        for (Entry e = folder; !ROOT_ID.equals(e.id); e = live(e.parentId)) {
            path.insert(0, "/" + e.name);
        }
        return path.toString();
    }

    synchronized Entry createFolder(String parentId, Changes changes, String user) {
        folder(parentId);
        requireUniqueName(parentId, changes.name(), null);
        Entry folder = newEntry(Entry.FOLDER, changes, parentId, user);
        save(folder);
        return folder.copy();
    }

    /** Creates version 1.0 (0.1 when {@code minor}) of a new document, or only its working copy when {@code checkedOut}. */
    Entry createDocument(String parentId, Changes changes, ContentStream content, boolean checkedOut, boolean minor,
                         String user) {
        String contentKey = content == null ? null : disk.writeContent(content);
        synchronized (this) {
            try {
                folder(parentId);
                requireUniqueName(parentId, changes.name(), null);
                Entry doc = newEntry(Entry.DOCUMENT, changes, parentId, user);
                doc.seriesId = UUID.randomUUID().toString();
                doc.pwc = checkedOut;
                doc.latest = !checkedOut;
                doc.major = checkedOut || minor ? 0 : 1;
                doc.minor = minor && !checkedOut ? 1 : 0;
                setContent(doc, contentKey, content);
                save(doc);
                return doc.copy();
            } catch (RuntimeException e) {
                disk.deleteContent(contentKey);
                throw e;
            }
        }
    }

    synchronized Entry checkOut(String id, String user) {
        Entry latest = latest(live(id).seriesId);
        requireNotFrozen(latest);
        if (series(latest.seriesId).stream().anyMatch(e -> e.pwc)) {
            throw new CmisVersioningException("Document is already checked out");
        }
        Entry pwc = latest.copy();
        pwc.id = UUID.randomUUID().toString();
        pwc.pwc = true;
        pwc.latest = false;
        pwc.checkinComment = null;
        touch(pwc, user);
        pwc.createdBy = user;
        pwc.created = pwc.modified;
        save(pwc);
        return pwc.copy();
    }

    synchronized void cancelCheckOut(String id) {
        remove(workingCopyOf(id));
    }

    /** Turns the working copy into the next (major or minor) version; the earlier versions stay. */
    Entry checkIn(String id, boolean major, Changes changes, ContentStream content, String comment, String user) {
        String contentKey = content == null ? null : disk.writeContent(content);
        synchronized (this) {
            try {
                Entry pwc = workingCopyOf(id);
                Optional<Entry> previous = series(pwc.seriesId).stream().filter(e -> e.latest).findFirst();
                apply(pwc, changes);
                if (contentKey != null) {
                    setContent(pwc, contentKey, content);
                }
                previous.ifPresent(p -> {
                    p.latest = false;
                    save(p);
                });
                pwc.pwc = false;
                pwc.latest = true;
                int previousMajor = previous.map(p -> p.major).orElse(0);
                pwc.major = major ? previousMajor + 1 : previousMajor;
                pwc.minor = major ? 0 : previous.map(p -> p.minor + 1).orElse(1);
                pwc.checkinComment = comment;
                touch(pwc, user);
                save(pwc);
                return pwc.copy();
            } catch (RuntimeException e) {
                disk.deleteContent(contentKey);
                throw e;
            }
        }
    }

    /** Content changes only on a working copy (capability contentStreamUpdatability = pwconly). */
    Entry replaceContent(String id, ContentStream content, boolean overwrite, String user) {
        String contentKey = content == null ? null : disk.writeContent(content);
        synchronized (this) {
            try {
                Entry pwc = workingCopyOf(id);
                if (!overwrite && pwc.hasContent() && contentKey != null) {
                    throw new CmisContentAlreadyExistsException("Document already has content");
                }
                setContent(pwc, contentKey, content);
                touch(pwc, user);
                save(pwc);
                return pwc.copy();
            } catch (RuntimeException e) {
                disk.deleteContent(contentKey);
                throw e;
            }
        }
    }

    /** Updates properties; a stale {@code changeToken} (another client changed the object since) is refused. */
    synchronized Entry update(String id, Changes changes, String changeToken, String user) {
        Entry entry = live(id);
        requireNotFrozen(entry);
        if (changeToken != null && !changeToken.equals(String.valueOf(entry.changeToken))) {
            throw new CmisUpdateConflictException("Object " + id + " was changed by someone else");
        }
        if (changes.name() != null && !changes.name().equals(entry.name)) {
            requireUniqueName(entry.parentId, changes.name(), entry.seriesId);
        }
        apply(entry, changes);
        touch(entry, user);
        save(entry);
        return entry.copy();
    }

    synchronized Entry move(String id, String targetFolderId, String user) {
        Entry entry = live(id);
        folder(targetFolderId);
        requireNotFrozen(entry);
        if (entry.isFolder() && path(targetFolderId).startsWith(path(id) + "/") || id.equals(targetFolderId)) {
            throw new CmisConstraintException("A folder cannot be moved into itself");
        }
        requireUniqueName(targetFolderId, entry.name, entry.seriesId);
        List<Entry> moved = entry.isFolder() ? List.of(entry) : series(entry.seriesId);
        for (Entry e : moved) {
            e.parentId = targetFolderId;
            touch(e, user);
            save(e);
        }
        return entry.copy();
    }

    /** Documents checked out below a folder, or everywhere when {@code folderId} is null. */
    synchronized List<Entry> workingCopies(String folderId) {
        return (folderId == null ? entries.values().stream() : byParent.entries(folderId)).filter(e -> e.pwc)
                .sorted(Comparator.comparing(e -> e.name)).map(Entry::copy).toList();
    }

    /** True when no other version of the series is a major version newer than this one. */
    synchronized boolean isLatestMajor(Entry version) {
        return version.isMajor() && series(version.seriesId).stream()
                .noneMatch(e -> e.isMajor() && e.major > version.major);
    }

    synchronized void delete(String id, boolean allVersions) {
        Entry entry = live(id);
        if (ROOT_ID.equals(id)) {
            throw new CmisConstraintException("The root folder cannot be deleted");
        }
        if (entry.isFolder()) {
            if (byParent.entries(id).findAny().isPresent()) {
                throw new CmisConstraintException("Folder is not empty");
            }
            remove(entry);
            return;
        }
        List<Entry> series = series(entry.seriesId);
        if (allVersions || entry.pwc) {
            series.stream().filter(e -> allVersions || e == entry).forEach(this::requireNotFrozen);
            series.stream().filter(e -> allVersions || e == entry).forEach(this::remove);
            return;
        }
        requireNotFrozen(entry);
        remove(entry);
        if (entry.latest) {
            series.stream().filter(e -> e != entry && !e.pwc)
                    .max(Comparator.comparingInt((Entry e) -> e.major).thenComparingInt(e -> e.minor))
                    .ifPresent(e -> {
                        e.latest = true;
                        save(e);
                    });
        }
    }

    /** Deletes what it can below the folder; returns the ids it could not delete (frozen documents, their folders). */
    synchronized List<String> deleteTree(String folderId) {
        if (ROOT_ID.equals(folderId)) {
            throw new CmisConstraintException("The root folder cannot be deleted");
        }
        List<String> failed = new ArrayList<>();
        deleteTree(folder(folderId), failed);
        return failed;
    }

    private void deleteTree(Entry folder, List<String> failed) {
        List<Entry> content = byParent.entries(folder.id).toList();
        Set<String> seriesSeen = new HashSet<>();
        for (Entry child : content) {
            if (child.isFolder()) {
                deleteTree(child, failed);
            } else if (seriesSeen.add(child.seriesId)) {
                List<Entry> series = series(child.seriesId);
                if (series.stream().anyMatch(Entry::isFrozen)) {
                    failed.add(child.id);
                } else {
                    series.forEach(this::remove);
                }
            }
        }
        if (byParent.entries(folder.id).findAny().isEmpty()) {
            remove(folder);
        } else {
            failed.add(folder.id);
        }
    }

    Path contentFile(Entry entry) {
        return disk.contentFile(entry.contentKey);
    }

    private Entry newEntry(String baseType, Changes changes, String parentId, String user) {
        if (changes.name() == null || (parentId != null && changes.name().isBlank())) {
            throw new CmisInvalidArgumentException("cmis:name is required");
        }
        Entry e = new Entry();
        e.id = UUID.randomUUID().toString();
        e.baseType = baseType;
        e.typeId = changes.typeId() == null ? baseType : changes.typeId();
        e.parentId = parentId;
        e.createdBy = user;
        e.created = System.currentTimeMillis();
        apply(e, changes);
        touch(e, user);
        return e;
    }

    private static void apply(Entry e, Changes changes) {
        if (changes.name() != null) {
            e.name = changes.name();
        }
        if (changes.description() != null) {
            e.description = changes.description();
        }
        if (changes.secondaryTypeIds() != null) {
            e.secondaryTypeIds = new ArrayList<>(changes.secondaryTypeIds());
        }
        if (changes.extra() != null) {
            changes.extra().forEach((key, value) -> {
                if (value == null) {
                    e.extra.remove(key);
                } else {
                    e.extra.put(key, value);
                }
            });
        }
    }

    private void touch(Entry e, String user) {
        e.modifiedBy = user;
        e.modified = System.currentTimeMillis();
        e.changeToken = ++changeCounter;
    }

    private void setContent(Entry doc, String contentKey, ContentStream content) {
        String old = doc.contentKey;
        doc.contentKey = contentKey;
        doc.length = contentKey == null ? -1 : disk.contentSize(contentKey);
        doc.mimeType = contentKey == null ? null
                : content.getMimeType() == null ? "application/octet-stream" : content.getMimeType();
        doc.fileName = contentKey == null ? null : content.getFileName() == null ? doc.name : content.getFileName();
        if (old != null && byContent.entries(old).noneMatch(e -> e != doc)) {
            disk.deleteContent(old);
        }
    }

    private void save(Entry e) {
        disk.save(e);
        put(e);
    }

    private void put(Entry e) {
        entries.put(e.id, e);
        byParent.put(e);
        bySeries.put(e);
        byContent.put(e);
    }

    private void remove(Entry e) {
        entries.remove(e.id);
        byParent.remove(e);
        bySeries.remove(e);
        byContent.remove(e);
        disk.delete(e);
        if (e.contentKey != null && byContent.entries(e.contentKey).findAny().isEmpty()) {
            disk.deleteContent(e.contentKey);
        }
    }

    private Entry live(String id) {
        Entry e = id == null ? null : entries.get(id);
        if (e == null) {
            throw new CmisObjectNotFoundException("Object not found: " + id);
        }
        return e;
    }

    private Entry folder(String id) {
        Entry e = live(id);
        if (!e.isFolder()) {
            throw new CmisInvalidArgumentException("Not a folder: " + id);
        }
        return e;
    }

    private Entry workingCopyOf(String id) {
        Entry e = live(id);
        if (!e.pwc) {
            throw new CmisVersioningException("Not a private working copy: " + id);
        }
        return e;
    }

    private List<Entry> series(String seriesId) {
        return bySeries.entries(seriesId).toList();
    }

    private Entry latest(String seriesId) {
        return series(seriesId).stream().filter(e -> e.latest).findFirst()
                .orElseThrow(() -> new CmisVersioningException("Document has no checked-in version"));
    }

    private void requireNotFrozen(Entry e) {
        if (e.isFrozen()) {
            throw new CmisConstraintException("Document " + e.id + " belongs to a frozen dossier");
        }
    }

    private void requireUniqueName(String folderId, String name, String ownSeries) {
        boolean taken = byParent.entries(folderId).anyMatch(e -> name.equals(e.name)
                && (e.isFolder() || e.latest || e.pwc) && (ownSeries == null || !ownSeries.equals(e.seriesId)));
        if (taken) {
            throw new CmisNameConstraintViolationException("Name already used in this folder: " + name);
        }
    }

    /**
     * The entries by one of their fields, as saved last: an entry's fields change in place (a move, a new content
     * file) and the index learns it at the next {@link #save}, which every change ends with.
     */
    private final class Index {
        private final Function<Entry, String> field;
        private final Map<String, Set<String>> ids = new HashMap<>();
        private final Map<String, String> indexedAs = new HashMap<>();

        Index(Function<Entry, String> field) {
            this.field = field;
        }

        void put(Entry e) {
            String now = field.apply(e);
            String before = indexedAs.put(e.id, now);
            if (!Objects.equals(before, now)) {
                drop(before, e.id);
                if (now != null) {
                    ids.computeIfAbsent(now, key -> new HashSet<>()).add(e.id);
                }
            }
        }

        void remove(Entry e) {
            drop(indexedAs.remove(e.id), e.id);
        }

        Stream<Entry> entries(String key) {
            return key == null ? Stream.empty() : ids.getOrDefault(key, Set.of()).stream().map(FileRepository.this.entries::get);
        }

        private void drop(String key, String id) {
            Set<String> set = key == null ? null : ids.get(key);
            if (set != null && set.remove(id) && set.isEmpty()) {
                ids.remove(key);
            }
        }
    }
}
