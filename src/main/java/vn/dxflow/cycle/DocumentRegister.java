package vn.dxflow.cycle;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The register (sổ đăng ký văn bản) of the decisions DXFlow issues: each issuing body numbers its documents from 01
 * every calendar year (Nghị định 30/2020/NĐ-CP, Điều 15). The row of the body and year is updated in the issuing
 * transaction, so concurrent issues on several nodes wait for each other in the database.
 */
@Component
class DocumentRegister {

    private final JdbcTemplate jdbc;

    DocumentRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int next(String issuerCode, int year) {
        int updated = jdbc.update("update dxflow_document_number set last_number = last_number + 1 "
                + "where issuer_code = ? and issue_year = ?", issuerCode, year);
        if (updated == 0) {
            try {
                jdbc.update("insert into dxflow_document_number (issuer_code, issue_year, last_number) values (?, ?, 1)",
                        issuerCode, year);
                return 1;
            } catch (DuplicateKeyException e) {
                // The body's first document of the year was issued at the same moment by another transaction: the
                // completion fails and is tried again by the user, then finds the row.
                throw new IllegalStateException("Document register of " + issuerCode + " " + year + " busy, try again", e);
            }
        }
        return jdbc.queryForObject("select last_number from dxflow_document_number where issuer_code = ? and issue_year = ?",
                Integer.class, issuerCode, year);
    }
}
