-- The verdict of the signature verification of a PDF evidence document (ETSI EN 319 102-1 indication and
-- sub-indication) and its short Vietnamese report, shown to the user with the document.
ALTER TABLE evidence_document ADD COLUMN signature_indication VARCHAR(32);
ALTER TABLE evidence_document ADD COLUMN signature_sub_indication VARCHAR(64);
ALTER TABLE evidence_document ADD COLUMN signature_report VARCHAR(4000);
