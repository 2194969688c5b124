-- Tumbuh schema, version 6: the measurements table, smaller again
-- (src/store/README.md, "Storage conventions", has the figures):
--
--   * the name of whoever measured (the kader's name as written on the form)
--     is kept once, in the new table measurers, and each measurement refers
--     to it: measurements.measured_by (TEXT, about ten bytes a row) becomes
--     measurements.measurer_id (INTEGER, one or two bytes). The program reads
--     and writes the name as before (store/nameids.h, store/column.h); the
--     audit log keeps the name, under "measured_by", as it did;
--   * the index measurements_date (measured_on) is dropped: of the program's
--     queries only the whole file's monthly report read it, and a scan of
--     the table serves that report about as well (11 bytes a measurement on
--     a city for some tens of milliseconds once a month).
--
-- How: measurers is filled with the distinct names, the measurements table is
-- rebuilt in the column order of version 5 (measurer_id where measured_by
-- was), its index and view made again. A blank name (only spaces) becomes
-- NULL, as the program has always written an empty one. Foreign keys are off
-- while a migration runs and checked (PRAGMA foreign_key_check) before the
-- commit (store/migrator.cpp); afterwards Migrator runs VACUUM when more than
-- a quarter of the file is free pages.
--
-- Readable with the sqlite3 shell: measurements_readable gives measured_by as
-- the name again, e.g.
--   SELECT measured_on, weight_g, measured_by FROM measurements_readable
--   WHERE child_id = 12;

CREATE TABLE measurers (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
);
INSERT INTO measurers (name)
    SELECT DISTINCT measured_by FROM measurements
    WHERE measured_by IS NOT NULL AND length(trim(measured_by)) > 0
    ORDER BY measured_by;

DROP VIEW measurements_readable;
DROP INDEX measurements_date;

CREATE TABLE measurements_v6 (
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
    measurer_id     INTEGER REFERENCES measurers(id), -- who measured (the name as written); NULL = not written
    notes           TEXT,
    created_at      INTEGER NOT NULL CHECK (typeof(created_at) = 'integer'),
    updated_at      INTEGER NOT NULL CHECK (typeof(updated_at) = 'integer'),
    deleted_at      INTEGER CHECK (typeof(deleted_at) IN ('integer', 'null')),
    CHECK ((length_mm IS NULL) = (length_position IS NULL))
);
INSERT INTO measurements_v6 (id, uid, child_id, posyandu_id, measured_on, weight_g, length_mm, length_position, head_mm, muac_mm, oedema, measurer_id, notes, created_at, updated_at, deleted_at)
    SELECT m.id, m.uid, m.child_id, m.posyandu_id, m.measured_on, m.weight_g, m.length_mm, m.length_position,
           m.head_mm, m.muac_mm, m.oedema,
           (SELECT w.id FROM measurers w WHERE w.name = m.measured_by),
           m.notes, m.created_at, m.updated_at, m.deleted_at
    FROM measurements m ORDER BY m.id;
DROP TABLE measurements;
ALTER TABLE measurements_v6 RENAME TO measurements;
CREATE INDEX measurements_child_date ON measurements(child_id, measured_on, id, weight_g, deleted_at)
    WHERE deleted_at IS NULL;

CREATE VIEW measurements_readable AS
    SELECT m.id,
           CASE WHEN m.uid IS NULL THEN NULL ELSE lower(substr(hex(m.uid), 1, 8) || '-' || substr(hex(m.uid), 9, 4) || '-' || substr(hex(m.uid), 13, 4) || '-' || substr(hex(m.uid), 17, 4) || '-' || substr(hex(m.uid), 21, 12)) END AS uid,
           m.child_id,
           m.posyandu_id,
           date(m.measured_on * 86400, 'unixepoch') AS measured_on,
           m.weight_g,
           m.length_mm,
           m.length_position,
           m.head_mm,
           m.muac_mm,
           m.oedema,
           (SELECT w.name FROM measurers w WHERE w.id = m.measurer_id) AS measured_by,
           m.notes,
           strftime('%Y-%m-%dT%H:%M:%fZ', m.created_at / 1000.0, 'unixepoch') AS created_at,
           strftime('%Y-%m-%dT%H:%M:%fZ', m.updated_at / 1000.0, 'unixepoch') AS updated_at,
           strftime('%Y-%m-%dT%H:%M:%fZ', m.deleted_at / 1000.0, 'unixepoch') AS deleted_at
    FROM measurements m;

-- One view per table, as the store's README promises (the table is readable
-- as it is).
CREATE VIEW measurers_readable AS
    SELECT id, name FROM measurers;
