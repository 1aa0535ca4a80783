package vn.dxflow.evidence.server;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.chemistry.opencmis.commons.data.Acl;
import org.apache.chemistry.opencmis.commons.data.BulkUpdateObjectIdAndChangeToken;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.data.ExtensionsData;
import org.apache.chemistry.opencmis.commons.data.FailedToDeleteData;
import org.apache.chemistry.opencmis.commons.data.ObjectData;
import org.apache.chemistry.opencmis.commons.data.ObjectInFolderData;
import org.apache.chemistry.opencmis.commons.data.ObjectInFolderList;
import org.apache.chemistry.opencmis.commons.data.ObjectList;
import org.apache.chemistry.opencmis.commons.data.ObjectParentData;
import org.apache.chemistry.opencmis.commons.data.Properties;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.data.RepositoryInfo;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinitionContainer;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinitionList;
import org.apache.chemistry.opencmis.commons.enums.IncludeRelationships;
import org.apache.chemistry.opencmis.commons.enums.UnfileObject;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.BulkUpdateObjectIdAndChangeTokenImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ContentStreamImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.FailedToDeleteDataImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ObjectInFolderDataImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ObjectInFolderListImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ObjectListImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ObjectParentDataImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PartialContentStreamImpl;
import org.apache.chemistry.opencmis.commons.impl.server.AbstractCmisService;
import org.apache.chemistry.opencmis.commons.server.CallContext;
import org.apache.chemistry.opencmis.commons.spi.Holder;
import org.apache.chemistry.opencmis.server.support.TypeDefinitionFactory;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * The CMIS services of the embedded repository (one instance per request), mapped onto {@link FileRepository}.
 * Supports navigation, documents with content and major versions (check-out/check-in), folders, properties
 * including the evidence aspect, and deletion; no query, ACLs, relationships, renditions or change log.
 */
final class FileRepositoryService extends AbstractCmisService {

    private final RepositoryDescription description;
    private final FileRepository repository;
    private final RepositoryTypes types;
    private final ObjectDataBuilder objects;
    private final CallContext context;

    FileRepositoryService(RepositoryDescription description, FileRepository repository, RepositoryTypes types,
                          CallContext context) {
        this.description = description;
        this.repository = repository;
        this.types = types;
        this.objects = new ObjectDataBuilder(repository);
        this.context = context;
    }

    @Override
    public List<RepositoryInfo> getRepositoryInfos(ExtensionsData extension) {
        return List.of(description.info());
    }

    @Override
    public TypeDefinitionList getTypeChildren(String repositoryId, String typeId, Boolean includePropertyDefinitions,
                                              BigInteger maxItems, BigInteger skipCount, ExtensionsData extension) {
        return TypeDefinitionFactory.newInstance().createTypeDefinitionList(types.all(), typeId,
                includePropertyDefinitions, maxItems, skipCount);
    }

    @Override
    public List<TypeDefinitionContainer> getTypeDescendants(String repositoryId, String typeId, BigInteger depth,
                                                            Boolean includePropertyDefinitions,
                                                            ExtensionsData extension) {
        return TypeDefinitionFactory.newInstance().createTypeDescendants(types.all(), typeId, depth,
                includePropertyDefinitions);
    }

    @Override
    public TypeDefinition getTypeDefinition(String repositoryId, String typeId, ExtensionsData extension) {
        TypeDefinition type = types.get(typeId);
        if (type == null) {
            throw new CmisObjectNotFoundException("Unknown type: " + typeId);
        }
        return type;
    }

