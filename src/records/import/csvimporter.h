#pragma once
#include "records/storenames.h"
// CSV import of children, of measurements, or of the combined
// one-row-per-measurement layout that e-PPGBM lists and Tumbuh's own export
// use; the layout and the columns are recognised from the header
// (importfield.h), or named with an explicit mapping.
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

    // An Error only when nothing could be done (file unreadable, columns not
    // recognised, database error); rejected rows are in the report.
    Result<ImportReport> run(const QString& csvPath);

private:
    Database& db_;
    ImportOptions options_;
};

} // namespace tumbuh::records
