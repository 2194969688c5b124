// tumbuh-cli report (its usage is written in the command table, commandtable.cpp)
//
// The month's report (F1/SKDN, nutrition status, referrals, by-name list,
// trend) of one posyandu, several, or every posyandu in the file:
// records/monthly/monthlyloader.h reads the store, report/monthly counts,
// records/monthly/monthlycsv.h writes one CSV file per table into a folder,
// report/monthly/monthlyxlsx.h the workbook, report/monthly/monthlypdf.h the PDF.
#include "cli/clitr.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/recordscommand.h"

#include "store/database.h"
#include "records/monthly/monthlycsv.h"
#include "records/monthly/monthlyloader.h"
#include "records/outputfile.h"
#include "records/outputguard.h"
#include "report/monthly/monthlypdf.h"
#include "report/monthly/monthlyreport.h"
#include "report/monthly/monthlyxlsx.h"

#include <QDate>
#include <QDir>

#include <chrono>

namespace tumbuh::cli {
namespace {

constexpr const char* kDetails = QT_TRANSLATE_NOOP(
    "tumbuh::cli",
    "  The month's report as of its last day: the F1/SKDN table by age group and sex, its ratios, "
    "the nutrition status (Permenkes 2/2020) with prevalences and their 95 % intervals, the "
    "referrals and counselling of the month, the by-name list of the children weighed "
    "(e-PPGBM columns) and the 12-month trend.\n"
    "  --month       YYYY-MM, not in the future\n"
    "  --posyandu    a posyandu's name or UID; give it again for several; none: every posyandu\n"
    "  --format csv  OUT is a folder: skdn.csv, status.csv, flagged.csv, prevalence.csv, ratios.csv, "
    "referrals.csv, trend.csv, daftar-anak.csv (names and NIK only in daftar-anak.csv)\n"
    "  --format xlsx OUT is a workbook: sheets F1 SKDN, Status gizi, Rujukan, Daftar anak, Tren\n"
    "  --format pdf  OUT is an A4 PDF: one page a posyandu can pin to the wall, and for several posyandu a comparison\n"
    "  Exit status: 0 done, 2 failed.");

} // namespace

int runReport(Args args)
{
    // The PDF paints text, which needs a GUI application (offscreen when there is no display).
    RecordsCommand cmd("report", kDetails, {"--db", "--month", "--posyandu", "--format", "-o", "--output"}, {"--full-nik"},
                       QtSession::Kind::Widgets);
    if (const auto done = cmd.start(args))
        return *done;
    const OptionParser& p = cmd.options();
    const auto monthText = p.value("--month");
    const auto format = p.value("--format");
    const auto out = cmd.output();
    if (!cmd.database() || !monthText || !format || !out || !p.positional().isEmpty())
        return cmd.missingArguments();

    const auto month = parseMonthOption(*monthText);
    if (!month)
        return cmd.fail(tr("--month is a month written YYYY-MM, such as 2024-05, not \"%1\".").arg(*monthText));
    const QDate today = QDate::currentDate();
    const auto thisMonth = std::chrono::year{today.year()} / std::chrono::month{static_cast<unsigned>(today.month())};
    if (*month > thisMonth)
        return cmd.fail(tr("The month %1 has not come yet: give this month or an earlier one.").arg(*monthText));

    if (*format != u"csv" && *format != u"xlsx" && *format != u"pdf")
        return cmd.fail(tr("--format is xlsx, csv or pdf, not \"%1\".").arg(*format));

    auto db = cmd.openReadOnly();
    if (!db)
        return kExitFailure;
    if (const auto refused = cmd.require(store::Permission::AggregateReport))
        return *refused;
    // Everyone counts; names only for a role that may see them, of children
    // with consent for reporting, NIKs masked unless --full-nik.
    auto policy = records::NamedPolicy::make(*db, cmd.user(), p.has("--full-nik"));
    if (!policy)
        return cmd.fail(policy.error().message);
    auto input = records::MonthlyLoader(*db, *policy).load(*month, p.values("--posyandu"));
    if (!input)
        return cmd.fail(input.error().message);
    const report::MonthlyReport report = report::computeMonthlyReport(*input);

    records::OutputGuard guard;
    guard.protectDatabase(db->path());
    guard.protectEveryDatabase();
    if (*format == u"csv") {
        auto written = records::MonthlyCsv::write(report, *out, guard);
        if (!written)
            return cmd.fail(written.error().message);
    } else {
        // One file: written beside its target, then moved over it.
        if (auto free = guard.claim(*out); !free)
            return cmd.fail(free.error().message);
        records::OutputFile file(*out);
        if (auto created = file.create(); !created)
            return cmd.fail(created.error().message);
        QString why;
        const bool ok = *format == u"xlsx" ? report::writeMonthlyXlsx(report, file.temporaryPath(), &why)
                                           : report::writeMonthlyPdf(report, file.temporaryPath(), &why);
        if (!ok)
            return cmd.fail(tr("The report was not written (%1): %2").arg(QDir::toNativeSeparators(*out), why));
        if (auto moved = file.commit(); !moved)
            return cmd.fail(moved.error().message);
    }
    console::say(tr("The report of %1 (%2 posyandu) is written to %3.")
                     .arg(*monthText)
                     .arg(report.posyandu.size())
                     .arg(*out));
    if (const QString note = report::daftarAnakNote(report); !note.isEmpty())
        console::say(note);
    return kExitOk;
}

} // namespace tumbuh::cli
