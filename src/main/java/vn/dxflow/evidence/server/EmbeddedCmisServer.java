package vn.dxflow.evidence.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.chemistry.opencmis.server.impl.CmisRepositoryContextListener;
import org.apache.chemistry.opencmis.server.impl.browser.CmisBrowserBindingServlet;
import org.apache.chemistry.opencmis.server.shared.BasicAuthCallContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.springframework.util.FileSystemUtils;

/**
 * A durable CMIS 1.1 server (browser binding), on loopback for the default run and the tests, or on its own for
 * the nodes of a cluster ({@code java -jar dxflow.jar cmis-server}). OpenCMIS 1.1.0's
 * server is javax-servlet based, so it runs in its own Jetty 9.4 next to Spring Boot's (jakarta) Tomcat. Data
 * lives in {@code <dir>/meta} and {@code <dir>/content} and survives restarts.
 */
public final class EmbeddedCmisServer {

    private static final String CONTEXT = "/cmis";

    private final Path dir;
    private final String bindAddress;
    private final String repositoryId;
    private final String user;
    private final String password;
    private int port;
    private Server jetty;

    /** {@code port} 0 picks a free port at the first start; later restarts reuse it, so clients keep their URL. */
    public EmbeddedCmisServer(Path dir, int port, String repositoryId, String user, String password) {
        this(dir, "127.0.0.1", port, repositoryId, user, password);
    }

    /** A server that other hosts reach, on the given interface ({@code 0.0.0.0}: all of them). */
    public EmbeddedCmisServer(Path dir, String bindAddress, int port, String repositoryId, String user,
                              String password) {
        this.dir = dir;
        this.bindAddress = bindAddress;
        this.port = port;
        this.repositoryId = repositoryId;
        this.user = user;
        this.password = password;
    }

    public synchronized void start() {
        if (jetty != null) {
            return;
        }
        try {
            // OpenCMIS spools large uploads here; what a crash left is garbage, since nothing refers to it.
            FileSystemUtils.deleteRecursively(dir.resolve("tmp"));
            Path temp = Files.createDirectories(dir.resolve("tmp"));
            FileRepositoryServiceFactory factory = new FileRepositoryServiceFactory(
                    repositoryId, new FileRepository(dir), user, password, temp);
            Server server = new Server(new InetSocketAddress(bindAddress, port));
            ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
            context.setContextPath(CONTEXT);
            // What CmisRepositoryContextListener would do with a repository.properties file.
            context.setAttribute(CmisRepositoryContextListener.SERVICES_FACTORY, factory);
            ServletHolder browser = new ServletHolder(new CmisBrowserBindingServlet());
            browser.setInitParameter("callContextHandler", BasicAuthCallContextHandler.class.getName());
            browser.setInitParameter("cmisVersion", "1.1");
            context.addServlet(browser, "/browser/*");
            server.setHandler(context);
            server.start();
            port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
            jetty = server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the embedded CMIS server in " + dir, e);
        }
    }

    public synchronized void stop() {
        if (jetty == null) {
            return;
        }
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the embedded CMIS server", e);
        } finally {
            jetty = null;
        }
    }

    /** The browser binding URL, e.g. {@code http://127.0.0.1:41234/cmis/browser}. */
    public String browserUrl() {
        return "http://127.0.0.1:" + port + CONTEXT + "/browser";
    }

    public String repositoryId() {
        return repositoryId;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }
}
