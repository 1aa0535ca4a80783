package vn.dxflow.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives this node its own, stable name in the engine ({@code dxflow.node-id}, by default host name and HTTP port):
 * in the job log, where two nodes on one host would otherwise both appear as the same IP address, and as the owner
 * of the jobs it has locked. Because the name survives a restart, a node that starts again releases the job locks
 * its previous run held when it died: those jobs cannot be running any more, and need not wait for their locks to
 * expire.
 */
@Component
public class NodeIdentity extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(NodeIdentity.class);

    private final String nodeId;
    private final JdbcTemplate jdbc;
    private String tablePrefix = "";

    NodeIdentity(@Value("${dxflow.node-id:}") String configured, @Value("${server.port:8080}") int port,
                 DataSource dataSource) {
        this.nodeId = !configured.isBlank() ? configured
                : hostName() + ":" + (port > 0 ? String.valueOf(port) : "pid" + ProcessHandle.current().pid());
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** This node's name. */
    public String id() {
        return nodeId;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHostname(nodeId);
        log.info("This node is {} in the engine's job log and job locks", nodeId);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        tablePrefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
        if (configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(nodeId);
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        int released = jdbc.update("UPDATE " + tablePrefix + "ACT_RU_JOB SET LOCK_OWNER_ = NULL, LOCK_EXP_TIME_ = NULL "
                + "WHERE LOCK_OWNER_ = ?", nodeId);
        if (released > 0) {
            log.warn("Released {} job locks that this node held when its previous run ended", released);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