    @Override
    public ObjectInFolderList getChildren(String repositoryId, String folderId, String filter, String orderBy,
                                          Boolean includeAllowableActions,
                                          IncludeRelationships includeRelationships, String renditionFilter,
                                          Boolean includePathSegment, BigInteger maxItems, BigInteger skipCount,
                                          ExtensionsData extension) {
        List<Entry> children = repository.children(folderId);
        int skip = skipCount == null ? 0 : Math.max(0, skipCount.intValue());
        int max = maxItems == null ? Integer.MAX_VALUE : Math.max(0, maxItems.intValue());
        List<Entry> page = children.stream().skip(skip).limit(max).toList();
        ObjectInFolderListImpl list = new ObjectInFolderListImpl();
        list.setObjects(page.stream().map(child -> {
            ObjectInFolderDataImpl item = new ObjectInFolderDataImpl(
                    objects.build(child, filter, includeAllowableActions));
            if (Boolean.TRUE.equals(includePathSegment)) {
                item.setPathSegment(child.name);
            }
            return (ObjectInFolderData) item;
        }).toList());
        list.setNumItems(BigInteger.valueOf(children.size()));
        list.setHasMoreItems(skip + page.size() < children.size());
        return list;
    }

    @Override
    public List<ObjectParentData> getObjectParents(String repositoryId, String objectId, String filter,
                                                   Boolean includeAllowableActions,
                                                   IncludeRelationships includeRelationships, String renditionFilter,
                                                   Boolean includeRelativePathSegment, ExtensionsData extension) {
        Entry entry = repository.get(objectId);
        if (entry.parentId == null) {
            return List.of();
        }
        ObjectParentDataImpl parent = new ObjectParentDataImpl(
                objects.build(repository.get(entry.parentId), filter, includeAllowableActions));
        if (Boolean.TRUE.equals(includeRelativePathSegment)) {
            parent.setRelativePathSegment(entry.name);
        }
        return List.of(parent);
    }

    @Override
    public ObjectData getFolderParent(String repositoryId, String folderId, String filter, ExtensionsData extension) {
        Entry folder = repository.get(folderId);
        if (!folder.isFolder() || folder.parentId == null) {
            throw new CmisInvalidArgumentException("The root folder and documents have no folder parent");
        }
        return objects.build(repository.get(folder.parentId), filter, false);
    }

    @Override
    public ObjectData getObject(String repositoryId, String objectId, String filter, Boolean includeAllowableActions,
                                IncludeRelationships includeRelationships, String renditionFilter,
                                Boolean includePolicyIds, Boolean includeAcl, ExtensionsData extension) {
        return objects.build(repository.get(objectId), filter, includeAllowableActions);
    }

    @Override
    public ObjectData getObjectByPath(String repositoryId, String path, String filter,
                                      Boolean includeAllowableActions, IncludeRelationships includeRelationships,
                                      String renditionFilter, Boolean includePolicyIds, Boolean includeAcl,
                                      ExtensionsData extension) {
        if (path == null || !path.startsWith("/")) {
            throw new CmisInvalidArgumentException("Invalid path: " + path);
        }
        Entry current = repository.get(FileRepository.ROOT_ID);
        for (String segment : path.substring(1).split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (!current.isFolder()) {
                throw new CmisObjectNotFoundException("Path not found: " + path);
            }
            current = repository.childByName(current.id, segment)
                    .orElseThrow(() -> new CmisObjectNotFoundException("Path not found: " + path));
        }
        return objects.build(current, filter, includeAllowableActions);
    }

    @Override
    public ContentStream getContentStream(String repositoryId, String objectId, String streamId, BigInteger offset,
                                          BigInteger length, ExtensionsData extension) {
        Entry doc = repository.get(objectId);
        if (!doc.hasContent()) {
            throw new CmisConstraintException("Object has no content: " + objectId);
        }
        try {
            InputStream in = Files.newInputStream(repository.contentFile(doc));
            if (offset == null && length == null) {
                return new ContentStreamImpl(doc.fileName, BigInteger.valueOf(doc.length), doc.mimeType, in);
            }
            // A range (resumed or partial download): skip on the file channel, then stop after the length.
            long from = offset == null ? 0 : Math.min(offset.longValue(), doc.length);
            long count = length == null ? doc.length - from : Math.min(length.longValue(), doc.length - from);
            in.skipNBytes(from);
            return new PartialContentStreamImpl(doc.fileName, BigInteger.valueOf(count), doc.mimeType,
                    BoundedInputStream.builder().setInputStream(in).setMaxCount(count).get());
        } catch (IOException e) {
            throw new CmisObjectNotFoundException("Content missing for " + objectId, e);
        }
    }

