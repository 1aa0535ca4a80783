package vn.dxflow.cycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dxflow.catalog.Catalog;

/**
 * The stored results of the steps of each assessment ({@link StepResult}), written when a step is completed
 * ({@link StepResultRecorder}) and read by the reports. A step done twice (a self-assessment completed again after
 * a supplement request) keeps both; the latest counts.
 */
@Component
public class StepResults {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // derived properties (a criterion's label) are written for readers of the table, not read back
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final JdbcTemplate jdbc;
    private final CatalogSnapshots snapshots;

    StepResults(JdbcTemplate jdbc, CatalogSnapshots snapshots) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
    }

    void save(String processInstanceId, StepResult result) {
        try {
            jdbc.update("insert into dxflow_step_result (process_instance_id, step, recorded_at, catalog_sha256, result_json) "
                    + "values (?, ?, ?, ?, ?)", processInstanceId, result.step().name(),
                    result.recordedAt().atOffset(ZoneOffset.UTC), result.catalogSha256(), JSON.writeValueAsString(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the result of " + result.step(), e);
        }
    }

    /** The step's latest result, or empty while the step has not been completed. */
    public Optional<StepResult> latest(String processInstanceId, StepResult.Step step) {
        List<String> rows = jdbc.queryForList("select result_json from dxflow_step_result where process_instance_id = ? "
                + "and step = ? order by recorded_at desc, id desc", String.class, processInstanceId, step.name());
        return rows.stream().findFirst().map(StepResults::read);
    }

    /** The latest result of every step of each of the given assessments (the province's report reads them all). */
    public Map<String, Map<StepResult.Step, StepResult>> latestOf(List<String> processInstanceIds) {
        Map<String, Map<StepResult.Step, StepResult>> latest = new HashMap<>();
        // In slices: a statement takes a bounded number of parameters (PostgreSQL: 32767).
        for (int from = 0; from < processInstanceIds.size(); from += 1000) {
            List<String> slice = processInstanceIds.subList(from, Math.min(from + 1000, processInstanceIds.size()));
            jdbc.query("select process_instance_id, result_json from dxflow_step_result where process_instance_id in ("
                    + String.join(",", Collections.nCopies(slice.size(), "?")) + ") order by recorded_at, id", rs -> {
                        StepResult result = read(rs.getString(2));
                        latest.computeIfAbsent(rs.getString(1), id -> new EnumMap<>(StepResult.Step.class))
                                .put(result.step(), result);
                    }, slice.toArray());
        }
        return latest;
    }

    /** The catalog the result was scored with, as it was then. */
    public Catalog catalog(StepResult result) {
        return snapshots.get(result.catalogSha256());
    }

    private static StepResult read(String json) {
        try {
            return JSON.readValue(json, StepResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored step result is not readable", e);
        }
    }
}
