-- Every report DXFlow renders for a step (downloaded, demo-signed or archived), by its SHA-256 and length: a signed
-- report uploaded later must begin with exactly one of these documents (its first revision), so only a report DXFlow
-- generated can be filed as signed. Plain SQL that H2 and PostgreSQL both accept.
CREATE TABLE IF NOT EXISTS dxflow_generated_report (
    process_instance_id VARCHAR(64) NOT NULL,
    report_kind         VARCHAR(32) NOT NULL,
    sha256              CHAR(64)    NOT NULL,
    size_bytes          BIGINT      NOT NULL,
    generated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (process_instance_id, report_kind, sha256)
);
