package vn.dxflow.evidence;

import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dxflow.evidence.server.EmbeddedCmisServer;

/**
 * The one place the CMIS connection is configured: an external repository (Alfresco, profile {@code alfresco})
 * when {@code dxflow.cmis.url} is set, else the embedded server started on loopback.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CmisProperties.class, EvidenceProperties.class})
class EvidenceConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    @ConditionalOnExpression("'${dxflow.cmis.url:}'.isBlank()")
    EmbeddedCmisServer embeddedCmisServer(CmisProperties cmis) {
        if (!cmis.embedded().allowed()) {
            throw new IllegalStateException("Set DXFLOW_CMIS_URL (dxflow.cmis.url) to the repository the nodes share: "
                    + "with a database that several nodes may share, a per-node embedded document store would hide "
                    + "each node's documents from the others. Run 'java -jar dxflow.jar cmis-server' on one host, or "
                    + "use Alfresco (profile alfresco).");
        }
        return new EmbeddedCmisServer(cmis.embedded().dataDir(), cmis.embedded().bindAddress(),
                cmis.embedded().port(), cmis.repositoryId(), cmis.user(), embeddedPassword(cmis));
    }

    @Bean
    EvidenceRepository evidenceRepository(CmisProperties cmis, ObjectProvider<EmbeddedCmisServer> embedded) {
        if (cmis.isEmbedded()) {
            EmbeddedCmisServer server = embedded.getObject();
            return new EvidenceRepository(server.browserUrl(), cmis.repositoryId(), cmis.user(),
                    server.password(), cmis.documentType(), cmis.connectTimeout(), cmis.readTimeout());
        }
        return new EvidenceRepository(cmis.url(), cmis.repositoryId(), cmis.user(), cmis.password(),
                cmis.documentType(), cmis.connectTimeout(), cmis.readTimeout());
    }

    /** Without a configured password the embedded server gets a random one per run: nobody else on the host needs it. */
    private static String embeddedPassword(CmisProperties cmis) {
        return cmis.password() == null || cmis.password().isBlank() ? UUID.randomUUID().toString() : cmis.password();
    }
}
