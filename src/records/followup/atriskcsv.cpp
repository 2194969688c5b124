#include "records/followup/atriskcsv.h"

#include "records/outputfile.h"
#include "records/outputguard.h"
#include "records/spreadsheettext.h"
#include "store/storagecodes.h"

#include "csv/csvwriter.h"

#include <QCoreApplication>
#include <QFile>

#include <array>
#include <filesystem>
#include <string>

namespace tumbuh::records {
namespace {

constexpr std::array kHeader{"child_uid", "name", "sex", "birth_date", "posyandu", "measured_on",
                             "reasons", "action", "age_months", "mother", "rt", "rw", "referral_status",
                             "referral_overdue", "counselled"};

void text(csv::CsvWriter& w, const QString& value)
{
    w.field(spreadsheettext::neutralised(value.toStdString()));
}

std::string date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string();
}

Error writeError(const QString& path)
{
    return Error{ErrorCode::CannotOpen, {}, QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written.").arg(path), {}, {}};
}

} // namespace

Result<qint64> AtRiskCsv::write(std::span<const AtRiskChild> rows, const QString& path, const QString& databasePath,
                                NamedPolicy& policy)
{
    OutputGuard guard;
    guard.protectDatabase(databasePath);
    guard.protectEveryDatabase();
    if (auto free = guard.claim(path); !free)
        return free.error();
    OutputFile output(path);
    if (auto created = output.create(); !created)
        return created.error();
    {
        csv::CsvWriter w{std::filesystem::path(output.temporaryPath().toStdU16String())};
        if (!w.isOpen())
            return writeError(path);
        for (const char* h : kHeader)
            w.plainField(h);
        w.endRecord();
        qint64 written = 0;
        for (const AtRiskChild& c : rows) {
            if (!policy.includes(c.childId))
                continue;
            ++written;
            text(w, c.uid);
            text(w, c.name);
            w.plainField(c.sex == growth::Sex::Female ? "P" : "L");
            w.plainField(date(c.birthDate));
            text(w, c.posyanduName);
            w.plainField(date(c.measuredOn));
            w.plainField(c.reasonCodes().toStdString());
            w.plainField(growth::actionText(c.action));
            w.plainField(std::to_string(c.ageMonths));
            text(w, c.motherName);
            text(w, c.rt);
            text(w, c.rw);
            // A confidential (kekerasan) referral never appears in an export
            // (issue 10 point 3): its columns stay empty.
            if (c.referral && !c.referral->confidential) {
                w.plainField(codes::referralStatusText(c.referral->status).toStdString());
                w.plainField(c.referral->overdue ? "1" : "0");
            } else {
                w.emptyField();
                w.emptyField();
            }
            w.plainField(c.counselledThisMonth ? "1" : "0");
            w.endRecord();
        }
        if (const QString note = policy.note(); !note.isEmpty())
            w.rawRecords("# " + note.simplified().toStdString() + "\n");
        if (!w.close())
            return writeError(path);
        if (auto committed = output.commit(); !committed)
            return committed.error();
        return written;
    }
}

} // namespace tumbuh::records
