package vn.dxflow.cycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dxflow.cluster.ClusterLocks;
import vn.dxflow.catalog.CriterionValue;

/**
 * The criterion values of one assessment (keyed by its process instance), kept in DXFlow's table rather than
 * in process variables: self-assessed by the unit, appraised by the council, verified by the department, side by side.
 */
@Component
public class AssessmentValues {

    /** Who entered a set of values: the unit, the appraisal council, the verifying department. */
    public enum Source { SELF_ASSESSED, APPRAISED, VERIFIED }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    /**
     * Saves of the same set take turns until committed, on every node: the form saves on its own after typing and
     * on "Lưu", and two replacements interleaving would collide on the rows they both delete and insert.
     */
    private final ClusterLocks locks;

    AssessmentValues(JdbcTemplate jdbc, PlatformTransactionManager transactions, ClusterLocks locks) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.locks = locks;
    }

    /** Replaces the whole set of values of one source. */
    public void save(String processInstanceId, Source source, Map<String, CriterionValue> values, String userId) {
        locks.exclusive("criterion-values/" + processInstanceId + "/" + source, () ->
                transaction.execute(status -> {
                    replace(processInstanceId, source, values, userId);
                    return null;
                }));
    }

    private void replace(String processInstanceId, Source source, Map<String, CriterionValue> values, String userId) {
        jdbc.update("delete from dxflow_criterion_value where process_instance_id = ? and source = ?",
                processInstanceId, source.name());
        OffsetDateTime now = ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
        values.forEach((code, value) -> jdbc.update("insert into dxflow_criterion_value (process_instance_id, source, "
                + "criterion_code, value_json, updated_by, updated_at) values (?, ?, ?, ?, ?, ?)",
                processInstanceId, source.name(), code, write(value), userId, now));
    }

    public Map<String, CriterionValue> load(String processInstanceId, Source source) {
        Map<String, CriterionValue> values = new LinkedHashMap<>();
        jdbc.query("select criterion_code, value_json from dxflow_criterion_value where process_instance_id = ? "
                + "and source = ? order by criterion_code", rs -> {
                    values.put(rs.getString(1), read(rs.getString(2)));
                }, processInstanceId, source.name());
        return values;
    }

    private static String write(CriterionValue value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store criterion value " + value, e);
        }
    }

    private static CriterionValue read(String json) {
        try {
            return JSON.readValue(json, CriterionValue.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored criterion value is not readable: " + json, e);
        }
    }
}
