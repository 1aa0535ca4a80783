package vn.dxflow.evidence;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import vn.dxflow.evidence.server.EmbeddedCmisServer;

/**
 * {@code java -jar dxflow.jar cmis-server}: DXFlow's embedded CMIS server on its own, for the nodes of a cluster to
 * share (they set {@code DXFLOW_CMIS_URL} to its browser binding URL). Configured like the application
 * ({@code dxflow.cmis.*}, profile {@code cmis-server}): it needs a password, since other hosts reach it.
 */
public final class CmisServerCommand {

    public static final String NAME = "cmis-server";

    private CmisServerCommand() {
    }

    public static void run(String[] args) {
        new SpringApplicationBuilder(StandaloneServer.class)
                .web(WebApplicationType.NONE)
                .profiles(NAME)
                .run(args);
    }

    /** Not a {@code @Configuration}: the application's component scan must not find it. */
    @EnableConfigurationProperties(CmisProperties.class)
    static class StandaloneServer {

        @Bean(initMethod = "start", destroyMethod = "stop")
        EmbeddedCmisServer cmisServer(CmisProperties cmis) {
            if (cmis.password() == null || cmis.password().isBlank()) {
                throw new IllegalStateException("The shared CMIS server needs a password that the DXFlow nodes know: "
                        + "set DXFLOW_CMIS_PASSWORD (dxflow.cmis.password)");
            }
            return new EmbeddedCmisServer(cmis.embedded().dataDir(), cmis.embedded().bindAddress(),
                    cmis.embedded().port(), cmis.repositoryId(), cmis.user(), cmis.password());
        }
    }
}
