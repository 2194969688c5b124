#pragma once
#include "records/storenames.h"
// What a CSV import is asked to do and what it did (or, in a dry run, would do).
#include "records/bilingual.h"
#include "records/import/importcolumns.h"
#include "store/rowmeta.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <utility>
#include <vector>

namespace tumbuh::records {

struct ImportOptions {
    // Do everything inside the transaction, then roll it back: the counts
    // and reasons are exactly those of a real import; the database file is
    // left byte for byte as it was.
    bool dryRun = false;
    // Save nothing at all when any row is rejected (otherwise the accepted
    // rows are saved, all in one transaction, and the rejected ones listed).
    bool allOrNothing = false;
    // Where to write the rejected rows (empty = nowhere): the file's own
    // columns, then "baris" (line in the input), "alasan" (Indonesian) and
    // "reason" (English). The importer ignores those three columns, so a
    // corrected rejects file imports as it is.
    QString rejectsPath;
    // Explicit "column header -> canonical field" pairs (ImportFieldNames);
    // other columns are recognised by their headers.
    std::vector<std::pair<QString, QString>> mapping;
    // For files without a posyandu column: the posyandu's name or UID
    // (created when no posyandu has that name).
    QString defaultPosyandu;
    // A row whose NIK finds a child with a different name, birth date and
    // mother's name is refused as a mistyped NIK ("This NIK belongs to
    // another child"); true: it changes that child (the NIK is right and
    // the rest was wrong).
    bool updateByNik = false;
    UserId user = 0;
    // Called every 10,000 rows with the rows read so far; return false to
    // stop (nothing is saved).
    std::function<bool(qint64 rows)> progress;
};

struct ImportCounts {
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
};

struct ImportIssue {
    qint64 line = 0; // "baris": the CSV line (1 = header), the table's row or the sheet's row (rowsource.h)
    QString field;   // canonical field name, or empty
    Bilingual::Text text;
};

struct ImportReport {
    ImportLayout layout = ImportLayout::Combined;
    QStringList columns; // "header -> field" as detected
    QStringList ignoredColumns;
    qint64 rows = 0;        // data rows read (empty rows and totals rows not counted)
    qint64 ignoredRows = 0; // totals rows below the data ("Jumlah", "Total"...), skipped
    ImportCounts children;
    ImportCounts measurements;
    qint64 posyanduAdded = 0;
    qint64 householdsAdded = 0;
    qint64 rejectedRows = 0;
    std::vector<ImportIssue> rejected; // the first kMaxListed; rejectedRows counts all
    qint64 warningCount = 0;
    std::vector<ImportIssue> warnings; // saved, but worth a look (NIK disagreeing...); the first kMaxListed
    bool committed = false;            // false: dry run, or all-or-nothing with rejected rows

    static constexpr std::size_t kMaxListed = 10000;
};

} // namespace tumbuh::records
