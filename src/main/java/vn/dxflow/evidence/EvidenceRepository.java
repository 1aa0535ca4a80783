package vn.dxflow.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.DocumentType;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.ObjectId;
import org.apache.chemistry.opencmis.client.api.ObjectType;
import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.ObjectIdImpl;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConnectionException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisRuntimeException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisStorageException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisUpdateConflictException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisVersioningException;
import org.springframework.http.HttpStatus;

/**
 * DXFlow's one CMIS client (OpenCMIS, browser binding), the same code for the embedded server and Alfresco. Every
 * call has a connect and a read timeout, so a hung repository gives a clear error instead of a hung request. Every
 * read uses an operation context without cache: OpenCMIS caches objects and paths for a long time by default, and
 * DXFlow must see a document changed behind its back. Only folder ids are remembered (DXFlow never deletes a
 * folder; a folder deleted behind its back is looked up again). Content always streams.
 */
class EvidenceRepository {

    static final String EVIDENCE_ASPECT = "P:dxf:evidence";
    static final String FROZEN = "dxf:frozen";
    private static final String DESCRIPTION_PREFIX = "DXFlow evidence";

    private final Map<String, String> parameters;
    private final String documentType;
    private final Map<String, ObjectId> folders = new ConcurrentHashMap<>();
    private volatile Session session;
    private volatile Boolean hasAspect;

    /** {@code documentType} must be versionable: a re-upload keeps the earlier version. */
    EvidenceRepository(String url, String repositoryId, String user, String password, String documentType,
                       Duration connectTimeout, Duration readTimeout) {
        this.documentType = documentType;
        this.parameters = Map.of(
                SessionParameter.BINDING_TYPE, BindingType.BROWSER.value(),
                SessionParameter.BROWSER_URL, url,
                SessionParameter.REPOSITORY_ID, repositoryId,
                SessionParameter.USER, user,
                SessionParameter.PASSWORD, password,
                SessionParameter.CACHE_SIZE_OBJECTS, "0",
                SessionParameter.CACHE_PATH_OMIT, "true",
                SessionParameter.CONNECT_TIMEOUT, String.valueOf(connectTimeout.toMillis()),
                SessionParameter.READ_TIMEOUT, String.valueOf(readTimeout.toMillis()));
    }

    /** A stored version: its object id, the version series it belongs to and its label. */
    record StoredVersion(String objectId, String seriesId, String label) {
    }

    /** A document as the repository has it: its newest version and DXFlow's metadata on it. */
    record RepositoryDocument(String objectId, String seriesId, String label, String name, long length,
                              Map<String, String> metadata) {

        boolean frozen() {
            return "true".equals(metadata.get(FROZEN));
        }
    }

    /** The content to store: its type, exact length and where to read it; a stream may be readable once only. */
    record Content(String mediaType, long length, Source source, boolean readableAgain) {

        @FunctionalInterface
        interface Source {
            InputStream open() throws IOException;
        }
    }

    /**
     * Stores the content as {@code name} in the folder path (created as needed): a new document, or a new major
     * version of {@code existingId} (a document DXFlow knows under that name), so the earlier version stays. A
     * document of that name DXFlow does not know (another upload won a race) gets the new version too.
     */
    StoredVersion store(List<String> folderPath, String name, Map<String, Object> metadata, Content content,
                        String existingId) {
        return call(() -> {
            Session s = session();
            Map<String, Object> properties = properties(s, metadata);
            ObjectId stored;
            if (existingId != null) {
                stored = newVersion(s, (Document) s.getObject(existingId, fresh(s)), properties, name, content);
            } else {
                stored = createInFolder(s, folderPath, name, properties, content);
            }
            Document version = (Document) s.getObject(stored, fresh(s));
            return new StoredVersion(version.getId(), version.getVersionSeriesId(), version.getVersionLabel());
        });
    }

    /** Adds what only the end of a streamed upload tells (its SHA-256 and size) to the stored version. */
    void completeMetadata(String objectId, Map<String, Object> metadata) {
        call(() -> {
            Session s = session();
            CmisObject document = s.getObject(objectId, fresh(s));
            document.updateProperties(hasEvidenceAspect(s) ? metadata : Map.of(PropertyIds.DESCRIPTION,
                    describe(merged(metadataOf(s, document), metadata))), false);
            return null;
        });
    }

