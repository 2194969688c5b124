-- Tumbuh schema, version 3: who may work with the data (UU 27/2022).
--
--   * users get a PIN (or password) hash, an active flag, an optional home
--     posyandu (a kader's) and the bookkeeping of wrong PINs. The hash is
--     libsodium's crypto_pwhash_str (Argon2id, its own random salt and
--     cost parameters inside the text); the PIN itself is never stored.
--     pin_hash NULL = a PIN still to be set (users of a file made before
--     this version: the program asks for one at the first start).
--     failed_pins/locked_until are bookkeeping, not data: changing them does
--     not touch updated_at and is not audited.
--   * users made before this version become admins: until now anyone at the
--     laptop could do everything, and someone must be able to add the others.
--   * consents: what a parent or guardian agreed to, per child, as a history:
--     each row is one statement (given, changed or withdrawn) with the
--     purposes that hold from `given_on`; a child's consent is its newest
--     live row. Withdrawing is a new row, never a delete.
--   * audit_log: `redacted` marks a row whose before/after were emptied when
--     its child was anonymised (the subject's right to erasure). That is the
--     only change the log accepts: who, when, which table and row, and the
--     action stay as they were; everything else stays append-only.

ALTER TABLE users ADD COLUMN pin_hash TEXT;
ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
ALTER TABLE users ADD COLUMN posyandu_id INTEGER REFERENCES posyandu(id); -- a kader's posyandu; NULL = all
ALTER TABLE users ADD COLUMN failed_pins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until TEXT;                           -- UTC timestamp, as created_at
UPDATE users SET role = 'admin';

CREATE TABLE consents (
    id                  INTEGER PRIMARY KEY,
    uid                 TEXT NOT NULL UNIQUE,
    child_id            INTEGER NOT NULL REFERENCES children(id),
    given_on            TEXT NOT NULL,  -- the date of the statement 'YYYY-MM-DD'
    guardian_name       TEXT NOT NULL CHECK (length(trim(guardian_name)) > 0),
    guardian_relation   TEXT NOT NULL CHECK (guardian_relation IN ('ibu', 'ayah', 'wali', 'lainnya')),
    for_monitoring      INTEGER NOT NULL CHECK (for_monitoring IN (0, 1)),  -- pemantauan pertumbuhan
    for_reporting       INTEGER NOT NULL CHECK (for_reporting IN (0, 1)),   -- pelaporan ke Dinkes / e-PPGBM
    for_referral        INTEGER NOT NULL CHECK (for_referral IN (0, 1)),    -- rujukan lintas sektor
    withdrawal          INTEGER NOT NULL DEFAULT 0 CHECK (withdrawal IN (0, 1)), -- this statement withdraws consent
    recorded_by         TEXT,
    notes               TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    deleted_at          TEXT
);
CREATE INDEX consents_child ON consents(child_id, given_on);

ALTER TABLE audit_log ADD COLUMN redacted INTEGER NOT NULL DEFAULT 0 CHECK (redacted IN (0, 1));
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (OLD.redacted = 0 AND NEW.redacted = 1
          AND NEW.id = OLD.id AND NEW.uid = OLD.uid AND NEW.created_at = OLD.created_at
          AND NEW.user_id IS OLD.user_id AND NEW.table_name = OLD.table_name
          AND NEW.row_uid IS OLD.row_uid AND NEW.action = OLD.action
          AND NEW.before_json IS NULL AND NEW.after_json IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
-- The audit view filters by user and by time over a city's million rows.
CREATE INDEX audit_log_user_time ON audit_log(user_id, created_at);
