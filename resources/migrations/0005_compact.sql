-- Tumbuh schema, version 5: a smaller file. Identities, calendar dates and
-- moments are stored as numbers instead of text (src/store/README.md,
-- "Storage conventions", has the table of forms and the reasons):
--
--   * every uid and audit_log.row_uid: BLOB, the UUID's 16 bytes in RFC 4122
--     order (was TEXT 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', lower case);
--   * every calendar date (*_on, birth_date, status_date): INTEGER, days
--     since 1970-01-01 (was TEXT 'YYYY-MM-DD');
--   * every moment (created_at, updated_at, deleted_at, users.locked_until):
--     INTEGER, milliseconds since 1970-01-01T00:00:00Z (was TEXT
--     'YYYY-MM-DDTHH:MM:SS.zzzZ', UTC);
--   * audit_log.before_json / after_json are unchanged (their values stay
--     text, as Stored<>::json writes them).
--
-- Each such column is DECLARED INTEGER or BLOB (a TEXT column's affinity
-- would turn a bound integer back into text) and CHECKs its type, so that a
-- writer still binding the old text is refused at once, and so that a value
-- this upgrade cannot convert (a uid that is not a UUID, a date SQLite cannot
-- read) stays text, fails the CHECK and rolls the whole upgrade back: the
-- file is never half converted.
--
-- How: each table is rebuilt (CREATE <table>_v5, INSERT ... SELECT
-- converting, DROP, RENAME, its indexes and triggers again), in the column
-- order of version 4. Foreign keys are off while a migration runs and
-- checked (PRAGMA foreign_key_check) before the commit (store/migrator.cpp).
--   dates:   CAST(julianday(date(x)) - 2440587.5 AS INTEGER)
--   moments: strftime('%s', x) * 1000 + the milliseconds of strftime('%f', x)
--            (exact: no floating point on the whole number of seconds)
--   uids:    tumbuh_uid_blob(x), a deterministic function Migrator registers
--            on the connection (SQLite 3.40 has no unhex()); it gives the 16
--            bytes of a UUID text, and anything else back unchanged.
--
-- Readable with the sqlite3 shell: one view per table, <table>_readable,
-- gives every column in the text form of version 4 (uids as lower-case UUID
-- text, dates as 'YYYY-MM-DD', moments as 'YYYY-MM-DDTHH:MM:SS.zzzZ'), e.g.
--   SELECT * FROM measurements_readable WHERE measured_on LIKE '2024-06-%';
-- The program never reads the views.
--
-- Packages of versions 1 to 4 still merge: their values come in the old
-- forms, and the store's readers (store/sqlutil: uidFrom, dateFrom,
-- timestampFrom; store/row.h; Stored<> in store/column.h) accept both;
-- writers write only the new forms.
--
-- The old tables' pages become free pages; when more than a quarter of the
-- file is free after the upgrade, Migrator runs VACUUM (store/migrator.cpp).