    /** The newest content of a document, streamed; {@link EvidenceRejectedException} 404 when it is gone. */
    InputStream content(String objectId) {
        return call(() -> {
            try {
                return session().getContentStream(new ObjectIdImpl(objectId)).getStream();
            } catch (CmisObjectNotFoundException e) {
                throw gone(objectId, e);
            }
        });
    }

    /** The object id of the newest version in the series of {@code objectId}. */
    String latestVersionId(String objectId) {
        return call(() -> session().getLatestDocumentVersion(objectId, fresh(session())).getId());
    }

    List<EvidenceVersion> versions(String objectId) {
        return call(() -> {
            try {
                Document doc = (Document) session().getObject(objectId, fresh(session()));
                return doc.getAllVersions(fresh(session())).stream()
                        .map(v -> new EvidenceVersion(v.getId(), v.getVersionLabel(),
                                v.getCreationDate().toInstant(), v.getCreatedBy(), v.getContentStreamLength()))
                        .toList();
            } catch (CmisObjectNotFoundException e) {
                throw gone(objectId, e);
            }
        });
    }

    /** The document's newest version and its metadata, if it still exists. */
    Optional<RepositoryDocument> document(String objectId) {
        return call(() -> {
            Session s = session();
            try {
                return Optional.of(describe(s, s.getLatestDocumentVersion(objectId, fresh(s))));
            } catch (CmisObjectNotFoundException e) {
                return Optional.empty();
            }
        });
    }

    /** The documents in a folder (newest versions), empty when the folder does not exist. */
    List<RepositoryDocument> documentsIn(List<String> folderPath) {
        return call(() -> {
            Session s = session();
            try {
                Folder folder = (Folder) s.getObjectByPath("/" + String.join("/", folderPath), fresh(s));
                return java.util.stream.StreamSupport.stream(folder.getChildren(fresh(s)).spliterator(), false)
                        .filter(Document.class::isInstance).map(child -> describe(s, (Document) child)).toList();
            } catch (CmisObjectNotFoundException e) {
                return List.of();
            }
        });
    }

    /** Deletes the document with all its versions (idempotent); 409 when the repository holds it frozen. */
    void deleteAllVersions(String objectId) {
        delete(objectId, true);
    }

    /** Deletes one version: an upload that never completed. */
    void deleteVersion(String objectId) {
        delete(objectId, false);
    }

    /** Cancels a check-out an interrupted re-upload left on the document's series (idempotent). */
    void releaseCheckOut(String objectId) {
        call(() -> {
            Session s = session();
            try {
                Document document = (Document) s.getObject(objectId, fresh(s));
                if (Boolean.TRUE.equals(document.isVersionSeriesCheckedOut())
                        && document.getVersionSeriesCheckedOutId() != null) {
                    ((Document) s.getObject(document.getVersionSeriesCheckedOutId(), fresh(s))).cancelCheckOut();
                }
            } catch (CmisObjectNotFoundException e) {
                // Nothing checked out any more.
            }
            return null;
        });
    }

    /** Marks the document frozen where the repository knows the evidence aspect (the embedded one enforces it). */
    void markFrozen(String objectId) {
        call(() -> {
            Session s = session();
            CmisObject document = s.getObject(objectId, fresh(s));
            // Idempotent: the embedded repository refuses any update of a frozen document, this one included.
            if (hasEvidenceAspect(s) && !"true".equals(document.getPropertyValue(FROZEN))) {
                document.updateProperties(Map.of(FROZEN, "true"), false);
            }
            return null;
        });
    }

    /** True where the repository records a frozen state (the evidence aspect). */
    boolean recordsFrozenState() {
        return call(() -> hasEvidenceAspect(session()));
    }

    /**
     * Whether the repository answers now: for the health check. Reads the root folder uncached, because the session
     * keeps the repository description from its first call and would answer without the repository.
     */
    String ping() {
        return call(() -> {
            Session s = session();
            s.getObject(s.getRepositoryInfo().getRootFolderId(), fresh(s));
            return s.getRepositoryInfo().getProductName();
        });
    }

    private void delete(String objectId, boolean allVersions) {
        call(() -> {
            try {
                session().getObject(objectId, fresh(session())).delete(allVersions);
            } catch (CmisObjectNotFoundException e) {
                // Already gone: deleting is idempotent.
            } catch (CmisConstraintException | CmisUpdateConflictException e) {
                throw frozenInRepository(objectId, e);
            }
            return null;
        });
    }

