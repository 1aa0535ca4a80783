package vn.dxflow.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives this node its own name in the engine ({@code dxflow.node-id}, by default host name and process id): in the
 * job log, where two nodes on one host would otherwise both appear as the same IP address, and as the owner of the
 * jobs it has locked, so an administrator sees which node holds what.
 */
@Component
class NodeIdentity extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(NodeIdentity.class);

    private final String nodeId;

    NodeIdentity(@Value("${dxflow.node-id:}") String configured) {
        this.nodeId = configured.isBlank() ? hostName() + "-" + ProcessHandle.current().pid() : configured;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHostname(nodeId);
        log.info("This node is {} in the engine's job log and job locks", nodeId);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(nodeId);
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
