-- Tumbuh schema, version 2: following up the children who need attention.
--
--   * children.has_kia: the child has a Buku KIA / KMS (F1 item 02, "K");
--     every existing child is assumed to have one, as the forms do;
--   * referrals: a referral may be for the child's household (cross-sector),
--     records whether the family consented and when to follow it up, and may
--     end in 'no_show' (tidak datang) as well as completed or cancelled;
--   * referral_events: the referral's status history, one row per step, each
--     with its date and note ("PMT 90 hari", "rujuk RS"); rows merge by uid
--     like every other row, so a history written on two laptops unites;
--   * counselling: the education (edukasi) given to a child's family.
-- The conventions of 0001_initial.sql hold (uid, ISO dates, soft delete).

ALTER TABLE children ADD COLUMN has_kia INTEGER NOT NULL DEFAULT 1 CHECK (has_kia IN (0, 1));

CREATE TABLE referrals_v2 (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    child_id      INTEGER NOT NULL REFERENCES children(id),
    for_household INTEGER NOT NULL DEFAULT 0 CHECK (for_household IN (0, 1)), -- 1: the family is referred (cross-sector)
    referred_on   TEXT NOT NULL,
    reasons       TEXT NOT NULL DEFAULT '[]',   -- JSON array of reason codes (rules file and family reasons)
    consent       INTEGER CHECK (consent IS NULL OR consent IN (0, 1)), -- the family agreed; NULL: not recorded
    destination   TEXT NOT NULL,                -- a code of the destinations file, or free text
    referred_by   TEXT,
    status        TEXT NOT NULL DEFAULT 'referred'
                  CHECK (status IN ('referred', 'arrived', 'completed', 'no_show', 'cancelled')),
    follow_up_on  TEXT,                         -- overdue when still 'referred' after this date
    arrived_on    TEXT,                         -- the destination confirmed the visit
    closed_on     TEXT,                         -- completed, no_show or cancelled
    notes         TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);
INSERT INTO referrals_v2 (id, uid, child_id, for_household, referred_on, reasons, consent, destination,
                          referred_by, status, follow_up_on, arrived_on, closed_on, notes,
                          created_at, updated_at, deleted_at)
    SELECT id, uid, child_id, 0, referred_on, reasons, NULL, destination,
           referred_by, status, date(referred_on, '+14 days'), arrived_on, closed_on, notes,
           created_at, updated_at, deleted_at
    FROM referrals;
DROP TABLE referrals;
ALTER TABLE referrals_v2 RENAME TO referrals;
CREATE INDEX referrals_child ON referrals(child_id, referred_on);
CREATE INDEX referrals_open ON referrals(status, follow_up_on) WHERE deleted_at IS NULL;

CREATE TABLE referral_events (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    referral_id  INTEGER NOT NULL REFERENCES referrals(id),
    status       TEXT NOT NULL CHECK (status IN ('referred', 'arrived', 'completed', 'no_show', 'cancelled')),
    happened_on  TEXT NOT NULL,                 -- the day it happened (not when it was typed)
    note         TEXT,                          -- the outcome, e.g. 'PMT 90 hari', 'rujuk RS'
    recorded_by  TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
);
CREATE INDEX referral_events_referral ON referral_events(referral_id, happened_on);

-- The history of referrals made before this version, from their own columns.
-- A uid is a random version-4 UUID written as text.
INSERT INTO referral_events (uid, referral_id, status, happened_on, note, recorded_by, created_at, updated_at)
    SELECT lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' ||
                 substr('89ab', 1 + (abs(random()) % 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12)),
           id, 'referred', referred_on, NULL, referred_by, created_at, created_at
    FROM (SELECT hex(randomblob(16)) AS h, * FROM referrals);
INSERT INTO referral_events (uid, referral_id, status, happened_on, note, recorded_by, created_at, updated_at)
    SELECT lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' ||
                 substr('89ab', 1 + (abs(random()) % 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12)),
           id, 'arrived', arrived_on, NULL, NULL, updated_at, updated_at
    FROM (SELECT hex(randomblob(16)) AS h, * FROM referrals WHERE arrived_on IS NOT NULL);
INSERT INTO referral_events (uid, referral_id, status, happened_on, note, recorded_by, created_at, updated_at)
    SELECT lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' ||
                 substr('89ab', 1 + (abs(random()) % 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12)),
           id, status, closed_on, notes, NULL, updated_at, updated_at
    FROM (SELECT hex(randomblob(16)) AS h, * FROM referrals
          WHERE status IN ('completed', 'cancelled') AND closed_on IS NOT NULL);

CREATE TABLE counselling (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    child_id       INTEGER NOT NULL REFERENCES children(id),
    counselled_on  TEXT NOT NULL,
    topic          TEXT NOT NULL CHECK (length(trim(topic)) > 0), -- a topic code of the rules file
    counselled_by  TEXT,
    notes          TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted_at     TEXT
);
CREATE INDEX counselling_child ON counselling(child_id, counselled_on);
CREATE INDEX counselling_date ON counselling(counselled_on) WHERE deleted_at IS NULL;
