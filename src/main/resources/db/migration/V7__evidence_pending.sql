-- Evidence operations under way (vn.dxflow.evidence.EvidenceJournal): written and committed before DXFlow touches
-- the repository, removed in the same transaction that records the outcome in the index. What a crash leaves here
-- is repaired when the node that ran it starts again (EvidenceReconciliation), or by an administrator.
CREATE TABLE IF NOT EXISTS evidence_pending (
    document_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    operation       VARCHAR(10)  NOT NULL,
    unit_code       VARCHAR(20)  NOT NULL,
    assessment_year INTEGER      NOT NULL,
    criterion       VARCHAR(40)  NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    cmis_object_id  VARCHAR(255),
    node_id         VARCHAR(255) NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
