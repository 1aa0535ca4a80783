-- DXFlow's index of evidence documents (the documents themselves live in the CMIS repository).
-- Plain SQL that H2 and PostgreSQL both accept.

-- One row per document (CMIS version series); re-uploads update it to the newest version.
CREATE TABLE IF NOT EXISTS evidence_document (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    unit_code       VARCHAR(20)  NOT NULL,
    assessment_year INTEGER      NOT NULL,
    criterion       VARCHAR(40)  NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    media_type      VARCHAR(150) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    uploader        VARCHAR(64)  NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    cmis_series_id  VARCHAR(255) NOT NULL UNIQUE,
    cmis_object_id  VARCHAR(255) NOT NULL,
    version_label   VARCHAR(32)  NOT NULL
);
CREATE INDEX IF NOT EXISTS evidence_document_dossier ON evidence_document (unit_code, assessment_year, criterion);

-- A dossier (unit and year) frozen at submission: its documents can no longer change or disappear.
CREATE TABLE IF NOT EXISTS evidence_dossier_seal (
    unit_code       VARCHAR(20) NOT NULL,
    assessment_year INTEGER     NOT NULL,
    frozen_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    frozen_by       VARCHAR(64) NOT NULL,
    PRIMARY KEY (unit_code, assessment_year)
);
