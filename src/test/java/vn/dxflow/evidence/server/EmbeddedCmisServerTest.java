package vn.dxflow.evidence.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.ObjectId;
import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ContentStreamImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/** The embedded server over HTTP with the OpenCMIS client: durability across restarts, versions, aspect, auth. */
class EmbeddedCmisServerTest {

    private static final Path DIR = Path.of("target/cmis-server-test");

    private EmbeddedCmisServer server;

    @BeforeEach
    void start() throws IOException {
        FileSystemUtils.deleteRecursively(DIR);
        server = new EmbeddedCmisServer(DIR, 0, "dxflow", "dxflow", "bí mật");
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void documentsSurviveARestartOnTheSameFolder() throws IOException {
        Folder folder = session("bí mật").getRootFolder().createFolder(Map.of(PropertyIds.NAME,
                "10 - Tỉnh Lào Cai", PropertyIds.OBJECT_TYPE_ID, "cmis:folder"));
        String id = folder.createDocument(Map.of(PropertyIds.NAME, "Báo cáo năm.pdf",
                        PropertyIds.OBJECT_TYPE_ID, "cmis:document"), content("nội dung"), VersioningState.MAJOR)
                .getId();

        server.stop();
        server = new EmbeddedCmisServer(DIR, 0, "dxflow", "dxflow", "bí mật");
        server.start();

        Document document = (Document) session("bí mật").getObjectByPath("/10 - Tỉnh Lào Cai/Báo cáo năm.pdf");
        assertThat(document.getId()).isEqualTo(id);
        assertThat(read(document.getContentStream())).isEqualTo("nội dung");
        assertThat(document.getContentStreamMimeType()).isEqualTo("application/pdf");
    }

    @Test
    void checkInMakesANewVersionAndKeepsTheEarlierOne() throws IOException {
        Session session = session("bí mật");
        ObjectId first = session.createDocument(Map.of(PropertyIds.NAME, "Kế hoạch.pdf",
                PropertyIds.OBJECT_TYPE_ID, "cmis:document"), session.getRootFolder(), content("bản 1"),
                VersioningState.MAJOR);
        Document pwc = (Document) session.getObject(((Document) session.getObject(first)).checkOut());
        ObjectId second = pwc.checkIn(true, Map.of(), content("bản 2"), "bản sửa");

        List<Document> versions = ((Document) session.getObject(second, fresh(session))).getAllVersions();
        assertThat(versions).extracting(Document::getVersionLabel).containsExactly("2.0", "1.0");
        assertThat(read(versions.get(0).getContentStream())).isEqualTo("bản 2");
        assertThat(read(versions.get(1).getContentStream())).isEqualTo("bản 1");
        assertThat(versions.get(1).isLatestVersion()).isFalse();
    }

    @Test
    void evidenceAspectPropertiesAreStoredAndFrozenDocumentsAreImmutable() {
        Session session = session("bí mật");
        Map<String, Object> properties = new HashMap<>(Map.of(PropertyIds.NAME, "Minh chứng.pdf",
                PropertyIds.OBJECT_TYPE_ID, "cmis:document",
                PropertyIds.SECONDARY_OBJECT_TYPE_IDS, List.of(RepositoryTypes.EVIDENCE_ASPECT),
                "dxf:unitCode", "02947", "dxf:sha256", "ab".repeat(32)));
        ObjectId id = session.createDocument(properties, session.getRootFolder(), content("x"), VersioningState.MAJOR);
        Document document = (Document) session.getObject(id, fresh(session));
        assertThat((String) document.getPropertyValue("dxf:unitCode")).isEqualTo("02947");

        document.updateProperties(Map.of(RepositoryTypes.FROZEN, "true"));

        Document frozen = (Document) session.getObject(id, fresh(session));
        assertThat(frozen.isImmutable()).isTrue();
        assertThatThrownBy(() -> frozen.delete(true)).hasMessageContaining("frozen");
        assertThatThrownBy(frozen::checkOut).hasMessageContaining("frozen");
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThatThrownBy(() -> session("sai").getRootFolder()).isInstanceOf(CmisBaseException.class);
    }

    private Session session(String password) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
        parameters.put(SessionParameter.BROWSER_URL, server.browserUrl());
        parameters.put(SessionParameter.REPOSITORY_ID, "dxflow");
        parameters.put(SessionParameter.USER, "dxflow");
        parameters.put(SessionParameter.PASSWORD, password);
        return SessionFactoryImpl.newInstance().createSession(parameters);
    }

    private static OperationContext fresh(Session session) {
        OperationContext context = session.createOperationContext();
        context.setCacheEnabled(false);
        return context;
    }

    private static ContentStream content(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new ContentStreamImpl("x.pdf", BigInteger.valueOf(bytes.length), "application/pdf",
                new ByteArrayInputStream(bytes));
    }

    private static String read(ContentStream stream) throws IOException {
        try (InputStream in = stream.getStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
