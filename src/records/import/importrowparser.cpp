#include "records/import/importrowparser.h"

#include "records/import/importvalues.h"
#include "records/spreadsheettext.h"

#include "csv/decimal.h"

#include <QCoreApplication>

namespace tumbuh::records {
namespace {

using F = ImportField;

// Notes keep their line breaks; other text is simplified as the
// repositories store it.
QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())).trimmed();
}

// The kinds of unreadable value, worded once. The source strings are marked
// for lupdate here and translated when the message is made.
const char* const kNotDate = QT_TRANSLATE_NOOP("tumbuh::records", "%1: \"%2\" is not a date (dd/mm/yyyy, dd-mm-yyyy or yyyy-mm-dd).");
const char* const kNotNumber = QT_TRANSLATE_NOOP("tumbuh::records", "%1: \"%2\" is not a number.");
const char* const kNotSex = QT_TRANSLATE_NOOP("tumbuh::records", "%1: \"%2\" is not a sex (L/P, laki-laki/perempuan, 1/2 or M/F).");
const char* const kNotPosition = QT_TRANSLATE_NOOP("tumbuh::records", "%1: \"%2\" is not a way of measuring (Terlentang/Berdiri, l/h or lying/standing).");
const char* const kNotYesNo = QT_TRANSLATE_NOOP("tumbuh::records", "%1: \"%2\" is not yes or no (1/0, ya/tidak).");
const char* const kNotStatus = QT_TRANSLATE_NOOP("tumbuh::records", "%1: \"%2\" is not a status (aktif, pindah, meninggal).");
const char* const kNotUuid = QT_TRANSLATE_NOOP("tumbuh::records", "%1: \"%2\" is not a UUID.");

} // namespace

ImportRowParser::ImportRowParser(const ImportColumns& columns, QStringList header)
    : columns_(columns), header_(std::move(header))
{
}

std::string_view ImportRowParser::cell(std::span<const std::string_view> cells, ImportField f) const
{
    const int c = columns_.column(f);
    if (c < 0 || static_cast<std::size_t>(c) >= cells.size())
        return {};
    // A cell written by this program's exports or rejects file as
    // "'=..." is read as "=..." (spreadsheettext.h).
    return spreadsheettext::unmarked(cells[static_cast<std::size_t>(c)]);
}

ImportProblem ImportRowParser::describe(const ParseFailure& failure) const
{
    const QString column = header_.value(columns_.column(failure.field));
    return ImportProblem{ImportFieldNames::canonical(failure.field), Bilingual::both([&] {
                             return QCoreApplication::translate("tumbuh::records", failure.what).arg(column, failure.value);
                         })};
}

bool ImportRowParser::isEmpty(std::span<const std::string_view> cells)
{
    for (const std::string_view c : cells) {
        if (!csv::trimSpaces(c).empty())
            return false;
    }
    return true;
}

bool ImportRowParser::isSummary(std::span<const std::string_view> cells) const
{
    // The cell's letters and digits, lower case, start with a totals word.
    auto totals = [](std::string_view c) {
        static constexpr std::string_view kWords[] = {"jumlah", "total", "subtotal", "grandtotal", "ratarata", "rerata"};
        std::string key;
        for (const char ch : c) {
            if (ch >= 'A' && ch <= 'Z')
                key += static_cast<char>(ch - 'A' + 'a');
            else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
                key += ch;
            if (key.size() > 16)
                break;
        }
        for (const std::string_view w : kWords) {
            if (key.starts_with(w))
                return true;
        }
        return false;
    };
    // No child in it: the UID, NIK and name are blank (or the totals word).
    for (const F f : {F::ChildUid, F::Nik, F::Name}) {
        const std::string_view v = cell(cells, f);
        if (!ImportValues::isBlank(v) && !totals(v))
            return false;
    }
    for (const std::string_view c : cells) {
        if (totals(c))
            return true;
    }
    return false;
}

