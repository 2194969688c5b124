#pragma once
#include "records/storenames.h"
// The posyandu package: one posyandu's data in one file, to carry from a
// posyandu laptop to the puskesmas (or back) and merge by UUID.
//
// Format, version 1: an SQLite database file
//   - with Tumbuh's own schema (all migrations, PRAGMA user_version = the
//     schema version of the program that wrote it), in rollback-journal
//     mode (one self-contained file);
//   - PRAGMA application_id = 0x54504B47 ('TPKG') instead of Tumbuh's 'TUMB',
//     so that the program never opens a package as a working database;
//   - rows copied verbatim (ids, uids, created_at, updated_at, deleted_at),
//     soft-deleted rows included so that deletions travel:
//       posyandu:     the posyandu, and any other posyandu the rows below
//                     refer to (where a measurement was taken, a family's);
//       households:   those of the posyandu and those of its children;
//       children:     registered at the posyandu (posyandu_id), deleted too;
//       measurements: all of those children's, wherever taken;
//       referrals:    all of those children's;
//       referral_events: all of those referrals' (schema 2 on);
//       counselling:  all of those children's (schema 2 on);
//       consents:     all of those children's statements, deleted too
//                     (schema 3 on; an older package has none);
//     users and audit_log are empty (the audit stays with each database);
//   - a table package_info(key TEXT PRIMARY KEY, value TEXT NOT NULL) with
//     format = "tumbuh-posyandu-package", format_version = "1",
//     schema_version, posyandu_uid, posyandu_name, created_at (UTC ISO),
//     source (the database's file name) and the row count of each table.
// Any SQLite tool can read a package; the program refuses one whose format
// or schema version it does not know. It reads packages of every schema
// version from kOldestSchemaVersion to its own: a column an older schema did
// not have gets the value its migration gives existing rows (has_kia = 1,
// for_household = 0, consent unknown, follow-up = referral date + 14 days),
// and a table it did not have is empty (the merge then writes a version 1
// referral's history from its own dates, as migration 2 does).
//
// Encrypted package (tumbuh-cli package --encrypt; packagecrypto.h): the
// plain package file above, sealed with a passphrase. Layout, format 1:
//   offset  0  9 bytes  magic "TUMBUHENC"
//           9  1 byte   format (1)
//          10 16 bytes  salt (crypto_pwhash_SALTBYTES, random per file)
//          26  8 bytes  Argon2id opslimit, little-endian
//          34  8 bytes  Argon2id memlimit in bytes, little-endian
//          42 24 bytes  crypto_secretstream_xchacha20poly1305 header
//          66 ...       chunks: each the secretstream sealing of 64 KiB of
//                       the plain file (17 bytes longer), the last one
//                       shorter (possibly empty) and tagged TAG_FINAL.
// The key is crypto_pwhash(passphrase as UTF-8, salt, opslimit, memlimit,
// ALG_ARGON2ID13), 32 bytes. Bytes 0-41 are the first chunk's additional
// data, so every byte of the header is authenticated. Reading refuses a
// wrong passphrase or a changed byte (a chunk fails to authenticate), a
// truncated file (the end comes before TAG_FINAL), bytes after TAG_FINAL,
// and a cost outside sane bounds; only a fully authenticated plain package
// is handed to the reader.
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace tumbuh::records {

struct PackageInfo {
    int formatVersion = 0;
    int schemaVersion = 0;
    QUuid posyanduUid;
    QString posyanduName;
    QDateTime createdAt;
    QString source;
    qint64 posyandu = 0;
    qint64 households = 0;
    qint64 children = 0;
    qint64 measurements = 0;
    qint64 referrals = 0;
    qint64 referralEvents = 0;
    qint64 counselling = 0;
    qint64 consents = 0; // 0 in a package of schema 1 or 2
};

namespace package {
inline constexpr int kFormatVersion = 1;
// Packages written by Tumbuh with this schema version or newer (up to the
// program's own) are read.
inline constexpr int kOldestSchemaVersion = 1;
inline constexpr qint64 kApplicationId = 0x54504B47; // 'TPKG'
inline constexpr char kFormatName[] = "tumbuh-posyandu-package";
} // namespace package

} // namespace tumbuh::records
