#include "records/referralexporter.h"

#include "records/outputfile.h"
#include "records/outputguard.h"
#include "records/spreadsheettext.h"
#include "store/referralworkflow.h"
#include "store/sqlutil.h"
#include "store/storagecodes.h"

#include "csv/csvwriter.h"

#include <QCoreApplication>
#include <QFile>

#include <array>
#include <filesystem>
#include <unordered_set>

namespace tumbuh::records {
namespace {

constexpr std::array kHeader{"referral_uid", "child_uid", "child_name", "posyandu", "for_household",
                             "referred_on", "reasons", "destination", "consent", "status",
                             "follow_up_on", "days_overdue", "last_note"};

void text(csv::CsvWriter& w, const QString& value)
{
    w.field(spreadsheettext::neutralised(value.toStdString()));
}

void date(csv::CsvWriter& w, const QDate& d)
{
    if (d.isValid())
        w.plainField(d.toString(Qt::ISODate).toStdString());
    else
        w.emptyField();
}

} // namespace

Result<qint64> ReferralExporter::write(const QString& path, const ReferralExportOptions& options, NamedPolicy& policy)
{
    auto listed = ReferralWorkflow(db_).list(options.asOf, options.overdueOnly, options.posyandu);
    if (!listed)
        return listed.error();
    OutputGuard guard;
    guard.protectDatabase(db_.path());
    guard.protectEveryDatabase();
    if (auto free = guard.claim(path); !free)
        return free.error();
    OutputFile output(path);
    if (auto created = output.create(); !created)
        return created.error();
    const QString part = output.temporaryPath();
    const auto cannotWrite = [&] {
        QFile::remove(part);
        return Error{ErrorCode::CannotOpen, {}, QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written.").arg(path), {}, {}};
    };
    qint64 written = 0;
    std::unordered_set<RowId> leftOutChildren;
    {
        csv::CsvWriter w{std::filesystem::path(part.toStdU16String())};
        if (!w.isOpen())
            return cannotWrite();
        for (const char* h : kHeader)
            w.plainField(h);
        w.endRecord();
        for (const ReferralListRow& row : *listed) {
            const Referral& r = row.referral;
            if (!policy.allows(r.childId)) {
                leftOutChildren.insert(r.childId);
                continue;
            }
            ++written;
            const bool secret = isConfidential(r);
            w.plainField(sql::uidText(r.meta.uid).toStdString());
            w.plainField(sql::uidText(row.childUid).toStdString());
            text(w, row.childName);
            text(w, row.posyanduName);
            w.plainField(r.forHousehold ? "1" : "0");
            date(w, r.referredOn);
            text(w, secret ? QStringLiteral("rahasia") : r.reasons.join(QLatin1Char(';')));
            text(w, r.destination);
            if (r.consent)
                w.plainField(*r.consent ? "1" : "0");
            else
                w.emptyField();
            w.plainField(codes::referralStatusText(r.status).toStdString());
            date(w, r.followUpOn);
            w.plainField(std::to_string(daysOverdue(r, options.asOf)));
            if (secret)
                w.emptyField();
            else
                text(w, row.lastNote);
            w.endRecord();
        }
        policy.addLeftOut(static_cast<int>(leftOutChildren.size()));
        if (const QString note = policy.note(); !note.isEmpty())
            w.rawRecords("# " + note.simplified().toStdString() + "\n");
        if (!w.close())
            return cannotWrite();
    }
    if (auto moved = output.commit(); !moved)
        return moved.error();
    return written;
}

} // namespace tumbuh::records
