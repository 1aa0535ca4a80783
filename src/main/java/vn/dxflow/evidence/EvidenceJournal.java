package vn.dxflow.evidence;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dxflow.cluster.NodeIdentity;

/**
 * Evidence operations under way (table evidence_pending). An operation is written, and committed, before DXFlow
 * touches the repository, and removed together with the index change that records its outcome; so after a crash
 * exactly the operations whose outcome may differ between the index and the repository are listed here.
 */
@Repository
class EvidenceJournal {

    enum Operation { UPLOAD, DELETE }

    /** An operation under way on one document (its DXFlow id) of a dossier. */
    record Pending(String documentId, Operation operation, String unitCode, int year, String criterion,
                   String fileName, String cmisObjectId) {
    }

    private final JdbcClient jdbc;
    private final String nodeId;

    EvidenceJournal(JdbcClient jdbc, NodeIdentity node) {
        this.jdbc = jdbc;
        this.nodeId = node.id();
    }

    /** Records the operation; runs in a transaction of its own (the caller has none), so it is committed on return. */
    void begin(Pending pending) {
        jdbc.sql("INSERT INTO evidence_pending (document_id, operation, unit_code, assessment_year, criterion, file_name, "
                        + "cmis_object_id, node_id, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(pending.documentId(), pending.operation().name(), pending.unitCode(), pending.year(),
                        pending.criterion(), pending.fileName(), pending.cmisObjectId(), nodeId,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    void end(String documentId) {
        jdbc.sql("DELETE FROM evidence_pending WHERE document_id = ?").param(documentId).update();
    }

    /**
     * The operations a crash may have interrupted, seen from a node that is starting: those it had under way itself
     * (none of them runs any more), and those of any node started before {@code olderThan} (no operation lasts
     * that long).
     */
    List<Pending> interruptedAtStartUp(Duration olderThan) {
        return select("node_id = ? OR started_at < ?", nodeId, OffsetDateTime.now(ZoneOffset.UTC).minus(olderThan));
    }

    /** Operations of any node started before {@code olderThan}: what an administrator may settle while nodes run. */
    List<Pending> startedBefore(Duration olderThan) {
        return select("started_at < ?", OffsetDateTime.now(ZoneOffset.UTC).minus(olderThan));
    }

    private List<Pending> select(String condition, Object... parameters) {
        return jdbc.sql("SELECT document_id, operation, unit_code, assessment_year, criterion, file_name, cmis_object_id "
                        + "FROM evidence_pending WHERE " + condition + " ORDER BY started_at")
                .params(parameters)
                .query((rs, row) -> new Pending(rs.getString(1), Operation.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }
}