    private ObjectId createInFolder(Session s, List<String> folderPath, String name, Map<String, Object> properties,
                                    Content content) {
        Map<String, Object> withName = new HashMap<>(properties);
        withName.put(PropertyIds.NAME, name);
        withName.put(PropertyIds.OBJECT_TYPE_ID, documentType);
        try {
            return s.createDocument(withName, folder(s, folderPath), stream(s, name, content), VersioningState.MAJOR);
        } catch (CmisObjectNotFoundException e) {
            // The folder was deleted behind DXFlow's back: found or made again at the next upload.
            folders.clear();
            throw new RepositoryUnavailableException("Folder " + folderPath + " vanished from the repository", e);
        } catch (CmisNameConstraintViolationException | CmisContentAlreadyExistsException raced) {
            // A document of that name exists that DXFlow's index does not know yet: another upload of the same name
            // won a race. This upload becomes its next version, if its content can be read again.
            if (!content.readableAgain()) {
                throw new EvidenceRejectedException(HttpStatus.CONFLICT, "Một tệp cùng tên \"" + name + "\" vừa được "
                        + "tải lên cùng lúc; hãy tải lên lại để lưu thành phiên bản mới.", "Name " + name
                        + " taken by a concurrent upload in " + folderPath);
            }
            Document existing = (Document) s.getObjectByPath("/" + String.join("/", folderPath) + "/" + name, fresh(s));
            return newVersion(s, existing, properties, name, content);
        }
    }

    private static ObjectId newVersion(Session s, Document existing, Map<String, Object> properties, String name,
                                       Content content) {
        Document pwc = (Document) s.getObject(checkOut(existing), fresh(s));
        try {
            return pwc.checkIn(true, properties, stream(s, name, content), "Tải lên lại");
        } catch (CmisBaseException e) {
            pwc.cancelCheckOut();
            throw e;
        }
    }

    private static ObjectId checkOut(Document document) {
        try {
            return document.checkOut();
        } catch (CmisVersioningException e) {
            throw new EvidenceRejectedException(HttpStatus.CONFLICT,
                    "Tài liệu \"" + document.getName() + "\" đang được tải lên trong một phiên khác; "
                            + "vui lòng thử lại sau ít phút.",
                    "Document " + document.getId() + " is checked out by another upload: " + e.getMessage());
        } catch (CmisConstraintException | CmisUpdateConflictException e) {
            throw frozenInRepository(document.getId(), e);
        }
    }

    private static ContentStream stream(Session s, String name, Content content) {
        try {
            return s.getObjectFactory().createContentStream(name, content.length(),
                    content.mediaType(), content.source().open());
        } catch (IOException e) {
            throw new CmisStorageException("Cannot read the upload: " + e.getMessage(), e);
        }
    }

