-- What vn.dxflow.org.IdentitySync last set up per unit (groups, their grants, demo users), as a fingerprint of
-- the unit's line in the units file: a start only touches units whose fingerprint changed.
CREATE TABLE IF NOT EXISTS dxflow_identity_sync (
    unit_code   VARCHAR(20) NOT NULL PRIMARY KEY,
    fingerprint CHAR(64)    NOT NULL,
    synced_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
