#pragma once
#include "records/storenames.h"
// CSV export in the columns the importer recognises (canonical field names,
// importfield.h), so that what is exported imports back unchanged:
//
// children:     child_uid, nik, name, sex, birth_date, birth_date_approximate,
//               birth_weight_kg, birth_length_cm, mother_name, father_name,
//               household_uid, address, rt, rw, kelurahan, posyandu_uid,
//               posyandu, status, status_date, has_kia, notes
// measurements: child_uid, nik, name, sex, birth_date, posyandu_uid, posyandu,
//               measurement_uid, measured_on, weight_kg, length_cm, position,
//               head_cm, muac_cm, oedema, measured_by, notes
//
// One row per live child / live measurement (of a live child), ordered by
// id, i.e. in the order they were saved: imported into an empty database and
// exported again, the files are byte-identical. The posyandu of a
// measurement row is where it was taken. Values: sex L/P, dates ISO
// yyyy-mm-dd, kilograms and centimetres with a decimal point and no
// trailing zeros (grams and millimetres exactly), position lying/standing,
// 0/1 for yes/no, status active/moved/deceased; separator ',', UTF-8, LF.
// The file is written under a temporary name and renamed when complete.
//
// By name (issue 12, records/namedpolicy.h): only children the policy
// includes (consent for reporting) and their measurements; NIKs as the
// policy shows them (masked unless full NIKs are allowed and asked). When
// children were left out the last line is "# " + policy.note(), which the
// importer skips, so the file still imports.
#include "records/namedpolicy.h"
#include "store/database.h"
#include "store/result.h"

#include <QString>

namespace tumbuh::records {

enum class ExportWhat { Children,
                        Measurements };

class CsvExporter {
public:
    explicit CsvExporter(Database& db) : db_(db) { }

    // The number of rows written; policy.leftOut() counts the children left
    // out.
    Result<qint64> write(ExportWhat what, const QString& path, NamedPolicy& policy);

private:
    Database& db_;
};

} // namespace tumbuh::records
