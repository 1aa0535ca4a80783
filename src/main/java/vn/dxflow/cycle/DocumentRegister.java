package vn.dxflow.cycle;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The register (sổ đăng ký văn bản) of the decisions DXFlow issues: each issuing body numbers its documents from 01
 * every calendar year (Nghị định 30/2020/NĐ-CP, Điều 15). The row of the body and year is updated in the issuing
 * transaction, so concurrent issues on several nodes wait for each other in the database; the year's row is created
 * beforehand in a transaction of its own, so that two first decisions of the year issued at once both go through.
 */
@Component
class DocumentRegister {

    private final JdbcTemplate jdbc;
    private final IdempotentInsert inserts;

    DocumentRegister(JdbcTemplate jdbc, IdempotentInsert inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    int next(String issuerCode, int year) {
        if (increment(issuerCode, year) == 0) {
            inserts.insert("insert into dxflow_document_number (issuer_code, issue_year, last_number) values (?, ?, 0)",
                    issuerCode, year);
            increment(issuerCode, year);
        }
        return jdbc.queryForObject("select last_number from dxflow_document_number where issuer_code = ? and issue_year = ?",
                Integer.class, issuerCode, year);
    }

    private int increment(String issuerCode, int year) {
        return jdbc.update("update dxflow_document_number set last_number = last_number + 1 "
                + "where issuer_code = ? and issue_year = ?", issuerCode, year);
    }
}