    @Override
    public String createDocument(String repositoryId, Properties properties, String folderId,
                                 ContentStream contentStream, VersioningState versioningState,
                                 List<String> policies, Acl addAces, Acl removeAces, ExtensionsData extension) {
        Changes changes = changes(properties);
        requireType(changes, Entry.DOCUMENT);
        return repository.createDocument(folderId, changes, contentStream,
                versioningState == VersioningState.CHECKEDOUT, versioningState == VersioningState.MINOR, user()).id;
    }

    @Override
    public String createFolder(String repositoryId, Properties properties, String folderId, List<String> policies,
                               Acl addAces, Acl removeAces, ExtensionsData extension) {
        Changes changes = changes(properties);
        requireType(changes, Entry.FOLDER);
        return repository.createFolder(folderId, changes, user()).id;
    }

    @Override
    public void updateProperties(String repositoryId, Holder<String> objectId, Holder<String> changeToken,
                                 Properties properties, ExtensionsData extension) {
        Entry updated = repository.update(objectId.getValue(), changes(properties),
                changeToken == null ? null : changeToken.getValue(), user());
        setChangeToken(changeToken, updated);
    }

    @Override
    public List<BulkUpdateObjectIdAndChangeToken> bulkUpdateProperties(
            String repositoryId, List<BulkUpdateObjectIdAndChangeToken> objectIdsAndChangeTokens,
            Properties properties, List<String> addSecondaryTypeIds, List<String> removeSecondaryTypeIds,
            ExtensionsData extension) {
        List<BulkUpdateObjectIdAndChangeToken> updated = new ArrayList<>();
        for (BulkUpdateObjectIdAndChangeToken object : objectIdsAndChangeTokens) {
            try {
                Entry entry = repository.get(object.getId());
                List<String> secondary = new ArrayList<>(entry.secondaryTypeIds);
                secondary.addAll(addSecondaryTypeIds == null ? List.of() : addSecondaryTypeIds);
                secondary.removeAll(removeSecondaryTypeIds == null ? List.of() : removeSecondaryTypeIds);
                Changes changes = changes(properties);
                entry = repository.update(object.getId(), new Changes(changes.name(), null, changes.description(),
                        secondary.stream().distinct().toList(), changes.extra()), object.getChangeToken(), user());
                updated.add(new BulkUpdateObjectIdAndChangeTokenImpl(object.getId(), entry.id,
                        String.valueOf(entry.changeToken)));
            } catch (CmisBaseException e) {
                // CMIS 1.1 section 2.2.4.14: objects that cannot be updated are left out of the result.
            }
        }
        return updated;
    }

    @Override
    public void moveObject(String repositoryId, Holder<String> objectId, String targetFolderId,
                           String sourceFolderId, ExtensionsData extension) {
        repository.move(objectId.getValue(), targetFolderId, user());
    }

    @Override
    public void deleteObject(String repositoryId, String objectId, Boolean allVersions, ExtensionsData extension) {
        repository.delete(objectId, !Boolean.FALSE.equals(allVersions));
    }

    @Override
    public FailedToDeleteData deleteTree(String repositoryId, String folderId, Boolean allVersions,
                                         UnfileObject unfileObjects, Boolean continueOnFailure,
                                         ExtensionsData extension) {
        FailedToDeleteDataImpl result = new FailedToDeleteDataImpl();
        result.setIds(repository.deleteTree(folderId));
        return result;
    }

    @Override
    public void setContentStream(String repositoryId, Holder<String> objectId, Boolean overwriteFlag,
                                 Holder<String> changeToken, ContentStream contentStream,
                                 ExtensionsData extension) {
        Entry updated = repository.replaceContent(objectId.getValue(), contentStream,
                !Boolean.FALSE.equals(overwriteFlag), user());
        setChangeToken(changeToken, updated);
    }

    @Override
    public void deleteContentStream(String repositoryId, Holder<String> objectId, Holder<String> changeToken,
                                    ExtensionsData extension) {
        setChangeToken(changeToken, repository.replaceContent(objectId.getValue(), null, true, user()));
    }

