-- A document submitted in a dossier stays immutable even when the dossier is reopened for a supplement
-- (only new documents may then be added): the seal time of each document.
ALTER TABLE evidence_document ADD COLUMN sealed_at TIMESTAMP WITH TIME ZONE;
