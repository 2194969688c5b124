#include "records/csvexporter.h"

#include "records/nativestatement.h"
#include "records/outputfile.h"
#include "records/outputguard.h"
#include "records/spreadsheettext.h"
#include "store/sqlutil.h"

#include "csv/csvwriter.h"

#include <QCoreApplication>
#include <QFile>

#include <array>
#include <filesystem>
#include <string>
#include <unordered_set>

namespace tumbuh::records {
namespace {

constexpr std::array kChildHeader{"child_uid", "nik", "name", "sex", "birth_date",
                                  "birth_date_approximate", "birth_weight_kg", "birth_length_cm", "mother_name",
                                  "father_name", "household_uid", "address", "rt", "rw",
                                  "kelurahan", "posyandu_uid", "posyandu", "status", "status_date",
                                  "has_kia", "notes"};
constexpr std::array kMeasurementHeader{"child_uid", "nik", "name", "sex", "birth_date",
                                        "posyandu_uid", "posyandu", "measurement_uid", "measured_on",
                                        "weight_kg", "length_cm", "position", "head_cm", "muac_cm",
                                        "oedema", "measured_by", "notes"};

const char* const kChildSql = "SELECT c.uid, c.nik, c.name, c.sex, c.birth_date, c.birth_date_approximate, c.birth_weight_g, "
                              "c.birth_length_mm, c.mother_name, h.father_name, h.uid, h.address, h.rt, h.rw, h.kelurahan, p.uid, p.name, "
                              "c.status, c.status_date, c.notes, c.has_kia, c.id "
                              "FROM children c JOIN posyandu p ON p.id = c.posyandu_id "
                              "LEFT JOIN households h ON h.id = c.household_id AND h.deleted_at IS NULL "
                              "WHERE c.deleted_at IS NULL ORDER BY c.id";
const char* const kMeasurementSql = "SELECT c.uid, c.nik, c.name, c.sex, c.birth_date, p.uid, p.name, m.uid, m.measured_on, m.weight_g, "
                                    "m.length_mm, m.length_position, m.head_mm, m.muac_mm, m.oedema, (SELECT w.name FROM measurers w WHERE w.id = m.measurer_id), m.notes, c.id "
                                    "FROM measurements m JOIN children c ON c.id = m.child_id JOIN posyandu p ON p.id = m.posyandu_id "
                                    "WHERE m.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY m.id";

// An integer amount of grams or millimetres in kilograms or centimetres:
// exact, without trailing zeros ("8.25", "85.3", "12").
void scaled(csv::CsvWriter& w, const NativeStatement& s, int column, int decimals)
{
    if (s.isNull(column)) {
        w.emptyField();
        return;
    }
    const std::int64_t v = s.int64(column);
    const std::int64_t unit = decimals == 3 ? 1000 : 10;
    std::string text = std::to_string(v / unit);
    std::string fraction = std::to_string(v % unit);
    fraction.insert(0, static_cast<std::size_t>(decimals) - fraction.size(), '0');
    while (!fraction.empty() && fraction.back() == '0')
        fraction.pop_back();
    if (!fraction.empty())
        text += '.' + fraction;
    w.plainField(text);
}

// Text as a spreadsheet must show it (spreadsheettext.h): never a formula.
void text(csv::CsvWriter& w, const NativeStatement& s, int column)
{
    w.field(spreadsheettext::neutralised(s.text(column).toStdString()));
}

// A uid, a date: the text they are in the file (lower-case UUID,
// 'YYYY-MM-DD'), from schema 5's blob or day number.
void uid(csv::CsvWriter& w, const NativeStatement& s, int column)
{
    const QUuid u = s.uid(column);
    w.field(u.isNull() ? std::string() : sql::uidText(u).toStdString());
}

void date(csv::CsvWriter& w, const NativeStatement& s, int column)
{
    const QDate d = s.date(column);
    w.field(d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string());
}

// A NIK as the policy shows it (full or masked): 16 digits a spreadsheet
// keeps as text.
void nik(csv::CsvWriter& w, const NativeStatement& s, int column, const NamedPolicy& policy)
{
    w.field(spreadsheettext::digitsAsText(policy.nik(s.text(column)).toStdString()));
}

void sex(csv::CsvWriter& w, const NativeStatement& s, int column)
{
    w.plainField(s.int64(column) == 2 ? "P" : "L");
}

Error exportError(const QString& path)
{
    return Error{ErrorCode::CannotOpen, {}, QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written.").arg(path), {}, {}};
}

} // namespace

Result<qint64> CsvExporter::write(ExportWhat what, const QString& path, NamedPolicy& policy)
{
    const bool children = what == ExportWhat::Children;
    auto s = NativeStatement::prepare(db_, QString::fromLatin1(children ? kChildSql : kMeasurementSql));
    if (!s)
        return s.error();
    OutputGuard guard;
    guard.protectDatabase(db_.path());
    guard.protectEveryDatabase();
    if (auto free = guard.claim(path); !free)
        return free.error();
    OutputFile output(path);
    if (auto created = output.create(); !created)
        return created.error();
    const QString part = output.temporaryPath();
    qint64 rows = 0;
    std::unordered_set<RowId> leftOutChildren; // of the measurements' file
    {
        csv::CsvWriter w{std::filesystem::path(part.toStdU16String())};
        if (!w.isOpen())
            return exportError(path);
        if (children) {
            for (const char* h : kChildHeader)
                w.plainField(h);
        } else {
            for (const char* h : kMeasurementHeader)
                w.plainField(h);
        }
        w.endRecord();
        for (;;) {
            auto r = s->step();
            if (!r) {
                w.close();
                QFile::remove(part);
                return r.error();
            }
            if (!*r)
                break;
            const RowId childId = s->int64(children ? 21 : 17);
            if (children ? !policy.includes(childId) : !policy.allows(childId)) {
                if (!children)
                    leftOutChildren.insert(childId);
                continue;
            }
            ++rows;
            uid(w, *s, 0);
            nik(w, *s, 1, policy);
            text(w, *s, 2);
            sex(w, *s, 3);
            date(w, *s, 4);
            if (children) {
                w.plainField(s->int64(5) != 0 ? "1" : "0");
                scaled(w, *s, 6, 3);
                scaled(w, *s, 7, 1);
                for (int c = 8; c <= 18; ++c) {
                    if (c == 10 || c == 15)
                        uid(w, *s, c); // household, posyandu
                    else if (c == 18)
                        date(w, *s, c); // status_date
                    else
                        text(w, *s, c);
                }
                w.plainField(s->int64(20) != 0 ? "1" : "0");
                text(w, *s, 19);
            } else {
                uid(w, *s, 5); // posyandu
                text(w, *s, 6);
                uid(w, *s, 7); // measurement
                date(w, *s, 8);
                scaled(w, *s, 9, 3);
                scaled(w, *s, 10, 1);
                if (s->isNull(11))
                    w.emptyField();
                else
                    w.plainField(s->int64(11) == 1 ? "lying" : "standing");
                scaled(w, *s, 12, 1);
                scaled(w, *s, 13, 1);
                w.plainField(s->int64(14) != 0 ? "1" : "0");
                text(w, *s, 15);
                text(w, *s, 16);
            }
            w.endRecord();
        }
        policy.addLeftOut(static_cast<int>(leftOutChildren.size()));
        if (const QString note = policy.note(); !note.isEmpty())
            w.rawRecords("# " + note.simplified().toStdString() + "\n");
        if (!w.close()) {
            QFile::remove(part);
            return exportError(path);
        }
    }
    if (auto moved = output.commit(); !moved)
        return moved.error();
    return rows;
}

} // namespace tumbuh::records
