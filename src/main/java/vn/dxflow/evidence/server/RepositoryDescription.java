package vn.dxflow.evidence.server;

import java.util.List;
import org.apache.chemistry.opencmis.commons.data.RepositoryInfo;
import org.apache.chemistry.opencmis.commons.enums.CapabilityAcl;
import org.apache.chemistry.opencmis.commons.enums.CapabilityChanges;
import org.apache.chemistry.opencmis.commons.enums.CapabilityContentStreamUpdates;
import org.apache.chemistry.opencmis.commons.enums.CapabilityJoin;
import org.apache.chemistry.opencmis.commons.enums.CapabilityOrderBy;
import org.apache.chemistry.opencmis.commons.enums.CapabilityQuery;
import org.apache.chemistry.opencmis.commons.enums.CapabilityRenditions;
import org.apache.chemistry.opencmis.commons.enums.CmisVersion;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.CreatablePropertyTypesImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.NewTypeSettableAttributesImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.RepositoryCapabilitiesImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.RepositoryInfoImpl;

/** What the embedded repository tells clients about itself: id, name and the capabilities it implements. */
record RepositoryDescription(String repositoryId) {

    RepositoryInfo info() {
        RepositoryCapabilitiesImpl capabilities = new RepositoryCapabilitiesImpl();
        capabilities.setCapabilityAcl(CapabilityAcl.NONE);
        capabilities.setCapabilityChanges(CapabilityChanges.NONE);
        // Content of a version never changes: new content needs a check-out and makes a new version.
        capabilities.setCapabilityContentStreamUpdates(CapabilityContentStreamUpdates.PWCONLY);
        capabilities.setCapabilityJoin(CapabilityJoin.NONE);
        capabilities.setCapabilityQuery(CapabilityQuery.NONE);
        capabilities.setCapabilityRendition(CapabilityRenditions.NONE);
        capabilities.setCapabilityOrderBy(CapabilityOrderBy.NONE);
        capabilities.setIsPwcSearchable(false);
        capabilities.setIsPwcUpdatable(true);
        capabilities.setAllVersionsSearchable(false);
        capabilities.setSupportsGetDescendants(false);
        capabilities.setSupportsGetFolderTree(false);
        capabilities.setSupportsMultifiling(false);
        capabilities.setSupportsUnfiling(false);
        capabilities.setSupportsVersionSpecificFiling(false);
        capabilities.setCreatablePropertyTypes(new CreatablePropertyTypesImpl());
        capabilities.setNewTypeSettableAttributes(new NewTypeSettableAttributesImpl());

        RepositoryInfoImpl info = new RepositoryInfoImpl();
        info.setId(repositoryId);
        info.setName("DXFlow evidence");
        info.setDescription("Embedded durable CMIS repository of DXFlow (minh chứng đánh giá chuyển đổi số)");
        info.setVendorName("DXFlow");
        info.setProductName("DXFlow embedded CMIS server");
        info.setProductVersion("1");
        info.setCmisVersionSupported(CmisVersion.CMIS_1_1.value());
        info.setCmisVersion(CmisVersion.CMIS_1_1);
        info.setRootFolder(FileRepository.ROOT_ID);
        info.setCapabilities(capabilities);
        info.setPrincipalAnonymous("anonymous");
        info.setPrincipalAnyone("anyone");
        info.setThinClientUri("");
        info.setChangesIncomplete(true);
        info.setLatestChangeLogToken(null);
        info.setChangesOnType(List.of());
        return info;
    }
}
