#include "records/import/importfield.h"

#include <QHash>

#include <array>
#include <utility>

namespace tumbuh::records {
namespace {

using F = ImportField;

constexpr std::array<std::string_view, kImportFieldCount> kCanonical{
    "child_uid",
    "nik",
    "name",
    "sex",
    "birth_date",
    "birth_date_approximate",
    "birth_weight_kg",
    "birth_weight_g",
    "birth_length_cm",
    "birth_length_mm",
    "mother_name",
    "father_name",
    "household_uid",
    "address",
    "rt",
    "rw",
    "kelurahan",
    "kecamatan",
    "kabupaten",
    "province",
    "puskesmas",
    "posyandu",
    "posyandu_uid",
    "status",
    "status_date",
    "child_notes",
    "has_kia",
    "measurement_uid",
    "measured_on",
    "weight_kg",
    "weight_g",
    "length_cm",
    "length_mm",
    "position",
    "head_cm",
    "muac_cm",
    "oedema",
    "measured_by",
    "notes",
    "ignore",
};

// Header spellings, as keys (letters and digits, lower case). The canonical
// names are added to these automatically.
const std::pair<const char*, F> kSynonyms[] = {
    {"uid", F::ChildUid},
    {"idanak", F::ChildUid},
    {"uidanak", F::ChildUid},
    {"nikanak", F::Nik},
    {"nikbalita", F::Nik},
    {"nama", F::Name},
    {"namaanak", F::Name},
    {"namabalita", F::Name},
    {"childname", F::Name},
    {"namalengkap", F::Name},
    {"jk", F::Sex},
    {"jeniskelamin", F::Sex},
    {"gender", F::Sex},
    {"kelamin", F::Sex},
    {"lp", F::Sex},
    {"tgllahir", F::BirthDate},
    {"tanggallahir", F::BirthDate},
    {"dob", F::BirthDate},
    {"dateofbirth", F::BirthDate},
    {"tgllhr", F::BirthDate},
    {"tanggallahiranak", F::BirthDate},
    {"bukukia", F::HasKia},
    {"punyabukukia", F::HasKia},
    {"punyabukukiakms", F::HasKia},
    {"bukukiakms", F::HasKia},
    {"kiakms", F::HasKia},
    {"haskiabook", F::HasKia},
    {"tgllahirperkiraan", F::BirthDateApproximate},
    {"perkiraantgllahir", F::BirthDateApproximate},
    {"tanggallahirperkiraan", F::BirthDateApproximate},
    {"approximatebirthdate", F::BirthDateApproximate},
    {"bblahir", F::BirthWeightKg},
    {"beratlahir", F::BirthWeightKg},
    {"birthweight", F::BirthWeightKg},
    {"bblahirkg", F::BirthWeightKg},
    {"beratbadanlahir", F::BirthWeightKg},
    {"beratlahirkg", F::BirthWeightKg},
    {"bblahirgram", F::BirthWeightG},
    {"beratlahirgram", F::BirthWeightG},
    {"tblahir", F::BirthLengthCm},
    {"pblahir", F::BirthLengthCm},
    {"panjanglahir", F::BirthLengthCm},
    {"birthlength", F::BirthLengthCm},
    {"panjangbadanlahir", F::BirthLengthCm},
    {"tblahircm", F::BirthLengthCm},
    {"pblahircm", F::BirthLengthCm},
    {"namaortu", F::MotherName},
    {"namaibu", F::MotherName},
    {"mother", F::MotherName},
    {"ibu", F::MotherName},
    {"namaibukandung", F::MotherName},
    {"namaorangtua", F::MotherName},
    {"namaayah", F::FatherName},
    {"father", F::FatherName},
    {"ayah", F::FatherName},
    {"alamat", F::Address},
    {"desakel", F::Kelurahan},
    {"desa", F::Kelurahan},
    {"kel", F::Kelurahan},
    {"desakelurahan", F::Kelurahan},
    {"kelurahandesa", F::Kelurahan},
    {"village", F::Kelurahan},
    {"kec", F::Kecamatan},
    {"district", F::Kecamatan},
    {"subdistrict", F::Kecamatan},
    {"kabkota", F::Kabupaten},
    {"kota", F::Kabupaten},
    {"kabupatenkota", F::Kabupaten},
    {"regency", F::Kabupaten},
    {"city", F::Kabupaten},
    {"prov", F::Province},
    {"provinsi", F::Province},
    {"namaposyandu", F::Posyandu},
    {"posyanduname", F::Posyandu},
    {"statusanak", F::Status},
    {"tglstatus", F::StatusDate},
    {"tanggalstatus", F::StatusDate},
    {"catatananak", F::ChildNotes},
    {"keterangananak", F::ChildNotes},
    {"tanggalpengukuran", F::MeasuredOn},
    {"tglpengukuran", F::MeasuredOn},
    {"tglukur", F::MeasuredOn},
    {"tanggalukur", F::MeasuredOn},
    {"measurementdate", F::MeasuredOn},
    {"tanggal", F::MeasuredOn},
    {"tgl", F::MeasuredOn},
    {"date", F::MeasuredOn},
    {"tanggalpenimbangan", F::MeasuredOn},
    {"tglpenimbangan", F::MeasuredOn},
    {"tglkunjungan", F::MeasuredOn},
    {"berat", F::WeightKg},
    {"bb", F::WeightKg},
    {"beratbadan", F::WeightKg},
    {"weight", F::WeightKg},
    {"bbkg", F::WeightKg},
    {"beratkg", F::WeightKg},
    {"beratbadankg", F::WeightKg},
    {"beratgram", F::WeightG},
    {"bbgram", F::WeightG},
    {"tinggi", F::LengthCm},
    {"tb", F::LengthCm},
    {"pb", F::LengthCm},
    {"panjang", F::LengthCm},
    {"length", F::LengthCm},
    {"height", F::LengthCm},
    {"heightcm", F::LengthCm},
    {"lenhei", F::LengthCm},
    {"tinggibadan", F::LengthCm},
    {"panjangbadan", F::LengthCm},
    {"tbpb", F::LengthCm},
    {"pbtb", F::LengthCm},
    {"tinggicm", F::LengthCm},
    {"tbcm", F::LengthCm},
    {"pbcm", F::LengthCm},
    {"caraukur", F::Position},
    {"measure", F::Position},
    {"posisi", F::Position},
    {"posisiukur", F::Position},
    {"lingkarkepala", F::HeadCm},
    {"lk", F::HeadCm},
    {"head", F::HeadCm},
    {"headc", F::HeadCm},
    {"headcircumference", F::HeadCm},
    {"lkcm", F::HeadCm},
    {"lila", F::MuacCm},
    {"muac", F::MuacCm},
    {"armc", F::MuacCm},
    {"lingkarlengan", F::MuacCm},
    {"lingkarlenganatas", F::MuacCm},
    {"lilacm", F::MuacCm},
    {"edema", F::Oedema},
    {"edemabilateral", F::Oedema},
    {"petugas", F::MeasuredBy},
    {"pengukur", F::MeasuredBy},
    {"kader", F::MeasuredBy},
    {"namakader", F::MeasuredBy},
    {"catatan", F::Notes},
    {"keterangan", F::Notes},
    // e-PPGBM's derived and service columns: Tumbuh computes statuses itself.
    {"usiasaatukur", F::Ignore},
    {"bulanpengukuran", F::Ignore},
    {"bbu", F::Ignore},
    {"zsbbu", F::Ignore},
    {"tbu", F::Ignore},
    {"zstbu", F::Ignore},
    {"pbu", F::Ignore},
    {"zspbu", F::Ignore},
    {"bbtb", F::Ignore},
    {"zsbbtb", F::Ignore},
    {"bbpb", F::Ignore},
    {"zsbbpb", F::Ignore},
    {"naikberatbadan", F::Ignore},
    {"pmtditerimakg", F::Ignore},
    {"jmlvita", F::Ignore},
    {"kpsp", F::Ignore},
    {"kia", F::Ignore},
    {"kelasibubalita", F::Ignore},
    {"mbg", F::Ignore},
    {"detail", F::Ignore},
    {"pukesmas", F::Puskesmas},
    {"namapuskesmas", F::Puskesmas},
    {"no", F::Ignore},
    {"nomor", F::Ignore},
    // The columns a rejects file adds, so that a corrected one imports as it is.
    {"baris", F::Ignore},
    {"alasan", F::Ignore},
    {"reason", F::Ignore},
};

QString latin(std::string_view s)
{
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

const QHash<QString, F>& table()
{
    static const QHash<QString, F> t = [] {
        QHash<QString, F> h;
        for (int i = 0; i < kImportFieldCount; ++i) {
            const auto f = static_cast<F>(i);
            if (f != F::Ignore)
                h.insert(ImportFieldNames::key(latin(kCanonical[static_cast<std::size_t>(i)])), f);
        }
        for (const auto& [key, f] : kSynonyms)
            h.insert(QString::fromLatin1(key), f);
        return h;
    }();
    return t;
}

} // namespace

QString ImportFieldNames::canonical(ImportField f)
{
    return latin(kCanonical[static_cast<std::size_t>(f)]);
}

std::optional<ImportField> ImportFieldNames::fromCanonical(const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    for (int i = 0; i < kImportFieldCount; ++i) {
        if (latin(kCanonical[static_cast<std::size_t>(i)]) == wanted)
            return static_cast<F>(i);
    }
    return std::nullopt;
}

QString ImportFieldNames::key(const QString& header)
{
    QString k;
    k.reserve(header.size());
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            k += c.toLower();
    }
    return k;
}

std::optional<ImportField> ImportFieldNames::recognise(const QString& header)
{
    const auto& t = table();
    const auto it = t.constFind(key(header));
    if (it == t.constEnd())
        return std::nullopt;
    return *it;
}

bool ImportFieldNames::isChildField(ImportField f)
{
    return f < F::MeasurementUid;
}

bool ImportFieldNames::isMeasurementField(ImportField f)
{
    return f >= F::MeasurementUid && f != F::Ignore;
}

} // namespace tumbuh::records