    /**
     * Metadata as evidence-aspect properties where the repository has the aspect; always also as a readable
     * cmis:description, the fallback for repositories without DXFlow's model.
     */
    private Map<String, Object> properties(Session s, Map<String, Object> metadata) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PropertyIds.DESCRIPTION, describe(metadata));
        if (hasEvidenceAspect(s)) {
            properties.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, List.of(EVIDENCE_ASPECT));
            properties.putAll(metadata);
        }
        return properties;
    }

    private static String describe(Map<String, ?> metadata) {
        StringBuilder description = new StringBuilder(DESCRIPTION_PREFIX);
        metadata.forEach((key, value) -> description.append("; ").append(key.substring(4)).append('=').append(value));
        return description.toString();
    }

    private RepositoryDocument describe(Session s, Document document) {
        return new RepositoryDocument(document.getId(), document.getVersionSeriesId(), document.getVersionLabel(),
                document.getName(), document.getContentStreamLength(), metadataOf(s, document));
    }

    /** DXFlow's metadata of a document: the aspect's properties, or what the description carries without it. */
    private Map<String, String> metadataOf(Session s, CmisObject document) {
        Map<String, String> metadata = new LinkedHashMap<>();
        if (hasEvidenceAspect(s)) {
            document.getProperties().stream().filter(p -> p.getId().startsWith("dxf:") && p.getFirstValue() != null)
                    .forEach(p -> metadata.put(p.getId(), p.getFirstValue().toString()));
            return metadata;
        }
        String description = document.getDescription();
        if (description != null && description.startsWith(DESCRIPTION_PREFIX)) {
            for (String pair : description.substring(DESCRIPTION_PREFIX.length()).split("; ")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    metadata.put("dxf:" + pair.substring(0, equals).strip(), pair.substring(equals + 1));
                }
            }
        }
        return metadata;
    }

    private static Map<String, Object> merged(Map<String, String> existing, Map<String, Object> added) {
        Map<String, Object> all = new LinkedHashMap<>(existing);
        all.putAll(added);
        return all;
    }

    private boolean hasEvidenceAspect(Session s) {
        if (hasAspect == null) {
            try {
                s.getTypeDefinition(EVIDENCE_ASPECT);
                hasAspect = true;
            } catch (CmisObjectNotFoundException e) {
                hasAspect = false;
            }
        }
        return hasAspect;
    }

    /** The folder's id, created as needed; remembered, since folders stay. */
    private ObjectId folder(Session s, List<String> path) {
        String key = String.join("/", path);
        ObjectId known = folders.get(key);
        if (known != null) {
            return known;
        }
        ObjectId folder = new ObjectIdImpl(s.getRootFolder(fresh(s)).getId());
        StringBuilder current = new StringBuilder();
        for (String segment : path) {
            current.append('/').append(segment);
            folder = childFolder(s, folder, segment, current.toString());
        }
        folders.put(key, folder);
        return folder;
    }

    private static ObjectId childFolder(Session s, ObjectId parent, String name, String path) {
        try {
            return new ObjectIdImpl(s.getObjectByPath(path, fresh(s)).getId());
        } catch (CmisObjectNotFoundException e) {
            try {
                return s.createFolder(Map.of(PropertyIds.NAME, name, PropertyIds.OBJECT_TYPE_ID, "cmis:folder"), parent);
            } catch (CmisNameConstraintViolationException | CmisContentAlreadyExistsException raced) {
                // Another upload created it at the same moment.
                return new ObjectIdImpl(s.getObjectByPath(path, fresh(s)).getId());
            }
        }
    }

    private static OperationContext fresh(Session s) {
        OperationContext context = s.createOperationContext();
        context.setCacheEnabled(false);
        context.setIncludeAllowableActions(false);
        return context;
    }

    private Session session() {
        Session current = session;
        if (current == null) {
            synchronized (this) {
                if (session == null) {
                    Session created = SessionFactoryImpl.newInstance().createSession(new HashMap<>(parameters));
                    requireVersionable(created);
                    session = created;
                }
                current = session;
            }
        }
        return current;
    }

    private void requireVersionable(Session s) {
        ObjectType type = s.getTypeDefinition(documentType);
        if (!(type instanceof DocumentType document) || !Boolean.TRUE.equals(document.isVersionable())) {
            throw new IllegalStateException("CMIS type " + documentType + " of repository "
                    + s.getRepositoryInfo().getId() + " is not a versionable document type: re-uploads could not "
                    + "keep earlier versions. Set dxflow.cmis.document-type to a versionable type.");
        }
    }

    private static EvidenceRejectedException gone(String objectId, CmisObjectNotFoundException e) {
        return new EvidenceRejectedException(HttpStatus.NOT_FOUND, "Tài liệu không còn trong kho lưu trữ minh chứng "
                + "(có thể đã bị xóa trực tiếp trong kho). Hãy báo quản trị hệ thống kiểm tra hồ sơ.",
                "Document " + objectId + " is missing from the repository: " + e.getMessage());
    }

    private static EvidenceRejectedException frozenInRepository(String objectId, CmisBaseException e) {
        return new EvidenceRejectedException(HttpStatus.CONFLICT, "Tài liệu đã được khóa trong kho lưu trữ khi nộp hồ sơ "
                + "nên không thể thay thế hoặc xóa.", "Document " + objectId + " is frozen in the repository: "
                + e.getMessage());
    }

    /** Connection and server failures become one exception the API answers with 503; the user may retry. */
    private static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (CmisConnectionException | CmisRuntimeException | CmisStorageException e) {
            throw new RepositoryUnavailableException("CMIS repository unavailable: " + e.getMessage(), e);
        }
    }
}
