package vn.dxflow.evidence;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The evidence repository in {@code /actuator/health} and its readiness group: a node whose repository does not
 * answer (within the configured timeouts) cannot take uploads or show documents, so it is not ready.
 */
@Component("evidenceRepositoryHealthIndicator")
class RepositoryHealth implements HealthIndicator {

    private final EvidenceRepository repository;

    RepositoryHealth(EvidenceRepository repository) {
        this.repository = repository;
    }

    @Override
    public Health health() {
        try {
            return Health.up().withDetail("product", repository.ping()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getMessage()).build();
        }
    }
}
