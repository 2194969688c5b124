#pragma once
#include "records/storenames.h"
// The fields a CSV import can fill, their canonical names (what export
// writes and what an explicit mapping "column=field" names) and the header
// spellings recognised without a mapping: e-PPGBM's Indonesian headers
// ("NIK", "Nama", "JK", "Tgl Lahir", "Tanggal Pengukuran", "Berat", "Tinggi",
// "Cara Ukur", "LiLA"...), other Indonesian spellings, English and
// snake_case names. Headers are compared case- and space-insensitively:
// only letters and digits count ("Tgl Lahir" = "tgl_lahir" = "TGLLAHIR").
#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace tumbuh::records {

enum class ImportField : std::uint8_t {
    // The child (and where the child belongs).
    ChildUid,
    Nik,
    Name,
    Sex,
    BirthDate,
    BirthDateApproximate,
    BirthWeightKg,
    BirthWeightG,
    BirthLengthCm,
    BirthLengthMm,
    MotherName,
    FatherName,
    HouseholdUid,
    Address,
    Rt,
    Rw,
    Kelurahan,
    Kecamatan,
    Kabupaten,
    Province,
    Puskesmas, // the posyandu's puskesmas: in the notes of a posyandu the import creates
    Posyandu,
    PosyanduUid,
    Status,
    StatusDate,
    ChildNotes,
    HasKia, // has a Buku KIA / KMS (yes/no; a new child without the column: yes)
    // One measurement.
    MeasurementUid,
    MeasuredOn,
    WeightKg,
    WeightG,
    LengthCm,
    LengthMm,
    Position,
    HeadCm,
    MuacCm,
    Oedema,
    MeasuredBy,
    Notes,
    // A column that is read but not used (e-PPGBM's z-scores and statuses,
    // which Tumbuh computes itself; a rejects file's reason columns...).
    Ignore,
};
inline constexpr int kImportFieldCount = static_cast<int>(ImportField::Ignore) + 1;

class ImportFieldNames {
public:
    // "weight_kg", "birth_date"...
    static QString canonical(ImportField f);
    static std::optional<ImportField> fromCanonical(const QString& name);
    // Recognises a header without a mapping; nullopt when unknown.
    static std::optional<ImportField> recognise(const QString& header);
    // Lower case, letters and digits only.
    static QString key(const QString& header);
    // The child's fields, and those that say a row holds a measurement.
    static bool isChildField(ImportField f);
    static bool isMeasurementField(ImportField f);
};

} // namespace tumbuh::records
