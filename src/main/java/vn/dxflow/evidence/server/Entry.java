package vn.dxflow.evidence.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One stored CMIS object (folder or document version) as persisted in {@code meta/<id>.json}. Mutable, but only
 * changed under the lock of {@link FileRepository}.
 */
final class Entry {

    static final String FOLDER = "cmis:folder";
    static final String DOCUMENT = "cmis:document";

    public String id;
    public String baseType;
    public String typeId;
    public String name;
    public String parentId;
    public String description;
    public String createdBy;
    public long created;
    public String modifiedBy;
    public long modified;
    public long changeToken;
    public List<String> secondaryTypeIds = new ArrayList<>();
    /** Properties of secondary types (all single-valued strings). */
    public Map<String, String> extra = new LinkedHashMap<>();

    // Documents only: the version series, and the content file shared by versions until it is replaced.
    public String seriesId;
    public int major;
    public int minor;
    public boolean latest;
    public boolean pwc;
    public String checkinComment;
    public String contentKey;
    public String mimeType;
    public String fileName;
    public long length = -1;

    boolean isMajor() {
        return !pwc && minor == 0;
    }

    boolean isFolder() {
        return FOLDER.equals(baseType);
    }

    boolean hasContent() {
        return contentKey != null;
    }

    /** A document whose dossier DXFlow has frozen: the repository refuses every change (see {@link RepositoryTypes}). */
    boolean isFrozen() {
        return "true".equals(extra.get(RepositoryTypes.FROZEN));
    }

    String versionLabel() {
        return pwc ? "pwc" : major + "." + minor;
    }

    Entry copy() {
        Entry e = new Entry();
        e.id = id;
        e.baseType = baseType;
        e.typeId = typeId;
        e.name = name;
        e.parentId = parentId;
        e.description = description;
        e.createdBy = createdBy;
        e.created = created;
        e.modifiedBy = modifiedBy;
        e.modified = modified;
        e.changeToken = changeToken;
        e.secondaryTypeIds = new ArrayList<>(secondaryTypeIds);
        e.extra = new LinkedHashMap<>(extra);
        e.seriesId = seriesId;
        e.major = major;
        e.minor = minor;
        e.latest = latest;
        e.pwc = pwc;
        e.checkinComment = checkinComment;
        e.contentKey = contentKey;
        e.mimeType = mimeType;
        e.fileName = fileName;
        e.length = length;
        return e;
    }
}
