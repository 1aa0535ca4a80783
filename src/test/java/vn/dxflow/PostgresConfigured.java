package vn.dxflow;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test only when a PostgreSQL server is configured through {@code DXFLOW_TEST_PG_URL},
 * {@code DXFLOW_TEST_PG_USER} and {@code DXFLOW_TEST_PG_PASSWORD}. Outside CI a missing server skips the test
 * with this explanation; in CI ({@code CI=true}) it fails, so the PostgreSQL path can never go untested there.
 */
public class PostgresConfigured implements ExecutionCondition {

    public static final String URL = "DXFLOW_TEST_PG_URL";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (System.getenv(URL) != null) {
            return ConditionEvaluationResult.enabled("PostgreSQL configured at " + System.getenv(URL));
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI must provide a PostgreSQL server: " + URL + " is not set (see .ci/run)");
        }
        return ConditionEvaluationResult.disabled("Skipped: no PostgreSQL server configured. Set " + URL
                + ", DXFLOW_TEST_PG_USER and DXFLOW_TEST_PG_PASSWORD to run this test (.ci/run does).");
    }
}
