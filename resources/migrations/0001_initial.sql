-- Tumbuh schema, version 1.
--
-- Conventions (docs in src/store/README.md):
--   * every row: INTEGER PRIMARY KEY `id` (local only) and `uid` (UUID text,
--     lower case, no braces) that identifies the row across laptops, so that
--     posyandu packages merge without collisions;
--   * `created_at`, `updated_at`, `deleted_at`: UTC timestamps as ISO-8601 text
--     with milliseconds ('2024-05-01T08:30:00.000Z'); they sort as text and the
--     newer `updated_at` wins a merge; `deleted_at` set = soft-deleted;
--   * calendar dates (birth, measurement, referral): ISO text 'YYYY-MM-DD',
--     readable in any SQLite tool, ordered as text, usable with date();
--   * integer units: grams, millimetres; nothing derived (z-scores, statuses)
--     is stored, the growth engine computes them when read.
-- Enumerations are stored as short text (or WHO's integer coding for sex) so
-- that a row can be read without the program.

PRAGMA application_id = 1414876482; -- 'TUMB': marks the file as a Tumbuh database

CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role        TEXT NOT NULL CHECK (role IN ('kader', 'nutritionist', 'admin')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);

CREATE TABLE posyandu (
    id                  INTEGER PRIMARY KEY,
    uid                 TEXT NOT NULL UNIQUE,
    name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
    rw                  TEXT,           -- RW as written locally, e.g. '018'
    kelurahan           TEXT,           -- kelurahan or desa
    kecamatan           TEXT,
    kabupaten           TEXT,           -- kabupaten or kota
    province            TEXT,
    region_code         TEXT,           -- Kemendagri code 'PP.KK.CC.DDDD' (or a prefix of it)
    region_code_version TEXT,           -- which Kepmendagri list the code comes from (codes change)
    notes               TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    deleted_at          TEXT
);

CREATE TABLE households (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    posyandu_id  INTEGER REFERENCES posyandu(id),
    address      TEXT,
    rt           TEXT,
    rw           TEXT,
    kelurahan    TEXT,
    kk_number    TEXT,                  -- No. Kartu Keluarga, 16 digits, a fallback identity for newborns
    father_name  TEXT,
    father_nik   TEXT,
    mother_name  TEXT,
    mother_nik   TEXT,
    phone        TEXT,
    notes        TEXT,                  -- family situation, e.g. receives PKH/BPNT
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
);
CREATE INDEX households_posyandu ON households(posyandu_id);

CREATE TABLE children (
    id                     INTEGER PRIMARY KEY,
    uid                    TEXT NOT NULL UNIQUE,
    nik                    TEXT CHECK (nik IS NULL OR (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*')),
    name                   TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sex                    INTEGER NOT NULL CHECK (sex IN (1, 2)),   -- WHO coding: 1 male, 2 female
    birth_date             TEXT NOT NULL,
    birth_date_approximate INTEGER NOT NULL DEFAULT 0 CHECK (birth_date_approximate IN (0, 1)),
    birth_weight_g         INTEGER,
    birth_length_mm        INTEGER,
    mother_name            TEXT,
    household_id           INTEGER REFERENCES households(id),
    posyandu_id            INTEGER NOT NULL REFERENCES posyandu(id),
    status                 TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'moved', 'deceased')),
    status_date            TEXT,        -- when the child moved away or died
    notes                  TEXT,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    deleted_at             TEXT,
    CHECK ((status = 'active') = (status_date IS NULL))
);
-- Two live children may not share a NIK; deleted rows keep theirs for the record.
CREATE UNIQUE INDEX children_nik_live ON children(nik) WHERE nik IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX children_posyandu_name ON children(posyandu_id, name);
CREATE INDEX children_household ON children(household_id);
-- The duplicate check (same name, birth date and mother) starts from the birth date.
CREATE INDEX children_birth_date ON children(birth_date);

CREATE TABLE measurements (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    child_id        INTEGER NOT NULL REFERENCES children(id),
    posyandu_id     INTEGER NOT NULL REFERENCES posyandu(id),  -- where it was taken (a child may move later)
    measured_on     TEXT NOT NULL,
    weight_g        INTEGER,
    length_mm       INTEGER,
    length_position INTEGER CHECK (length_position IN (1, 2)),   -- 1 lying (length), 2 standing (height)
    head_mm         INTEGER,
    muac_mm         INTEGER,
    oedema          INTEGER NOT NULL DEFAULT 0 CHECK (oedema IN (0, 1)),
    measured_by     TEXT,
    notes           TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT,
    CHECK ((length_mm IS NULL) = (length_position IS NULL))
);
-- The roster's "last measurement" and a child's history walk this index
-- backwards per child. Partial: every list reads live rows only, and the
-- roster's subquery then never touches the table. (Children are never
-- deleted for real, so the foreign key needs no index of its own.)
CREATE INDEX measurements_child_date ON measurements(child_id, measured_on) WHERE deleted_at IS NULL;
-- Monthly lists, for one posyandu or for all.
CREATE INDEX measurements_posyandu_date ON measurements(posyandu_id, measured_on) WHERE deleted_at IS NULL;
CREATE INDEX measurements_date ON measurements(measured_on) WHERE deleted_at IS NULL;

CREATE TABLE referrals (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    child_id     INTEGER NOT NULL REFERENCES children(id),
    referred_on  TEXT NOT NULL,
    reasons      TEXT NOT NULL DEFAULT '[]',   -- JSON array of reason codes
    destination  TEXT NOT NULL,
    referred_by  TEXT,
    status       TEXT NOT NULL DEFAULT 'referred'
                 CHECK (status IN ('referred', 'arrived', 'completed', 'cancelled')),
    arrived_on   TEXT,                  -- the destination confirmed the visit
    closed_on    TEXT,                  -- completed or cancelled
    notes        TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
);
CREATE INDEX referrals_child ON referrals(child_id, referred_on);

-- Append-only record of every change (UU 27/2022 Pasal 31: record processing).
-- Rows are never edited nor deleted, hence no updated_at/deleted_at.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,          -- when
    user_id     INTEGER REFERENCES users(id),  -- who; NULL = the program itself
    table_name  TEXT NOT NULL,
    row_uid     TEXT,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'bulk_insert')),
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_log_row ON audit_log(table_name, row_uid);
CREATE INDEX audit_log_time ON audit_log(created_at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
