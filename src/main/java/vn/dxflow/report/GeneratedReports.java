package vn.dxflow.report;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reports DXFlow rendered for an assessment, remembered by SHA-256 and length (table
 * {@code dxflow_generated_report}), so that a signed upload can be recognised as one of them signed: PAdES signing
 * appends an incremental update, leaving the document that was signed byte for byte as the file's first revision.
 * The newest {@value #KEPT} renders of each report are kept (every download renders again, with its own time).
 */
@Component
class GeneratedReports {

    static final int KEPT = 20;

    private record Render(String sha256, long size) {
    }

    private final JdbcTemplate jdbc;
    private final ReportService reports;

    GeneratedReports(JdbcTemplate jdbc, ReportService reports) {
        this.jdbc = jdbc;
        this.reports = reports;
    }

    /** Renders the report into the stream and remembers what was sent. */
    void write(String processInstanceId, Report report, OutputStream out) {
        Hashing hashing = new Hashing(out);
        reports.write(report, hashing);
        record(processInstanceId, report.kind(), hashing.hex(), hashing.count);
    }

    byte[] render(String processInstanceId, Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(processInstanceId, report, out);
        return out.toByteArray();
    }

    /** Whether the file begins with one of the reports rendered for this assessment and kind, and goes on after it. */
    boolean isSignedCopyOfGenerated(String processInstanceId, ReportKind kind, byte[] file) {
        List<Render> renders = jdbc.query("select sha256, size_bytes from dxflow_generated_report where "
                + "process_instance_id = ? and report_kind = ?", (rs, row) -> new Render(rs.getString(1), rs.getLong(2)),
                processInstanceId, kind.name());
        return renders.stream().anyMatch(render -> render.size() < file.length
                && render.sha256().equals(sha256(file, (int) render.size())));
    }

    void record(String processInstanceId, ReportKind kind, String sha256, long size) {
        var now = ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
        if (jdbc.update("update dxflow_generated_report set generated_at = ? where process_instance_id = ? and "
                + "report_kind = ? and sha256 = ?", now, processInstanceId, kind.name(), sha256) == 0) {
            jdbc.update("insert into dxflow_generated_report (process_instance_id, report_kind, sha256, size_bytes, "
                    + "generated_at) values (?, ?, ?, ?, ?)", processInstanceId, kind.name(), sha256, size, now);
        }
        List<String> older = jdbc.queryForList("select sha256 from dxflow_generated_report where process_instance_id = ? "
                + "and report_kind = ? order by generated_at desc", String.class, processInstanceId, kind.name());
        older.stream().skip(KEPT).forEach(sha -> jdbc.update("delete from dxflow_generated_report where "
                + "process_instance_id = ? and report_kind = ? and sha256 = ?", processInstanceId, kind.name(), sha));
    }

    private static String sha256(byte[] content, int length) {
        MessageDigest digest = newDigest();
        digest.update(content, 0, length);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Passes the report on while hashing and counting it. */
    private static final class Hashing extends FilterOutputStream {

        private final MessageDigest digest = newDigest();
        private long count;

        Hashing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            digest.update(bytes, offset, length);
            count += length;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