-- users
CREATE TABLE users_v5 (
    id           INTEGER PRIMARY KEY,
    uid          BLOB NOT NULL UNIQUE CHECK (typeof(uid) = 'blob' AND length(uid) = 16),
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role         TEXT NOT NULL CHECK (role IN ('kader', 'nutritionist', 'admin')),
    created_at   INTEGER NOT NULL CHECK (typeof(created_at) = 'integer'),
    updated_at   INTEGER NOT NULL CHECK (typeof(updated_at) = 'integer'),
    deleted_at   INTEGER CHECK (typeof(deleted_at) IN ('integer', 'null')),
    pin_hash     TEXT,
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    posyandu_id  INTEGER REFERENCES posyandu(id), -- a kader's posyandu; NULL = all
    failed_pins  INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER CHECK (typeof(locked_until) IN ('integer', 'null'))
);
INSERT INTO users_v5 (id, uid, name, role, created_at, updated_at, deleted_at, pin_hash, active, posyandu_id, failed_pins, locked_until)
    SELECT id,
           tumbuh_uid_blob(uid),
           name,
           role,
           CASE WHEN typeof(created_at) = 'text' AND julianday(created_at) IS NOT NULL THEN CAST(strftime('%s', created_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', created_at) * 1000) AS INTEGER) % 1000 ELSE created_at END,
           CASE WHEN typeof(updated_at) = 'text' AND julianday(updated_at) IS NOT NULL THEN CAST(strftime('%s', updated_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', updated_at) * 1000) AS INTEGER) % 1000 ELSE updated_at END,
           CASE WHEN typeof(deleted_at) = 'text' AND julianday(deleted_at) IS NOT NULL THEN CAST(strftime('%s', deleted_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', deleted_at) * 1000) AS INTEGER) % 1000 ELSE deleted_at END,
           pin_hash,
           active,
           posyandu_id,
           failed_pins,
           CASE WHEN typeof(locked_until) = 'text' AND julianday(locked_until) IS NOT NULL THEN CAST(strftime('%s', locked_until) AS INTEGER) * 1000 + CAST(round(strftime('%f', locked_until) * 1000) AS INTEGER) % 1000 ELSE locked_until END
    FROM users ORDER BY id;
DROP TABLE users;
ALTER TABLE users_v5 RENAME TO users;

-- posyandu
CREATE TABLE posyandu_v5 (
    id                  INTEGER PRIMARY KEY,
    uid                 BLOB NOT NULL UNIQUE CHECK (typeof(uid) = 'blob' AND length(uid) = 16),
    name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
    rw                  TEXT, -- RW as written locally, e.g. '018'
    kelurahan           TEXT, -- kelurahan or desa
    kecamatan           TEXT,
    kabupaten           TEXT, -- kabupaten or kota
    province            TEXT,
    region_code         TEXT, -- Kemendagri code 'PP.KK.CC.DDDD' (or a prefix of it)
    region_code_version TEXT, -- which Kepmendagri list the code comes from (codes change)
    notes               TEXT,
    created_at          INTEGER NOT NULL CHECK (typeof(created_at) = 'integer'),
    updated_at          INTEGER NOT NULL CHECK (typeof(updated_at) = 'integer'),
    deleted_at          INTEGER CHECK (typeof(deleted_at) IN ('integer', 'null'))
);
INSERT INTO posyandu_v5 (id, uid, name, rw, kelurahan, kecamatan, kabupaten, province, region_code, region_code_version, notes, created_at, updated_at, deleted_at)
    SELECT id,
           tumbuh_uid_blob(uid),
           name,
           rw,
           kelurahan,
           kecamatan,
           kabupaten,
           province,
           region_code,
           region_code_version,
           notes,
           CASE WHEN typeof(created_at) = 'text' AND julianday(created_at) IS NOT NULL THEN CAST(strftime('%s', created_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', created_at) * 1000) AS INTEGER) % 1000 ELSE created_at END,
           CASE WHEN typeof(updated_at) = 'text' AND julianday(updated_at) IS NOT NULL THEN CAST(strftime('%s', updated_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', updated_at) * 1000) AS INTEGER) % 1000 ELSE updated_at END,
           CASE WHEN typeof(deleted_at) = 'text' AND julianday(deleted_at) IS NOT NULL THEN CAST(strftime('%s', deleted_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', deleted_at) * 1000) AS INTEGER) % 1000 ELSE deleted_at END
    FROM posyandu ORDER BY id;
DROP TABLE posyandu;
ALTER TABLE posyandu_v5 RENAME TO posyandu;

-- households
CREATE TABLE households_v5 (
    id          INTEGER PRIMARY KEY,
    uid         BLOB NOT NULL UNIQUE CHECK (typeof(uid) = 'blob' AND length(uid) = 16),
    posyandu_id INTEGER REFERENCES posyandu(id),
    address     TEXT,
    rt          TEXT,
    rw          TEXT,
    kelurahan   TEXT,
    kk_number   TEXT, -- No. Kartu Keluarga, 16 digits, a fallback identity for newborns
    father_name TEXT,
    father_nik  TEXT,
    mother_name TEXT,
    mother_nik  TEXT,
    phone       TEXT,
    notes       TEXT, -- family situation, e.g. receives PKH/BPNT
    created_at  INTEGER NOT NULL CHECK (typeof(created_at) = 'integer'),
    updated_at  INTEGER NOT NULL CHECK (typeof(updated_at) = 'integer'),
    deleted_at  INTEGER CHECK (typeof(deleted_at) IN ('integer', 'null'))
);
INSERT INTO households_v5 (id, uid, posyandu_id, address, rt, rw, kelurahan, kk_number, father_name, father_nik, mother_name, mother_nik, phone, notes, created_at, updated_at, deleted_at)
    SELECT id,
           tumbuh_uid_blob(uid),
           posyandu_id,
           address,
           rt,
           rw,
           kelurahan,
           kk_number,
           father_name,
           father_nik,
           mother_name,
           mother_nik,
           phone,
           notes,
           CASE WHEN typeof(created_at) = 'text' AND julianday(created_at) IS NOT NULL THEN CAST(strftime('%s', created_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', created_at) * 1000) AS INTEGER) % 1000 ELSE created_at END,
           CASE WHEN typeof(updated_at) = 'text' AND julianday(updated_at) IS NOT NULL THEN CAST(strftime('%s', updated_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', updated_at) * 1000) AS INTEGER) % 1000 ELSE updated_at END,
           CASE WHEN typeof(deleted_at) = 'text' AND julianday(deleted_at) IS NOT NULL THEN CAST(strftime('%s', deleted_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', deleted_at) * 1000) AS INTEGER) % 1000 ELSE deleted_at END
    FROM households ORDER BY id;
DROP TABLE households;
ALTER TABLE households_v5 RENAME TO households;
CREATE INDEX households_posyandu ON households(posyandu_id);

-- children
CREATE TABLE children_v5 (
    id                     INTEGER PRIMARY KEY,
    uid                    BLOB NOT NULL UNIQUE CHECK (typeof(uid) = 'blob' AND length(uid) = 16),
    nik                    TEXT CHECK (nik IS NULL OR (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*')),
    name                   TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sex                    INTEGER NOT NULL CHECK (sex IN (1, 2)), -- WHO coding: 1 male, 2 female
    birth_date             INTEGER NOT NULL CHECK (typeof(birth_date) = 'integer'),
    birth_date_approximate INTEGER NOT NULL DEFAULT 0 CHECK (birth_date_approximate IN (0, 1)),
    birth_weight_g         INTEGER,
    birth_length_mm        INTEGER,
    mother_name            TEXT,
    household_id           INTEGER REFERENCES households(id),
    posyandu_id            INTEGER NOT NULL REFERENCES posyandu(id),
    status                 TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'moved', 'deceased')),
    status_date            INTEGER CHECK (typeof(status_date) IN ('integer', 'null')), -- when the child moved away or died
    notes                  TEXT,
    created_at             INTEGER NOT NULL CHECK (typeof(created_at) = 'integer'),
    updated_at             INTEGER NOT NULL CHECK (typeof(updated_at) = 'integer'),
    deleted_at             INTEGER CHECK (typeof(deleted_at) IN ('integer', 'null')),
    has_kia                INTEGER NOT NULL DEFAULT 1 CHECK (has_kia IN (0, 1)),
    CHECK ((status = 'active') = (status_date IS NULL))
);
INSERT INTO children_v5 (id, uid, nik, name, sex, birth_date, birth_date_approximate, birth_weight_g, birth_length_mm, mother_name, household_id, posyandu_id, status, status_date, notes, created_at, updated_at, deleted_at, has_kia)
    SELECT id,
           tumbuh_uid_blob(uid),
           nik,
           name,
           sex,
           CASE WHEN typeof(birth_date) = 'text' AND julianday(birth_date) IS NOT NULL THEN CAST(julianday(date(birth_date)) - 2440587.5 AS INTEGER) ELSE birth_date END,
           birth_date_approximate,
           birth_weight_g,
           birth_length_mm,
           mother_name,
           household_id,
           posyandu_id,
           status,
           CASE WHEN typeof(status_date) = 'text' AND julianday(status_date) IS NOT NULL THEN CAST(julianday(date(status_date)) - 2440587.5 AS INTEGER) ELSE status_date END,
           notes,
           CASE WHEN typeof(created_at) = 'text' AND julianday(created_at) IS NOT NULL THEN CAST(strftime('%s', created_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', created_at) * 1000) AS INTEGER) % 1000 ELSE created_at END,
           CASE WHEN typeof(updated_at) = 'text' AND julianday(updated_at) IS NOT NULL THEN CAST(strftime('%s', updated_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', updated_at) * 1000) AS INTEGER) % 1000 ELSE updated_at END,
           CASE WHEN typeof(deleted_at) = 'text' AND julianday(deleted_at) IS NOT NULL THEN CAST(strftime('%s', deleted_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', deleted_at) * 1000) AS INTEGER) % 1000 ELSE deleted_at END,
           has_kia
    FROM children ORDER BY id;
DROP TABLE children;
ALTER TABLE children_v5 RENAME TO children;
CREATE UNIQUE INDEX children_nik_live ON children(nik) WHERE nik IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX children_posyandu_name ON children(posyandu_id, name);
CREATE INDEX children_household ON children(household_id);
CREATE INDEX children_birth_date ON children(birth_date);

-- measurements
CREATE TABLE measurements_v5 (
    id              INTEGER PRIMARY KEY,
    uid             BLOB NOT NULL UNIQUE CHECK (typeof(uid) = 'blob' AND length(uid) = 16),
    child_id        INTEGER NOT NULL REFERENCES children(id),
    posyandu_id     INTEGER NOT NULL REFERENCES posyandu(id), -- where it was taken (a child may move later)
    measured_on     INTEGER NOT NULL CHECK (typeof(measured_on) = 'integer'),
    weight_g        INTEGER,
    length_mm       INTEGER,
    length_position INTEGER CHECK (length_position IN (1, 2)), -- 1 lying (length), 2 standing (height)
    head_mm         INTEGER,
    muac_mm         INTEGER,
    oedema          INTEGER NOT NULL DEFAULT 0 CHECK (oedema IN (0, 1)),
    measured_by     TEXT,
    notes           TEXT,
    created_at      INTEGER NOT NULL CHECK (typeof(created_at) = 'integer'),
    updated_at      INTEGER NOT NULL CHECK (typeof(updated_at) = 'integer'),
    deleted_at      INTEGER CHECK (typeof(deleted_at) IN ('integer', 'null')),
    CHECK ((length_mm IS NULL) = (length_position IS NULL))
);
INSERT INTO measurements_v5 (id, uid, child_id, posyandu_id, measured_on, weight_g, length_mm, length_position, head_mm, muac_mm, oedema, measured_by, notes, created_at, updated_at, deleted_at)
    SELECT id,
           tumbuh_uid_blob(uid),
           child_id,
           posyandu_id,
           CASE WHEN typeof(measured_on) = 'text' AND julianday(measured_on) IS NOT NULL THEN CAST(julianday(date(measured_on)) - 2440587.5 AS INTEGER) ELSE measured_on END,
           weight_g,
           length_mm,
           length_position,
           head_mm,
           muac_mm,
           oedema,
           measured_by,
           notes,
           CASE WHEN typeof(created_at) = 'text' AND julianday(created_at) IS NOT NULL THEN CAST(strftime('%s', created_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', created_at) * 1000) AS INTEGER) % 1000 ELSE created_at END,
           CASE WHEN typeof(updated_at) = 'text' AND julianday(updated_at) IS NOT NULL THEN CAST(strftime('%s', updated_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', updated_at) * 1000) AS INTEGER) % 1000 ELSE updated_at END,
           CASE WHEN typeof(deleted_at) = 'text' AND julianday(deleted_at) IS NOT NULL THEN CAST(strftime('%s', deleted_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', deleted_at) * 1000) AS INTEGER) % 1000 ELSE deleted_at END
    FROM measurements ORDER BY id;
DROP TABLE measurements;
ALTER TABLE measurements_v5 RENAME TO measurements;
CREATE INDEX measurements_child_date ON measurements(child_id, measured_on, id, weight_g, deleted_at)
    WHERE deleted_at IS NULL;
CREATE INDEX measurements_date ON measurements(measured_on) WHERE deleted_at IS NULL;

-- referrals
CREATE TABLE referrals_v5 (
    id            INTEGER PRIMARY KEY,
    uid           BLOB NOT NULL UNIQUE CHECK (typeof(uid) = 'blob' AND length(uid) = 16),
    child_id      INTEGER NOT NULL REFERENCES children(id),
    for_household INTEGER NOT NULL DEFAULT 0 CHECK (for_household IN (0, 1)), -- 1: the family is referred (cross-sector)
    referred_on   INTEGER NOT NULL CHECK (typeof(referred_on) = 'integer'),
    reasons       TEXT NOT NULL DEFAULT '[]', -- JSON array of reason codes (rules file and family reasons)
    consent       INTEGER CHECK (consent IS NULL OR consent IN (0, 1)), -- the family agreed; NULL: not recorded
    destination   TEXT NOT NULL, -- a code of the destinations file, or free text
    referred_by   TEXT,
    status        TEXT NOT NULL DEFAULT 'referred'
                  CHECK (status IN ('referred', 'arrived', 'completed', 'no_show', 'cancelled')),
    follow_up_on  INTEGER CHECK (typeof(follow_up_on) IN ('integer', 'null')), -- overdue when still 'referred' after this date
    arrived_on    INTEGER CHECK (typeof(arrived_on) IN ('integer', 'null')), -- the destination confirmed the visit
    closed_on     INTEGER CHECK (typeof(closed_on) IN ('integer', 'null')), -- completed, no_show or cancelled
    notes         TEXT,
    created_at    INTEGER NOT NULL CHECK (typeof(created_at) = 'integer'),
    updated_at    INTEGER NOT NULL CHECK (typeof(updated_at) = 'integer'),
    deleted_at    INTEGER CHECK (typeof(deleted_at) IN ('integer', 'null'))
);
INSERT INTO referrals_v5 (id, uid, child_id, for_household, referred_on, reasons, consent, destination, referred_by, status, follow_up_on, arrived_on, closed_on, notes, created_at, updated_at, deleted_at)
    SELECT id,
           tumbuh_uid_blob(uid),
           child_id,
           for_household,
           CASE WHEN typeof(referred_on) = 'text' AND julianday(referred_on) IS NOT NULL THEN CAST(julianday(date(referred_on)) - 2440587.5 AS INTEGER) ELSE referred_on END,
           reasons,
           consent,
           destination,
           referred_by,
           status,
           CASE WHEN typeof(follow_up_on) = 'text' AND julianday(follow_up_on) IS NOT NULL THEN CAST(julianday(date(follow_up_on)) - 2440587.5 AS INTEGER) ELSE follow_up_on END,
           CASE WHEN typeof(arrived_on) = 'text' AND julianday(arrived_on) IS NOT NULL THEN CAST(julianday(date(arrived_on)) - 2440587.5 AS INTEGER) ELSE arrived_on END,
           CASE WHEN typeof(closed_on) = 'text' AND julianday(closed_on) IS NOT NULL THEN CAST(julianday(date(closed_on)) - 2440587.5 AS INTEGER) ELSE closed_on END,
           notes,
           CASE WHEN typeof(created_at) = 'text' AND julianday(created_at) IS NOT NULL THEN CAST(strftime('%s', created_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', created_at) * 1000) AS INTEGER) % 1000 ELSE created_at END,
           CASE WHEN typeof(updated_at) = 'text' AND julianday(updated_at) IS NOT NULL THEN CAST(strftime('%s', updated_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', updated_at) * 1000) AS INTEGER) % 1000 ELSE updated_at END,
           CASE WHEN typeof(deleted_at) = 'text' AND julianday(deleted_at) IS NOT NULL THEN CAST(strftime('%s', deleted_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', deleted_at) * 1000) AS INTEGER) % 1000 ELSE deleted_at END
    FROM referrals ORDER BY id;
DROP TABLE referrals;
ALTER TABLE referrals_v5 RENAME TO referrals;
CREATE INDEX referrals_child ON referrals(child_id, referred_on);
CREATE INDEX referrals_open ON referrals(status, follow_up_on) WHERE deleted_at IS NULL;

-- referral_events
CREATE TABLE referral_events_v5 (
    id          INTEGER PRIMARY KEY,
    uid         BLOB NOT NULL UNIQUE CHECK (typeof(uid) = 'blob' AND length(uid) = 16),
    referral_id INTEGER NOT NULL REFERENCES referrals(id),
    status      TEXT NOT NULL CHECK (status IN ('referred', 'arrived', 'completed', 'no_show', 'cancelled')),
    happened_on INTEGER NOT NULL CHECK (typeof(happened_on) = 'integer'), -- the day it happened (not when it was typed)
    note        TEXT, -- the outcome, e.g. 'PMT 90 hari', 'rujuk RS'
    recorded_by TEXT,
    created_at  INTEGER NOT NULL CHECK (typeof(created_at) = 'integer'),
    updated_at  INTEGER NOT NULL CHECK (typeof(updated_at) = 'integer'),
    deleted_at  INTEGER CHECK (typeof(deleted_at) IN ('integer', 'null'))
);
INSERT INTO referral_events_v5 (id, uid, referral_id, status, happened_on, note, recorded_by, created_at, updated_at, deleted_at)
    SELECT id,
           tumbuh_uid_blob(uid),
           referral_id,
           status,
           CASE WHEN typeof(happened_on) = 'text' AND julianday(happened_on) IS NOT NULL THEN CAST(julianday(date(happened_on)) - 2440587.5 AS INTEGER) ELSE happened_on END,
           note,
           recorded_by,
           CASE WHEN typeof(created_at) = 'text' AND julianday(created_at) IS NOT NULL THEN CAST(strftime('%s', created_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', created_at) * 1000) AS INTEGER) % 1000 ELSE created_at END,
           CASE WHEN typeof(updated_at) = 'text' AND julianday(updated_at) IS NOT NULL THEN CAST(strftime('%s', updated_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', updated_at) * 1000) AS INTEGER) % 1000 ELSE updated_at END,
           CASE WHEN typeof(deleted_at) = 'text' AND julianday(deleted_at) IS NOT NULL THEN CAST(strftime('%s', deleted_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', deleted_at) * 1000) AS INTEGER) % 1000 ELSE deleted_at END
    FROM referral_events ORDER BY id;
DROP TABLE referral_events;
ALTER TABLE referral_events_v5 RENAME TO referral_events;
CREATE INDEX referral_events_referral ON referral_events(referral_id, happened_on);

-- counselling
CREATE TABLE counselling_v5 (
    id            INTEGER PRIMARY KEY,
    uid           BLOB NOT NULL UNIQUE CHECK (typeof(uid) = 'blob' AND length(uid) = 16),
    child_id      INTEGER NOT NULL REFERENCES children(id),
    counselled_on INTEGER NOT NULL CHECK (typeof(counselled_on) = 'integer'),
    topic         TEXT NOT NULL CHECK (length(trim(topic)) > 0), -- a topic code of the rules file
    counselled_by TEXT,
    notes         TEXT,
    created_at    INTEGER NOT NULL CHECK (typeof(created_at) = 'integer'),
    updated_at    INTEGER NOT NULL CHECK (typeof(updated_at) = 'integer'),
    deleted_at    INTEGER CHECK (typeof(deleted_at) IN ('integer', 'null'))
);
INSERT INTO counselling_v5 (id, uid, child_id, counselled_on, topic, counselled_by, notes, created_at, updated_at, deleted_at)
    SELECT id,
           tumbuh_uid_blob(uid),
           child_id,
           CASE WHEN typeof(counselled_on) = 'text' AND julianday(counselled_on) IS NOT NULL THEN CAST(julianday(date(counselled_on)) - 2440587.5 AS INTEGER) ELSE counselled_on END,
           topic,
           counselled_by,
           notes,
           CASE WHEN typeof(created_at) = 'text' AND julianday(created_at) IS NOT NULL THEN CAST(strftime('%s', created_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', created_at) * 1000) AS INTEGER) % 1000 ELSE created_at END,
           CASE WHEN typeof(updated_at) = 'text' AND julianday(updated_at) IS NOT NULL THEN CAST(strftime('%s', updated_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', updated_at) * 1000) AS INTEGER) % 1000 ELSE updated_at END,
           CASE WHEN typeof(deleted_at) = 'text' AND julianday(deleted_at) IS NOT NULL THEN CAST(strftime('%s', deleted_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', deleted_at) * 1000) AS INTEGER) % 1000 ELSE deleted_at END
    FROM counselling ORDER BY id;
DROP TABLE counselling;
ALTER TABLE counselling_v5 RENAME TO counselling;
CREATE INDEX counselling_child ON counselling(child_id, counselled_on);
CREATE INDEX counselling_date ON counselling(counselled_on) WHERE deleted_at IS NULL;

-- consents
CREATE TABLE consents_v5 (
    id                INTEGER PRIMARY KEY,
    uid               BLOB NOT NULL UNIQUE CHECK (typeof(uid) = 'blob' AND length(uid) = 16),
    child_id          INTEGER NOT NULL REFERENCES children(id),
    given_on          INTEGER NOT NULL CHECK (typeof(given_on) = 'integer'), -- the date of the statement
    guardian_name     TEXT NOT NULL CHECK (length(trim(guardian_name)) > 0),
    guardian_relation TEXT NOT NULL CHECK (guardian_relation IN ('ibu', 'ayah', 'wali', 'lainnya')),
    for_monitoring    INTEGER NOT NULL CHECK (for_monitoring IN (0, 1)), -- pemantauan pertumbuhan
    for_reporting     INTEGER NOT NULL CHECK (for_reporting IN (0, 1)), -- pelaporan ke Dinkes / e-PPGBM
    for_referral      INTEGER NOT NULL CHECK (for_referral IN (0, 1)), -- rujukan lintas sektor
    withdrawal        INTEGER NOT NULL DEFAULT 0 CHECK (withdrawal IN (0, 1)), -- this statement withdraws consent
    recorded_by       TEXT,
    notes             TEXT,
    created_at        INTEGER NOT NULL CHECK (typeof(created_at) = 'integer'),
    updated_at        INTEGER NOT NULL CHECK (typeof(updated_at) = 'integer'),
    deleted_at        INTEGER CHECK (typeof(deleted_at) IN ('integer', 'null'))
);
INSERT INTO consents_v5 (id, uid, child_id, given_on, guardian_name, guardian_relation, for_monitoring, for_reporting, for_referral, withdrawal, recorded_by, notes, created_at, updated_at, deleted_at)
    SELECT id,
           tumbuh_uid_blob(uid),
           child_id,
           CASE WHEN typeof(given_on) = 'text' AND julianday(given_on) IS NOT NULL THEN CAST(julianday(date(given_on)) - 2440587.5 AS INTEGER) ELSE given_on END,
           guardian_name,
           guardian_relation,
           for_monitoring,
           for_reporting,
           for_referral,
           withdrawal,
           recorded_by,
           notes,
           CASE WHEN typeof(created_at) = 'text' AND julianday(created_at) IS NOT NULL THEN CAST(strftime('%s', created_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', created_at) * 1000) AS INTEGER) % 1000 ELSE created_at END,
           CASE WHEN typeof(updated_at) = 'text' AND julianday(updated_at) IS NOT NULL THEN CAST(strftime('%s', updated_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', updated_at) * 1000) AS INTEGER) % 1000 ELSE updated_at END,
           CASE WHEN typeof(deleted_at) = 'text' AND julianday(deleted_at) IS NOT NULL THEN CAST(strftime('%s', deleted_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', deleted_at) * 1000) AS INTEGER) % 1000 ELSE deleted_at END
    FROM consents ORDER BY id;
DROP TABLE consents;
ALTER TABLE consents_v5 RENAME TO consents;
CREATE INDEX consents_child ON consents(child_id, given_on);

-- audit_log
CREATE TABLE audit_log_v5 (
    id          INTEGER PRIMARY KEY,
    uid         BLOB NOT NULL UNIQUE CHECK (typeof(uid) = 'blob' AND length(uid) = 16),
    created_at  INTEGER NOT NULL CHECK (typeof(created_at) = 'integer'), -- when
    user_id     INTEGER REFERENCES users(id), -- who; NULL = the program itself
    table_name  TEXT NOT NULL,
    row_uid     BLOB CHECK (row_uid IS NULL OR (typeof(row_uid) = 'blob' AND length(row_uid) = 16)),
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'bulk_insert')),
    before_json TEXT, -- as before schema 5: dates, moments and uids as text
    after_json  TEXT,
    redacted    INTEGER NOT NULL DEFAULT 0 CHECK (redacted IN (0, 1))
);
INSERT INTO audit_log_v5 (id, uid, created_at, user_id, table_name, row_uid, action, before_json, after_json, redacted)
    SELECT id,
           tumbuh_uid_blob(uid),
           CASE WHEN typeof(created_at) = 'text' AND julianday(created_at) IS NOT NULL THEN CAST(strftime('%s', created_at) AS INTEGER) * 1000 + CAST(round(strftime('%f', created_at) * 1000) AS INTEGER) % 1000 ELSE created_at END,
           user_id,
           table_name,
           tumbuh_uid_blob(row_uid),
           action,
           before_json,
           after_json,
           redacted
    FROM audit_log ORDER BY id;
DROP TABLE audit_log;
ALTER TABLE audit_log_v5 RENAME TO audit_log;
CREATE INDEX audit_log_row ON audit_log(table_name, row_uid);
CREATE INDEX audit_log_time ON audit_log(created_at);
CREATE INDEX audit_log_user_time ON audit_log(user_id, created_at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (OLD.redacted = 0 AND NEW.redacted = 1
          AND NEW.id = OLD.id AND NEW.uid = OLD.uid AND NEW.created_at = OLD.created_at
          AND NEW.user_id IS OLD.user_id AND NEW.table_name = OLD.table_name
          AND NEW.row_uid IS OLD.row_uid AND NEW.action = OLD.action
          AND NEW.before_json IS NULL AND NEW.after_json IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- The views for people reading the file with the sqlite3 shell (the program never reads them).
CREATE VIEW users_readable AS
    SELECT id,
           CASE WHEN uid IS NULL THEN NULL ELSE lower(substr(hex(uid), 1, 8) || '-' || substr(hex(uid), 9, 4) || '-' || substr(hex(uid), 13, 4) || '-' || substr(hex(uid), 17, 4) || '-' || substr(hex(uid), 21, 12)) END AS uid,
           name,
           role,
           strftime('%Y-%m-%dT%H:%M:%fZ', created_at / 1000.0, 'unixepoch') AS created_at,
           strftime('%Y-%m-%dT%H:%M:%fZ', updated_at / 1000.0, 'unixepoch') AS updated_at,
           strftime('%Y-%m-%dT%H:%M:%fZ', deleted_at / 1000.0, 'unixepoch') AS deleted_at,
           pin_hash,
           active,
           posyandu_id,
           failed_pins,
           strftime('%Y-%m-%dT%H:%M:%fZ', locked_until / 1000.0, 'unixepoch') AS locked_until
    FROM users;
CREATE VIEW posyandu_readable AS
    SELECT id,
           CASE WHEN uid IS NULL THEN NULL ELSE lower(substr(hex(uid), 1, 8) || '-' || substr(hex(uid), 9, 4) || '-' || substr(hex(uid), 13, 4) || '-' || substr(hex(uid), 17, 4) || '-' || substr(hex(uid), 21, 12)) END AS uid,
           name,
           rw,
           kelurahan,
           kecamatan,
           kabupaten,
           province,
           region_code,
           region_code_version,
           notes,
           strftime('%Y-%m-%dT%H:%M:%fZ', created_at / 1000.0, 'unixepoch') AS created_at,
           strftime('%Y-%m-%dT%H:%M:%fZ', updated_at / 1000.0, 'unixepoch') AS updated_at,
           strftime('%Y-%m-%dT%H:%M:%fZ', deleted_at / 1000.0, 'unixepoch') AS deleted_at
    FROM posyandu;
CREATE VIEW households_readable AS
    SELECT id,
           CASE WHEN uid IS NULL THEN NULL ELSE lower(substr(hex(uid), 1, 8) || '-' || substr(hex(uid), 9, 4) || '-' || substr(hex(uid), 13, 4) || '-' || substr(hex(uid), 17, 4) || '-' || substr(hex(uid), 21, 12)) END AS uid,
           posyandu_id,
           address,
           rt,
           rw,
           kelurahan,
           kk_number,
           father_name,
           father_nik,
           mother_name,
           mother_nik,
           phone,
           notes,
           strftime('%Y-%m-%dT%H:%M:%fZ', created_at / 1000.0, 'unixepoch') AS created_at,
           strftime('%Y-%m-%dT%H:%M:%fZ', updated_at / 1000.0, 'unixepoch') AS updated_at,
           strftime('%Y-%m-%dT%H:%M:%fZ', deleted_at / 1000.0, 'unixepoch') AS deleted_at
    FROM households;
CREATE VIEW children_readable AS
    SELECT id,
           CASE WHEN uid IS NULL THEN NULL ELSE lower(substr(hex(uid), 1, 8) || '-' || substr(hex(uid), 9, 4) || '-' || substr(hex(uid), 13, 4) || '-' || substr(hex(uid), 17, 4) || '-' || substr(hex(uid), 21, 12)) END AS uid,
           nik,
           name,
           sex,
           date(birth_date * 86400, 'unixepoch') AS birth_date,
           birth_date_approximate,
           birth_weight_g,
           birth_length_mm,
           mother_name,
           household_id,
           posyandu_id,
           status,
           date(status_date * 86400, 'unixepoch') AS status_date,
           notes,
           strftime('%Y-%m-%dT%H:%M:%fZ', created_at / 1000.0, 'unixepoch') AS created_at,
           strftime('%Y-%m-%dT%H:%M:%fZ', updated_at / 1000.0, 'unixepoch') AS updated_at,
           strftime('%Y-%m-%dT%H:%M:%fZ', deleted_at / 1000.0, 'unixepoch') AS deleted_at,
           has_kia
    FROM children;
CREATE VIEW measurements_readable AS
    SELECT id,
           CASE WHEN uid IS NULL THEN NULL ELSE lower(substr(hex(uid), 1, 8) || '-' || substr(hex(uid), 9, 4) || '-' || substr(hex(uid), 13, 4) || '-' || substr(hex(uid), 17, 4) || '-' || substr(hex(uid), 21, 12)) END AS uid,
           child_id,
           posyandu_id,
           date(measured_on * 86400, 'unixepoch') AS measured_on,
           weight_g,
           length_mm,
           length_position,
           head_mm,
           muac_mm,
           oedema,
           measured_by,
           notes,
           strftime('%Y-%m-%dT%H:%M:%fZ', created_at / 1000.0, 'unixepoch') AS created_at,
           strftime('%Y-%m-%dT%H:%M:%fZ', updated_at / 1000.0, 'unixepoch') AS updated_at,
           strftime('%Y-%m-%dT%H:%M:%fZ', deleted_at / 1000.0, 'unixepoch') AS deleted_at
    FROM measurements;
CREATE VIEW referrals_readable AS
    SELECT id,
           CASE WHEN uid IS NULL THEN NULL ELSE lower(substr(hex(uid), 1, 8) || '-' || substr(hex(uid), 9, 4) || '-' || substr(hex(uid), 13, 4) || '-' || substr(hex(uid), 17, 4) || '-' || substr(hex(uid), 21, 12)) END AS uid,
           child_id,
           for_household,
           date(referred_on * 86400, 'unixepoch') AS referred_on,
           reasons,
           consent,
           destination,
           referred_by,
           status,
           date(follow_up_on * 86400, 'unixepoch') AS follow_up_on,
           date(arrived_on * 86400, 'unixepoch') AS arrived_on,
           date(closed_on * 86400, 'unixepoch') AS closed_on,
           notes,
           strftime('%Y-%m-%dT%H:%M:%fZ', created_at / 1000.0, 'unixepoch') AS created_at,
           strftime('%Y-%m-%dT%H:%M:%fZ', updated_at / 1000.0, 'unixepoch') AS updated_at,
           strftime('%Y-%m-%dT%H:%M:%fZ', deleted_at / 1000.0, 'unixepoch') AS deleted_at
    FROM referrals;
CREATE VIEW referral_events_readable AS
    SELECT id,
           CASE WHEN uid IS NULL THEN NULL ELSE lower(substr(hex(uid), 1, 8) || '-' || substr(hex(uid), 9, 4) || '-' || substr(hex(uid), 13, 4) || '-' || substr(hex(uid), 17, 4) || '-' || substr(hex(uid), 21, 12)) END AS uid,
           referral_id,
           status,
           date(happened_on * 86400, 'unixepoch') AS happened_on,
           note,
           recorded_by,
           strftime('%Y-%m-%dT%H:%M:%fZ', created_at / 1000.0, 'unixepoch') AS created_at,
           strftime('%Y-%m-%dT%H:%M:%fZ', updated_at / 1000.0, 'unixepoch') AS updated_at,
           strftime('%Y-%m-%dT%H:%M:%fZ', deleted_at / 1000.0, 'unixepoch') AS deleted_at
    FROM referral_events;
CREATE VIEW counselling_readable AS
    SELECT id,
           CASE WHEN uid IS NULL THEN NULL ELSE lower(substr(hex(uid), 1, 8) || '-' || substr(hex(uid), 9, 4) || '-' || substr(hex(uid), 13, 4) || '-' || substr(hex(uid), 17, 4) || '-' || substr(hex(uid), 21, 12)) END AS uid,
           child_id,
           date(counselled_on * 86400, 'unixepoch') AS counselled_on,
           topic,
           counselled_by,
           notes,
           strftime('%Y-%m-%dT%H:%M:%fZ', created_at / 1000.0, 'unixepoch') AS created_at,
           strftime('%Y-%m-%dT%H:%M:%fZ', updated_at / 1000.0, 'unixepoch') AS updated_at,
           strftime('%Y-%m-%dT%H:%M:%fZ', deleted_at / 1000.0, 'unixepoch') AS deleted_at
    FROM counselling;
CREATE VIEW consents_readable AS
    SELECT id,
           CASE WHEN uid IS NULL THEN NULL ELSE lower(substr(hex(uid), 1, 8) || '-' || substr(hex(uid), 9, 4) || '-' || substr(hex(uid), 13, 4) || '-' || substr(hex(uid), 17, 4) || '-' || substr(hex(uid), 21, 12)) END AS uid,
           child_id,
           date(given_on * 86400, 'unixepoch') AS given_on,
           guardian_name,
           guardian_relation,
           for_monitoring,
           for_reporting,
           for_referral,
           withdrawal,
           recorded_by,
           notes,
           strftime('%Y-%m-%dT%H:%M:%fZ', created_at / 1000.0, 'unixepoch') AS created_at,
           strftime('%Y-%m-%dT%H:%M:%fZ', updated_at / 1000.0, 'unixepoch') AS updated_at,
           strftime('%Y-%m-%dT%H:%M:%fZ', deleted_at / 1000.0, 'unixepoch') AS deleted_at
    FROM consents;
CREATE VIEW audit_log_readable AS
    SELECT id,
           CASE WHEN uid IS NULL THEN NULL ELSE lower(substr(hex(uid), 1, 8) || '-' || substr(hex(uid), 9, 4) || '-' || substr(hex(uid), 13, 4) || '-' || substr(hex(uid), 17, 4) || '-' || substr(hex(uid), 21, 12)) END AS uid,
           strftime('%Y-%m-%dT%H:%M:%fZ', created_at / 1000.0, 'unixepoch') AS created_at,
           user_id,
           table_name,
           CASE WHEN row_uid IS NULL THEN NULL ELSE lower(substr(hex(row_uid), 1, 8) || '-' || substr(hex(row_uid), 9, 4) || '-' || substr(hex(row_uid), 13, 4) || '-' || substr(hex(row_uid), 17, 4) || '-' || substr(hex(row_uid), 21, 12)) END AS row_uid,
           action,
           before_json,
           after_json,
           redacted
    FROM audit_log;
