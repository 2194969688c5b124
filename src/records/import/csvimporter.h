#pragma once
#include "records/storenames.h"
// Import of children, of measurements, or of the combined
// one-row-per-measurement layout that e-PPGBM lists and Tumbuh's own export
// use; the layout and the columns are recognised from the header
// (importfield.h), or named with an explicit mapping.
//
// The file: a CSV, an e-PPGBM ".xls" (a web page with a table; also .htm,
// .html) or an .xlsx workbook, told apart by its content, not its name
// (importsource.h). In a table or a sheet the header may sit below a title
// block (the first of the first 30 rows that is a header); a totals row
// below the data ("Jumlah", "Total"... without a child) is skipped and
// counted in ImportReport::ignoredRows; empty rows are skipped. "baris" in
// the report and the rejects file is the CSV line, the table's row or the
// sheet's row (rowsource.h). The rejects file is a CSV whatever the input.
//
// Values: decimal comma or point; dates dd/mm/yyyy, dd-mm-yyyy or ISO; JK
// L/P, 1/2, M/F; Cara Ukur Terlentang/Berdiri, l/h, lying/standing
// (importvalues.h). Each row is checked by the repositories' validation (one
// set of rules for the forms and the import); a row that fails is rejected
// with its reason, in Indonesian and English, and nothing of it is saved.
//
// Children are matched by UID, then NIK, then name + birth date + mother's
// name (childmatcher.h); a measurement is the same as a stored one with its
// UID or, without one, of the same child on the same day. A matched row
// updates what it says differently (a blank cell never erases), or changes
// nothing.
//
// All of it runs in ONE transaction: the accepted rows are committed all at
// once, or nothing is (allOrNothing with a rejected row, a dry run, an
// error, a process killed half-way: the database stays as it was).
#include "store/database.h"
#include "records/import/importreport.h"
#include "store/result.h"

#include <QString>

namespace tumbuh::records {

class CsvImporter {
public:
    CsvImporter(Database& db, ImportOptions options);

    // An Error only when nothing could be done (file unreadable or refused,
    // columns not recognised, database error): then nothing was written.
    // Rejected rows are in the report. (The name stays from when it read
    // CSV only; the program's import dialog and tumbuh-cli call it.)
    Result<ImportReport> run(const QString& csvPath);

private:
    Database& db_;
    ImportOptions options_;
};

} // namespace tumbuh::records
