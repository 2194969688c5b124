#include "records/audit/auditcsv.h"

#include "csv/csvwriter.h"
#include "records/audit/auditwords.h"
#include "records/outputfile.h"
#include "records/outputguard.h"
#include "records/spreadsheettext.h"
#include "store/database.h"
#include "store/sqlutil.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <array>
#include <filesystem>

namespace tumbuh::records {
namespace {

constexpr std::array kHeader{"waktu_utc", "pengguna", "tabel", "uid_baris", "anak",
                             "tindakan", "perubahan", "before_json", "after_json"};

void text(csv::CsvWriter& w, const QString& value)
{
    w.field(spreadsheettext::neutralised(value.toStdString()));
}

void json(csv::CsvWriter& w, const QJsonObject& o)
{
    if (o.isEmpty())
        w.emptyField();
    else
        w.field(QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString());
}

Error writeError(const QString& path)
{
    return Error{ErrorCode::CannotOpen, {}, QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written.").arg(path), {}, {}};
}

} // namespace

Result<qint64> AuditCsv::write(Database& db, const AuditFilter& filter, const AuditWords& words, const QString& path)
{
    OutputGuard guard;
    guard.protectDatabase(db.path());
    guard.protectEveryDatabase();
    if (auto free = guard.claim(path); !free)
        return free.error();
    OutputFile output(path);
    if (auto created = output.create(); !created)
        return created.error();
    qint64 written = 0;
    {
        csv::CsvWriter w{std::filesystem::path(output.temporaryPath().toStdU16String())};
        if (!w.isOpen())
            return writeError(path);
        for (const char* h : kHeader)
            w.plainField(h);
        w.endRecord();
        AuditQuery query(db, filter);
        auto passed = query.forEach([&](const AuditRow& r) {
            w.plainField(sql::timestampText(r.entry.at).toStdString());
            text(w, r.userName);
            text(w, AuditWords::tableNoun(r.entry.table));
            if (r.entry.rowUid.isNull())
                w.emptyField();
            else
                w.plainField(sql::uidText(r.entry.rowUid).toStdString());
            text(w, r.childName);
            text(w, AuditWords::actionWord(r.entry.action));
            text(w, words.summary(r));
            json(w, words.shown(r.entry, r.entry.before));
            json(w, words.shown(r.entry, r.entry.after));
            w.endRecord();
            return true;
        });
        if (!passed)
            return passed.error();
        written = *passed;
        if (!w.close())
            return writeError(path);
    }
    if (auto committed = output.commit(); !committed)
        return committed.error();
    return written;
}

} // namespace tumbuh::records
