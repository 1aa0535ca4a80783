package vn.dxflow.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.DocumentType;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.ObjectId;
import org.apache.chemistry.opencmis.client.api.ObjectType;
import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConnectionException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisRuntimeException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisStorageException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisVersioningException;
import org.springframework.http.HttpStatus;

/**
 * DXFlow's one CMIS client (OpenCMIS, browser binding), the same code for the embedded server and Alfresco.
 * Every read uses an operation context without cache: OpenCMIS caches objects and paths for a long time by
 * default, and DXFlow must see a document changed behind its back. Content always streams.
 */
class EvidenceRepository {

    static final String EVIDENCE_ASPECT = "P:dxf:evidence";
    static final String FROZEN = "dxf:frozen";

    private final Map<String, String> parameters;
    private final String documentType;
    private volatile Session session;
    private volatile Boolean hasAspect;

    /** {@code documentType} must be versionable: a re-upload keeps the earlier version. */
    EvidenceRepository(String url, String repositoryId, String user, String password, String documentType) {
        this.documentType = documentType;
        this.parameters = Map.of(
                SessionParameter.BINDING_TYPE, BindingType.BROWSER.value(),
                SessionParameter.BROWSER_URL, url,
                SessionParameter.REPOSITORY_ID, repositoryId,
                SessionParameter.USER, user,
                SessionParameter.PASSWORD, password,
                SessionParameter.CACHE_SIZE_OBJECTS, "0",
                SessionParameter.CACHE_PATH_OMIT, "true");
    }

    /** A stored version: its object id, the version series it belongs to and its label. */
    record StoredVersion(String objectId, String seriesId, String label) {
    }

    /**
     * Stores {@code content} as {@code name} in the folder path (created as needed): a new document, or a new
     * major version when the folder already has one of that name, so the earlier version stays.
     */
    StoredVersion store(List<String> folderPath, String name, Map<String, Object> metadata, CheckedFile file,
                        UploadContent content) {
        return call(() -> {
            Session s = session();
            Folder folder = folder(s, folderPath);
            Map<String, Object> properties = properties(s, metadata);
            Document existing = child(s, folder, name);
            Document stored;
            if (existing == null) {
                try {
                    stored = create(s, folder, name, properties, streamOf(s, name, file, content));
                } catch (CmisNameConstraintViolationException | CmisContentAlreadyExistsException raced) {
                    // Another upload of the same name won the race: this one becomes its next version.
                    stored = newVersion(s, child(s, folder, name), properties, streamOf(s, name, file, content));
                }
            } else {
                stored = newVersion(s, existing, properties, streamOf(s, name, file, content));
            }
            return new StoredVersion(stored.getId(), stored.getVersionSeriesId(), stored.getVersionLabel());
        });
    }

    InputStream content(String objectId) {
        return call(() -> ((Document) session().getObject(objectId, fresh(session()))).getContentStream().getStream());
    }

    /** The object id of the newest version in the series of {@code objectId}. */
    String latestVersionId(String objectId) {
        return call(() -> session().getLatestDocumentVersion(objectId, fresh(session())).getId());
    }

    List<EvidenceVersion> versions(String objectId) {
        return call(() -> {
            Document doc = (Document) session().getObject(objectId, fresh(session()));
            return doc.getAllVersions(fresh(session())).stream()
                    .map(v -> new EvidenceVersion(v.getId(), v.getVersionLabel(),
                            v.getCreationDate().toInstant(), v.getCreatedBy(), v.getContentStreamLength()))
                    .toList();
        });
    }

    void deleteAllVersions(String objectId) {
        call(() -> {
            try {
                session().getObject(objectId, fresh(session())).delete(true);
            } catch (CmisObjectNotFoundException e) {
                // Already gone: deleting is idempotent.
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

    private Document create(Session s, Folder folder, String name, Map<String, Object> properties,
                            Upload upload) {
        Map<String, Object> withName = new HashMap<>(properties);
        withName.put(PropertyIds.NAME, name);
        withName.put(PropertyIds.OBJECT_TYPE_ID, documentType);
        try (upload) {
            ObjectId id = s.createDocument(withName, folder, upload.stream(), VersioningState.MAJOR);
            return (Document) s.getObject(id, fresh(s));
        }
    }

    private static Document newVersion(Session s, Document existing, Map<String, Object> properties,
                                       Upload upload) {
        try (upload) {
            Document pwc = (Document) s.getObject(checkOut(existing), fresh(s));
            try {
                ObjectId version = pwc.checkIn(true, properties, upload.stream(), "Tải lên lại");
                return (Document) s.getObject(version, fresh(s));
            } catch (CmisBaseException e) {
                pwc.cancelCheckOut();
                throw e;
            }
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
        }
    }

    /** The upload opened afresh for one transfer (a retry after a lost race needs the bytes again). */
    private record Upload(ContentStream stream) implements AutoCloseable {
        @Override
        public void close() {
            try {
                stream.getStream().close();
            } catch (IOException e) {
                // Reading is over either way.
            }
        }
    }

    private static Upload streamOf(Session s, String name, CheckedFile file, UploadContent content) {
        try {
            return new Upload(s.getObjectFactory().createContentStream(name, file.size(), file.mediaType(),
                    content.open()));
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
        StringBuilder description = new StringBuilder("DXFlow evidence");
        metadata.forEach((key, value) -> description.append("; ").append(key.substring(4)).append('=').append(value));
        properties.put(PropertyIds.DESCRIPTION, description.toString());
        if (hasEvidenceAspect(s)) {
            properties.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, List.of(EVIDENCE_ASPECT));
            properties.putAll(metadata);
        }
        return properties;
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

    private Folder folder(Session s, List<String> path) {
        Folder folder = s.getRootFolder(fresh(s));
        StringBuilder current = new StringBuilder();
        for (String segment : path) {
            current.append('/').append(segment);
            folder = childFolder(s, folder, segment, current.toString());
        }
        return folder;
    }

    private static Folder childFolder(Session s, Folder parent, String name, String path) {
        try {
            return (Folder) s.getObjectByPath(path, fresh(s));
        } catch (CmisObjectNotFoundException e) {
            try {
                return parent.createFolder(Map.of(PropertyIds.NAME, name, PropertyIds.OBJECT_TYPE_ID, "cmis:folder"));
            } catch (CmisNameConstraintViolationException | CmisContentAlreadyExistsException raced) {
                // Another upload created it at the same moment.
                return (Folder) s.getObjectByPath(path, fresh(s));
            }
        }
    }

    private static Document child(Session s, Folder folder, String name) {
        try {
            return (Document) s.getObjectByPath(folder.getPath() + "/" + name, fresh(s));
        } catch (CmisObjectNotFoundException e) {
            return null;
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

    /** Connection and server failures become one exception the API answers with 503; the user may retry. */
    private static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (CmisConnectionException | CmisRuntimeException | CmisStorageException e) {
            throw new RepositoryUnavailableException("CMIS repository unavailable: " + e.getMessage(), e);
        }
    }
}
