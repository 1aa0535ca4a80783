package vn.dxflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.inmemory.server.InMemoryServiceFactoryImpl;
import org.apache.chemistry.opencmis.inmemory.types.DefaultTypeSystemCreator;
import org.apache.chemistry.opencmis.server.impl.CmisRepositoryContextListener;
import org.apache.chemistry.opencmis.server.impl.browser.CmisBrowserBindingServlet;
import org.apache.chemistry.opencmis.server.shared.BasicAuthCallContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DXFlow's CMIS client against a repository it did not write: Apache Chemistry's InMemory server, which has no
 * evidence aspect (like an Alfresco without DXFlow's model). Versions work the same way with its versionable type,
 * the metadata falls back to cmis:description, and a non-versionable document type is refused at connection.
 */
class ForeignRepositoryTest {

    private static Server jetty;
    private static String url;

    @BeforeAll
    static void startInMemoryServer() throws Exception {
        InMemoryServiceFactoryImpl factory = new InMemoryServiceFactoryImpl();
        factory.init(new HashMap<>(Map.of("InMemoryServer.RepositoryId", "foreign",
                "InMemoryServer.TypesCreatorClass", DefaultTypeSystemCreator.class.getName(),
                // BRIEF section 8: with encryption (the WAR's default) uploads above 4 MiB fail on JDK 17.
                "InMemoryServer.EncryptTempFiles", "false",
                "InMemoryServer.TempDir", "target")));
        jetty = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/inmemory");
        context.setAttribute(CmisRepositoryContextListener.SERVICES_FACTORY, factory);
        ServletHolder browser = new ServletHolder(new CmisBrowserBindingServlet());
        browser.setInitParameter("callContextHandler", BasicAuthCallContextHandler.class.getName());
        browser.setInitParameter("cmisVersion", "1.1");
        context.addServlet(browser, "/browser/*");
        jetty.setHandler(context);
        jetty.start();
        url = "http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/inmemory/browser";
    }

    @AfterAll
    static void stop() throws Exception {
        jetty.stop();
    }

    @Test
    void storesVersionsWithMetadataInTheDescription() throws IOException {
        EvidenceRepository repository = new EvidenceRepository(url, "foreign", "dxflow", "any",
                DefaultTypeSystemCreator.VERSIONED_TYPE, Duration.ofSeconds(5), Duration.ofSeconds(30));
        List<String> path = List.of("2025", "10 - Tỉnh Lào Cai", "02947 - Thị trấn Phố Ràng", "CQS-1");
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("dxf:unitCode", "02947");
        metadata.put("dxf:sha256", "ab".repeat(32));

        EvidenceRepository.StoredVersion first = repository.store(path, "Báo cáo.pdf", metadata,
                content(EvidenceSamples.pdf("1")), null);
        EvidenceRepository.StoredVersion second = repository.store(path, "Báo cáo.pdf", metadata,
                content(EvidenceSamples.pdf("2")), first.objectId());
        // A document of that name the index does not know (a concurrent upload won): the next version too.
        EvidenceRepository.StoredVersion third = repository.store(path, "Báo cáo.pdf", metadata,
                content(EvidenceSamples.pdf("3")), null);

        assertThat(second.seriesId()).isEqualTo(first.seriesId());
        assertThat(third.seriesId()).isEqualTo(first.seriesId());
        assertThat(repository.versions(third.objectId())).hasSize(3);
        assertThat(repository.latestVersionId(first.objectId())).isEqualTo(third.objectId());
        assertThat(repository.document(first.objectId()).orElseThrow().metadata())
                .containsEntry("dxf:unitCode", "02947").containsEntry("dxf:sha256", "ab".repeat(32));
        try (InputStream in = repository.content(second.objectId())) {
            assertThat(in.readAllBytes()).isEqualTo(EvidenceSamples.pdf("2"));
        }
        Document stored = (Document) session().getObjectByPath(
                "/2025/10 - Tỉnh Lào Cai/02947 - Thị trấn Phố Ràng/CQS-1/Báo cáo.pdf");
        assertThat(stored.getDescription()).isEqualTo("DXFlow evidence; unitCode=02947; sha256=" + "ab".repeat(32));
        repository.markFrozen(third.objectId());
    }

    @Test
    void refusesADocumentTypeThatCannotKeepVersions() {
        EvidenceRepository repository = new EvidenceRepository(url, "foreign", "dxflow", "any", "cmis:document",
                Duration.ofSeconds(5), Duration.ofSeconds(30));

        assertThatThrownBy(() -> repository.latestVersionId("any"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a versionable document type");
    }

    private static EvidenceRepository.Content content(byte[] bytes) {
        return new EvidenceRepository.Content("application/pdf", bytes.length, () -> new ByteArrayInputStream(bytes), true);
    }

    private static Session session() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
        parameters.put(SessionParameter.BROWSER_URL, url);
        parameters.put(SessionParameter.REPOSITORY_ID, "foreign");
        parameters.put(SessionParameter.USER, "dxflow");
        parameters.put(SessionParameter.PASSWORD, "any");
        return SessionFactoryImpl.newInstance().createSession(parameters);
    }
}
