package vn.dxflow.evidence.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.definitions.MutableDocumentTypeDefinition;
import org.apache.chemistry.opencmis.commons.definitions.MutablePropertyDefinition;
import org.apache.chemistry.opencmis.commons.definitions.MutableSecondaryTypeDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.enums.Cardinality;
import org.apache.chemistry.opencmis.commons.enums.CmisVersion;
import org.apache.chemistry.opencmis.commons.enums.ContentStreamAllowed;
import org.apache.chemistry.opencmis.commons.enums.PropertyType;
import org.apache.chemistry.opencmis.commons.enums.Updatability;
import org.apache.chemistry.opencmis.server.support.TypeDefinitionFactory;

/**
 * The embedded repository's types: versionable {@code cmis:document}, {@code cmis:folder}, and DXFlow's evidence
 * aspect {@code P:dxf:evidence} with the same id and properties as the Alfresco model in
 * {@code alfresco/dxflow-evidence-model.xml}, so the client writes the same metadata to both repositories.
 */
final class RepositoryTypes {

    static final String EVIDENCE_ASPECT = "P:dxf:evidence";
    /** Set to "true" when DXFlow freezes the dossier; the embedded repository then refuses every change. */
    static final String FROZEN = "dxf:frozen";
    static final List<String> EVIDENCE_PROPERTIES = List.of(
            "dxf:documentId", "dxf:unitCode", "dxf:year", "dxf:criterion", "dxf:uploader", "dxf:sha256", "dxf:size",
            "dxf:mediaType", FROZEN);

    private final Map<String, TypeDefinition> types;

    RepositoryTypes() {
        TypeDefinitionFactory factory = TypeDefinitionFactory.newInstance();
        MutableDocumentTypeDefinition document = factory.createBaseDocumentTypeDefinition(CmisVersion.CMIS_1_1);
        document.setIsVersionable(true);
        document.setContentStreamAllowed(ContentStreamAllowed.ALLOWED);
        document.setIsQueryable(false);
        document.setIsFulltextIndexed(false);
        document.setIsControllableAcl(false);
        document.setIsControllablePolicy(false);
        var folder = factory.createBaseFolderTypeDefinition(CmisVersion.CMIS_1_1);
        folder.setIsQueryable(false);
        folder.setIsFulltextIndexed(false);
        folder.setIsControllableAcl(false);
        folder.setIsControllablePolicy(false);
        // The factory marks cmis:secondaryObjectTypeIds read-only; clients must be able to attach the aspect.
        for (var type : List.of(document, folder)) {
            ((MutablePropertyDefinition<?>) type.getPropertyDefinitions().get(PropertyIds.SECONDARY_OBJECT_TYPE_IDS))
                    .setUpdatability(Updatability.READWRITE);
        }
        MutableSecondaryTypeDefinition secondary = factory.createBaseSecondaryTypeDefinition(CmisVersion.CMIS_1_1);
        secondary.setIsQueryable(false);
        secondary.setIsFulltextIndexed(false);
        MutableSecondaryTypeDefinition evidence =
                factory.createSecondaryTypeDefinition(CmisVersion.CMIS_1_1, secondary.getId());
        evidence.setId(EVIDENCE_ASPECT);
        evidence.setLocalName("evidence");
        evidence.setQueryName("dxf:evidence");
        evidence.setDisplayName("DXFlow evidence (minh chứng)");
        evidence.setDescription("Unit, year, criterion, uploader and SHA-256 of an evidence document");
        evidence.setIsQueryable(false);
        evidence.setIsFulltextIndexed(false);
        for (String id : EVIDENCE_PROPERTIES) {
            evidence.addPropertyDefinition(factory.createPropertyDefinition(id, id, id, PropertyType.STRING,
                    Cardinality.SINGLE, Updatability.READWRITE, false, false, false, false));
        }
        Map<String, TypeDefinition> byId = new LinkedHashMap<>();
        for (TypeDefinition type : List.of(document, folder, secondary, evidence)) {
            byId.put(type.getId(), type);
        }
        this.types = Collections.unmodifiableMap(byId);
    }

    Map<String, TypeDefinition> all() {
        return types;
    }

    TypeDefinition get(String id) {
        return types.get(id);
    }
}
