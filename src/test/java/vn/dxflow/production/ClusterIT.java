package vn.dxflow.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.dxflow.PostgresConfigured;

/**
 * Two DXFlow nodes (the packaged jar) on one PostgreSQL database, sharing one CMIS server, run a campaign whose
 * deadlines have all passed, so that every unit's timers fall due at once and every unit ends as not submitted.
 * The node that opened the campaign is killed with {@code kill -9} while it holds jobs: the other node must take
 * its work over within 90 s, every unit must end, every timer must fire exactly once, and no incident may remain.
 */
@ExtendWith(PostgresConfigured.class)
class ClusterIT {

    private static final String PROVINCE = "99";
    private static final int COMMUNES = 150;
    private static final String CAMPAIGN = "99-cluster";
    private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(90);

    @TempDir
    Path folder;
    private FreshDatabase database;
    private final List<DxflowJar> processes = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        processes.forEach(DxflowJar::close);
        if (database != null) {
            database.close();
        }
    }

    @Test
    void survivingNodeFinishesTheCampaignOfAKilledNode() throws Exception {
        database = new FreshDatabase("cluster");
        DxflowJar cmis = started(DxflowJar.cmisServer(folder.resolve("cmis"), "cmis-secret"));
        Path units = writeUnits();
        // The first node creates the schema alone; the second joins a ready database, as README says.
        DxflowJar first = started(node("node-a", units, cmis));
        DxflowJar second = started(node("node-b", units, cmis));

        HttpResponse<String> opened = post(first, "/api/campaigns/" + CAMPAIGN + "/open");
        assertThat(opened.statusCode()).as(opened.body()).isBetween(200, 299);

        try (Connection db = database.connect()) {
            awaitMidCampaignWithJobsLockedBy(db, "node-a");
            first.kill();
            Instant killed = Instant.now();
            Set<String> stranded = jobIds(db, "select ID_ from ACT_RU_JOB where LOCK_OWNER_ = 'node-a'");
            assertThat(stranded).as("jobs node-a held when it died").isNotEmpty();

            awaitAllUnitsEnded(db, Duration.ofMinutes(6));

            Map<String, Instant> finished = new HashMap<>();
            query(db, "select JOB_ID_, max(TIMESTAMP_) from ACT_HI_JOB_LOG where JOB_STATE_ in (2, 3) group by JOB_ID_",
                    rs -> finished.put(rs.getString(1), rs.getObject(2, LocalDateTime.class).atZone(DxflowJar.ZONE).toInstant()));
            Duration takeover = stranded.stream().map(finished::get).filter(java.util.Objects::nonNull)
                    .map(at -> Duration.between(killed, at)).max(Duration::compareTo).orElse(Duration.ZERO);
            System.out.printf("ClusterIT: node-a killed holding %d jobs; the last of them finished %d s later%n",
                    stranded.size(), takeover.toSeconds());
            for (String job : stranded) {
                assertThat(finished).as("job %s left locked by the killed node", job).containsKey(job);
                assertThat(Duration.between(killed, finished.get(job))).as("takeover of job " + job)
                        .isLessThanOrEqualTo(TAKEOVER_LIMIT);
            }
            assertThat(count(db, "select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2 and HOSTNAME_ = 'node-b'"))
                    .as("jobs the surviving node ran").isPositive();
            assertTimersFiredExactlyOnce(db);
            assertThat(count(db, "select count(*) from ACT_HI_INCIDENT")).as("incidents").isZero();
            assertThat(count(db, "select count(*) from ACT_HI_VARINST where NAME_ = 'outcome' and TEXT_ = 'NOT_SUBMITTED'"))
                    .as("units ended as not submitted").isEqualTo(COMMUNES);
        }
        assertThat(second.isAlive()).isTrue();
    }

    /** Every timer that fired did so once: two nodes never both ran one, and a killed run was not counted twice. */
    private void assertTimersFiredExactlyOnce(Connection db) throws SQLException {
        Map<String, Integer> successes = new HashMap<>();
        query(db, "select JOB_ID_, count(*) from ACT_HI_JOB_LOG where JOB_DEF_TYPE_ like 'timer%' and JOB_STATE_ = 2 "
                + "group by JOB_ID_", rs -> successes.put(rs.getString(1), rs.getInt(2)));
        assertThat(successes).as("timer jobs that fired").hasSizeGreaterThanOrEqualTo(COMMUNES);
        assertThat(successes.values()).as("successful runs per timer job").containsOnly(1);
        assertThat(count(db, "select count(*) from ACT_RU_JOB j join ACT_HI_PROCINST p on j.PROCESS_INSTANCE_ID_ = "
                + "p.PROC_INST_ID_ where p.END_TIME_ is not null")).as("jobs of ended instances").isZero();
    }

    private void awaitMidCampaignWithJobsLockedBy(Connection db, String node) throws SQLException {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            long ended = endedUnits(db);
            long locked = count(db, "select count(*) from ACT_RU_JOB where LOCK_OWNER_ = '" + node
                    + "' and LOCK_EXP_TIME_ > current_timestamp");
            if (ended > 0 && ended < COMMUNES && locked > 0) {
                return;
            }
            assertThat(ended).as("the campaign ended before %s could be killed mid-way", node).isLessThan(COMMUNES);
            DxflowJar.sleepQuietly(Duration.ofMillis(50));
        }
        throw new AssertionError("the campaign never reached the middle with jobs locked by " + node);
    }

    private void awaitAllUnitsEnded(Connection db, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (endedUnits(db) < COMMUNES && System.nanoTime() < deadline) {
            DxflowJar.sleepQuietly(Duration.ofMillis(500));
        }
        assertThat(endedUnits(db)).as("unit instances ended").isEqualTo(COMMUNES);
    }

    private static long endedUnits(Connection db) throws SQLException {
        return count(db, "select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'UnitAssessment' "
                + "and END_TIME_ is not null");
    }

    private DxflowJar node(String id, Path units, DxflowJar cmis) throws Exception {
        DxflowJar node = DxflowJar.node(id, folder.resolve(id), "--spring.profiles.active=postgres")
                .env("DXFLOW_NODE_ID", id)
                .env("DXFLOW_DB_URL", database.url())
                .env("DXFLOW_DB_USER", FreshDatabase.user())
                .env("DXFLOW_DB_PASSWORD", FreshDatabase.password())
                .env("DXFLOW_ADMIN_PASSWORD", "admin-secret")
                .env("DXFLOW_UNITS_FILE", "file:" + units)
                .env("DXFLOW_PROVINCES", "")
                .env("DXFLOW_CMIS_URL", cmis.url("/cmis/browser"))
                .env("DXFLOW_CMIS_PASSWORD", "cmis-secret");
        Path campaigns = Files.createDirectories(node.folder().resolve("data/campaigns"));
        Files.writeString(campaigns.resolve(CAMPAIGN + ".yaml"), campaignFile());
        return node;
    }

    private DxflowJar started(DxflowJar process) {
        processes.add(process);
        return process.start().awaitReady(Duration.ofMinutes(5));
    }

    private Path writeUnits() throws Exception {
        StringBuilder csv = new StringBuilder("code,name,kind,parent\n" + PROVINCE + ",Tỉnh Cụm Thử,tỉnh,\n");
        IntStream.rangeClosed(1, COMMUNES).forEach(i ->
                csv.append(String.format("99%03d,Xã Thử %d,xã,%s%n", i, i, PROVINCE)));
        return Files.writeString(folder.resolve("units.csv"), csv.toString(), StandardCharsets.UTF_8);
    }

    /** Two tiers, every deadline a day that has passed in Vietnam: all timers are due as soon as a unit starts. */
    private static String campaignFile() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate first = today.minusDays(10);
        if (first.getYear() != today.minusDays(2).getYear()) {
            first = today.minusDays(2).withDayOfYear(1);
        }
        return String.join("\n",
                "id: \"" + CAMPAIGN + "\"",
                "name: \"Đợt thử cụm hai nút\"",
                "province: \"" + PROVINCE + "\"",
                "year: " + first.getYear(),
                "tracks:",
                "  commune: {catalog: kontum-2025-commune, receiving: province, appraisal: province, recognition: province}",
                "stages: {registration: false, opinions: false, verification: false}",
                "calendar:",
                "  selfAssessment: " + first,
                "  appraisal: " + first.plusDays(1),
                "  recognition: " + first.plusDays(2),
                "  report: " + first.plusDays(3),
                "reminderDays: [14, 3, 1]", "");
    }

    private static HttpResponse<String> post(DxflowJar node, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.url(path)))
                .header("Authorization", DxflowJar.basic("admin", "admin-secret"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection db, String sql, Row row) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        long[] count = {0};
        query(db, sql, rs -> count[0] = rs.getLong(1));
        return count[0];
    }

    private static Set<String> jobIds(Connection db, String sql) throws SQLException {
        Set<String> ids = new TreeSet<>();
        query(db, sql, rs -> ids.add(rs.getString(1)));
        return ids;
    }
}
