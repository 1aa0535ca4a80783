package vn.dxflow.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** DXFlow's own record of evidence documents and frozen dossiers (tables of db/migration/V3__evidence.sql). */
@Repository
class EvidenceIndex {

    /** What an upload writes; the seal's time is written by the freeze only. */
    private static final String STORED_COLUMNS = "id, unit_code, assessment_year, criterion, file_name, media_type, "
            + "size_bytes, sha256, uploader, uploaded_at, cmis_object_id, version_label, signature_indication, "
            + "signature_sub_indication, signature_report";
    private static final String COLUMNS = STORED_COLUMNS + ", sealed_at";

    private final JdbcClient jdbc;

    EvidenceIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EvidenceDocument> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence_document WHERE id = ?").param(id)
                .query(EvidenceIndex::map).optional();
    }

    Optional<String> findBySeries(String seriesId) {
        return jdbc.sql("SELECT id FROM evidence_document WHERE cmis_series_id = ?").param(seriesId)
                .query(String.class).optional();
    }

    /** Documents of a unit and year, optionally of one criterion, by criterion and file name. */
    List<EvidenceDocument> list(String unitCode, int year, String criterion) {
        // Two statements rather than ":criterion IS NULL": PostgreSQL cannot type an untyped null parameter.
        String sql = "SELECT " + COLUMNS + " FROM evidence_document WHERE unit_code = :unit AND assessment_year = :year"
                + (criterion == null ? "" : " AND criterion = :criterion") + " ORDER BY criterion, file_name";
        var statement = jdbc.sql(sql).param("unit", unitCode).param("year", year);
        return (criterion == null ? statement : statement.param("criterion", criterion))
                .query(EvidenceIndex::map).list();
    }

    /** Inserts the document, or updates it to its newest version when the series is already indexed. */
    void save(EvidenceDocument d, String seriesId) {
        int updated = jdbc.sql("UPDATE evidence_document SET file_name = ?, media_type = ?, size_bytes = ?, "
                        + "sha256 = ?, uploader = ?, uploaded_at = ?, cmis_object_id = ?, version_label = ?, "
                        + "signature_indication = ?, signature_sub_indication = ?, signature_report = ? WHERE id = ?")
                .params(d.fileName(), d.mediaType(), d.size(), d.sha256(), d.uploader(), d.uploadedAt(),
                        d.cmisObjectId(), d.versionLabel(), d.signatureIndication(), d.signatureSubIndication(),
                        d.signatureReport(), d.id())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO evidence_document (" + STORED_COLUMNS + ", cmis_series_id) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(d.id(), d.unitCode(), d.year(), d.criterion(), d.fileName(), d.mediaType(), d.size(),
                            d.sha256(), d.uploader(), d.uploadedAt(), d.cmisObjectId(), d.versionLabel(),
                            d.signatureIndication(), d.signatureSubIndication(), d.signatureReport(), seriesId)
                    .update();
        }
    }

    void delete(String id) {
        jdbc.sql("DELETE FROM evidence_document WHERE id = ?").param(id).update();
    }

    Optional<OffsetDateTime> frozenAt(String unitCode, int year) {
        return jdbc.sql("SELECT frozen_at FROM evidence_dossier_seal WHERE unit_code = ? AND assessment_year = ?")
                .params(unitCode, year).query((rs, row) -> rs.getObject(1, OffsetDateTime.class)).optional();
    }

    /** Marks every document of the dossier not yet sealed as sealed now. */
    void sealDocuments(String unitCode, int year, OffsetDateTime at) {
        jdbc.sql("UPDATE evidence_document SET sealed_at = ? WHERE unit_code = ? AND assessment_year = ? "
                + "AND sealed_at IS NULL AND criterion <> ?").params(at, unitCode, year, EvidenceStore.REPORTS).update();
    }

    boolean isSealed(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM evidence_document WHERE id = ? AND sealed_at IS NOT NULL").param(id)
                .query(Long.class).single() > 0;
    }

    /** The document of that name in the dossier's criterion, if any: a re-upload becomes its next version. */
    Optional<EvidenceDocument> findByName(String unitCode, int year, String criterion, String fileName) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence_document WHERE unit_code = ? AND assessment_year = ? "
                        + "AND criterion = ? AND file_name = ?")
                .params(unitCode, year, criterion, fileName).query(EvidenceIndex::map).optional();
    }

    /** Lifts the dossier's freeze (documents already sealed stay so). */
    void unseal(String unitCode, int year) {
        jdbc.sql("DELETE FROM evidence_dossier_seal WHERE unit_code = ? AND assessment_year = ?")
                .params(unitCode, year).update();
    }

    /** Records the freeze; false when the dossier was already frozen (the first freeze stands). */
    boolean seal(String unitCode, int year, OffsetDateTime at, String by) {
        if (frozenAt(unitCode, year).isPresent()) {
            return false;
        }
        jdbc.sql("INSERT INTO evidence_dossier_seal (unit_code, assessment_year, frozen_at, frozen_by) "
                + "VALUES (?, ?, ?, ?)").params(unitCode, year, at, by).update();
        return true;
    }

    private static EvidenceDocument map(ResultSet rs, int row) throws SQLException {
        return new EvidenceDocument(rs.getString("id"), rs.getString("unit_code"), rs.getInt("assessment_year"),
                rs.getString("criterion"), rs.getString("file_name"), rs.getString("media_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploader"),
                rs.getObject("uploaded_at", OffsetDateTime.class), rs.getString("cmis_object_id"),
                rs.getString("version_label"), rs.getString("signature_indication"),
                rs.getString("signature_sub_indication"), rs.getString("signature_report"),
                rs.getObject("sealed_at", OffsetDateTime.class));
    }
}