std::optional<ParseFailure> ImportRowParser::parse(std::span<const std::string_view> cells, ImportRow& row) const
{
    row = ImportRow();
    auto failure = [](F f, std::string_view value, const char* what) {
        return ParseFailure{f, text(value).simplified(), what};
    };
    auto given = [&](F f) {
        const std::string_view v = cell(cells, f);
        return ImportValues::isBlank(v) ? std::string_view() : v;
    };
    // simplified() also trims: text()'s trimmed() would be done twice.
    auto plain = [&](F f) {
        const std::string_view v = given(f);
        return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())).simplified();
    };
    auto uid = [&](F f, QUuid& out) -> std::optional<ParseFailure> {
        const std::string_view v = given(f);
        if (v.empty())
            return std::nullopt;
        out = QUuid::fromString(QLatin1StringView(csv::trimSpaces(v).data(), static_cast<qsizetype>(csv::trimSpaces(v).size())));
        if (out.isNull())
            return failure(f, v, kNotUuid);
        return std::nullopt;
    };
    auto date = [&](F f, QDate& out) -> std::optional<ParseFailure> {
        const std::string_view v = given(f);
        if (v.empty())
            return std::nullopt;
        const auto d = ImportValues::date(v);
        if (!d)
            return failure(f, v, kNotDate);
        out = *d;
        return std::nullopt;
    };
    // A value in a unit: the column named in the larger unit wins if both are there.
    auto amount = [&](F large, int factor, F small, auto& out) -> std::optional<ParseFailure> {
        using Unit = typename std::remove_reference_t<decltype(out)>::value_type;
        for (const auto& [f, k] : {std::pair{large, factor}, std::pair{small, 1}}) {
            if (f == F::Ignore)
                continue;
            const std::string_view v = given(f);
            if (v.empty())
                continue;
            const auto n = ImportValues::scaled(v, k);
            if (!n)
                return failure(f, v, kNotNumber);
            out = Unit{*n};
            return std::nullopt;
        }
        return std::nullopt;
    };
    auto yesNo = [&](F f, std::optional<bool>& out) -> std::optional<ParseFailure> {
        const std::string_view v = given(f);
        if (v.empty())
            return std::nullopt;
        out = ImportValues::yesNo(v);
        if (!out)
            return failure(f, v, kNotYesNo);
        return std::nullopt;
    };

    if (auto p = uid(F::ChildUid, row.childUid))
        return p;
    // A NIK comes with spaces or dots between its groups, or with the
    // apostrophe a spreadsheet puts before digits kept as text.
    {
        const std::string_view v = given(F::Nik);
        std::string nik;
        nik.reserve(v.size());
        for (const char c : v) {
            if (c != ' ' && c != '\t' && c != '.' && c != '-' && c != '\'')
                nik += c;
        }
        row.nik = QString::fromUtf8(nik.data(), static_cast<qsizetype>(nik.size()));
    }
    row.name = plain(F::Name);
    if (const std::string_view v = given(F::Sex); !v.empty()) {
        row.sex = ImportValues::sex(v);
        if (!row.sex)
            return failure(F::Sex, v, kNotSex);
    }
    if (auto p = date(F::BirthDate, row.birthDate))
        return p;
    if (auto p = yesNo(F::BirthDateApproximate, row.birthDateApproximate))
        return p;
    if (auto p = yesNo(F::HasKia, row.hasKia))
        return p;
    if (auto p = amount(F::BirthWeightKg, 1000, F::BirthWeightG, row.birthWeight))
        return p;
    if (auto p = amount(F::BirthLengthCm, 10, F::BirthLengthMm, row.birthLength))
        return p;
    row.motherName = plain(F::MotherName);
    row.fatherName = plain(F::FatherName);
    if (const std::string_view v = given(F::Status); !v.empty()) {
        row.status = ImportValues::status(v);
        if (!row.status)
            return failure(F::Status, v, kNotStatus);
    }
    if (auto p = date(F::StatusDate, row.statusDate))
        return p;
    row.childNotes = text(given(F::ChildNotes));
    if (auto p = uid(F::HouseholdUid, row.householdUid))
        return p;
    row.address = plain(F::Address);
    row.rt = plain(F::Rt);
    row.rw = plain(F::Rw);
    row.kelurahan = plain(F::Kelurahan);
    row.kecamatan = plain(F::Kecamatan);
    row.kabupaten = plain(F::Kabupaten);
    row.province = plain(F::Province);
    row.puskesmas = plain(F::Puskesmas);
    row.posyandu = plain(F::Posyandu);
    if (auto p = uid(F::PosyanduUid, row.posyanduUid))
        return p;

    if (auto p = uid(F::MeasurementUid, row.measurementUid))
        return p;
    if (auto p = date(F::MeasuredOn, row.measuredOn))
        return p;
    if (auto p = amount(F::WeightKg, 1000, F::WeightG, row.weight))
        return p;
    if (auto p = amount(F::LengthCm, 10, F::LengthMm, row.length))
        return p;
    if (const std::string_view v = given(F::Position); !v.empty()) {
        const auto pos = ImportValues::position(v);
        if (!pos)
            return failure(F::Position, v, kNotPosition);
        row.position = *pos;
    }
    if (auto p = amount(F::HeadCm, 10, F::Ignore, row.head))
        return p;
    if (auto p = amount(F::MuacCm, 10, F::Ignore, row.muac))
        return p;
    if (auto p = yesNo(F::Oedema, row.oedema))
        return p;
    row.measuredBy = plain(F::MeasuredBy);
    row.notes = text(given(F::Notes));
    return std::nullopt;
}

} // namespace tumbuh::records