    @Override
    public void checkOut(String repositoryId, Holder<String> objectId, ExtensionsData extension,
                         Holder<Boolean> contentCopied) {
        Entry pwc = repository.checkOut(objectId.getValue(), user());
        objectId.setValue(pwc.id);
        if (contentCopied != null) {
            contentCopied.setValue(pwc.hasContent());
        }
    }

    @Override
    public void cancelCheckOut(String repositoryId, String objectId, ExtensionsData extension) {
        repository.cancelCheckOut(objectId);
    }

    @Override
    public void checkIn(String repositoryId, Holder<String> objectId, Boolean major, Properties properties,
                        ContentStream contentStream, String checkinComment, List<String> policies, Acl addAces,
                        Acl removeAces, ExtensionsData extension) {
        Entry version = repository.checkIn(objectId.getValue(), !Boolean.FALSE.equals(major), changes(properties),
                contentStream, checkinComment, user());
        objectId.setValue(version.id);
    }

    @Override
    public List<ObjectData> getAllVersions(String repositoryId, String objectId, String versionSeriesId,
                                           String filter, Boolean includeAllowableActions,
                                           ExtensionsData extension) {
        String series = versionSeriesId != null ? versionSeriesId : repository.get(objectId).seriesId;
        return repository.versions(series).stream()
                .map(v -> objects.build(v, filter, includeAllowableActions)).toList();
    }

    @Override
    public ObjectData getObjectOfLatestVersion(String repositoryId, String objectId, String versionSeriesId,
                                               Boolean major, String filter, Boolean includeAllowableActions,
                                               IncludeRelationships includeRelationships, String renditionFilter,
                                               Boolean includePolicyIds, Boolean includeAcl,
                                               ExtensionsData extension) {
        String series = versionSeriesId != null ? versionSeriesId : repository.get(objectId).seriesId;
        Entry latest = repository.versions(series).stream().filter(v -> v.latest).findFirst()
                .orElseThrow(() -> new CmisObjectNotFoundException("No checked-in version of " + series));
        return objects.build(latest, filter, includeAllowableActions);
    }

    @Override
    public ObjectList getCheckedOutDocs(String repositoryId, String folderId, String filter, String orderBy,
                                        Boolean includeAllowableActions, IncludeRelationships includeRelationships,
                                        String renditionFilter, BigInteger maxItems, BigInteger skipCount,
                                        ExtensionsData extension) {
        List<Entry> copies = repository.workingCopies(folderId);
        ObjectListImpl list = new ObjectListImpl();
        list.setObjects(copies.stream().map(pwc -> objects.build(pwc, filter, includeAllowableActions)).toList());
        list.setNumItems(BigInteger.valueOf(copies.size()));
        list.setHasMoreItems(false);
        return list;
    }

    private String user() {
        return context.getUsername();
    }

    private static void setChangeToken(Holder<String> changeToken, Entry updated) {
        if (changeToken != null) {
            changeToken.setValue(String.valueOf(updated.changeToken));
        }
    }

    private static void requireType(Changes changes, String baseType) {
        if (changes.typeId() != null && !changes.typeId().equals(baseType)) {
            throw new CmisConstraintException("Only " + baseType + " can be created here, not " + changes.typeId());
        }
    }

    /** Splits the client's properties into base properties and secondary-type properties. */
    private static Changes changes(Properties properties) {
        if (properties == null) {
            return new Changes(null, null, null, null, null);
        }
        Map<String, PropertyData<?>> all = properties.getProperties();
        Map<String, String> extra = new LinkedHashMap<>();
        all.values().stream().filter(p -> !p.getId().startsWith("cmis:"))
                .forEach(p -> extra.put(p.getId(), p.getFirstValue() == null ? null : p.getFirstValue().toString()));
        PropertyData<?> secondary = all.get("cmis:secondaryObjectTypeIds");
        return new Changes(first(all, "cmis:name"), first(all, "cmis:objectTypeId"), first(all, "cmis:description"),
                secondary == null ? null : secondary.getValues().stream().map(Object::toString).toList(), extra);
    }

    private static String first(Map<String, PropertyData<?>> all, String id) {
        PropertyData<?> p = all.get(id);
        return p == null || p.getFirstValue() == null ? null : p.getFirstValue().toString();
    }
}
