#include "records/import/csvimporter.h"

#include "records/bulkscope.h"
#include "records/import/importcolumns.h"
#include "records/import/importreader.h"
#include "records/import/importrowparser.h"
#include "records/import/importsession.h"
#include "records/import/rejectswriter.h"
#include "records/outputguard.h"
#include "store/transaction.h"

#include "csv/csvreader.h"

#include <QCoreApplication>

#include <filesystem>

namespace tumbuh::records {
namespace {

Error importError(ErrorCode code, const QString& message)
{
    return Error{code, {}, message, {}, {}};
}

QString readError(const csv::CsvReader& reader)
{
    return QString::fromStdString(reader.errorMessage());
}

} // namespace

CsvImporter::CsvImporter(Database& db, ImportOptions options) : db_(db), options_(std::move(options)) { }

Result<ImportReport> CsvImporter::run(const QString& csvPath)
{
    if (auto w = db_.checkWritable(); !w)
        return w.error();
    csv::CsvReader reader{std::filesystem::path(csvPath.toStdU16String())};
    if (!reader.next()) {
        if (reader.error() != csv::ReadError::None)
            return importError(ErrorCode::CannotOpen, readError(reader));
        return importError(ErrorCode::InvalidFormat,
                           QCoreApplication::translate("tumbuh::records", "The file %1 is empty: it has no header line.").arg(csvPath));
    }
    QStringList header;
    for (const std::string_view h : reader.fields())
        header << QString::fromUtf8(h.data(), static_cast<qsizetype>(h.size())).trimmed();
    auto columns = ImportColumns::detect(header, options_.mapping);
    if (!columns)
        return columns.error();

    ImportReport report;
    report.layout = columns->layout();
    report.columns = columns->describe(header);
    report.ignoredColumns = columns->ignored();

    std::unique_ptr<RejectsWriter> rejects;
    if (!options_.rejectsPath.isEmpty()) {
        // Never over the database nor the file being imported (a dry run
        // would leave only its rejected rows).
        OutputGuard guard;
        guard.protectDatabase(db_.path());
        guard.protectInput(csvPath);
        guard.protectEveryDatabase();
        if (auto free = guard.claim(options_.rejectsPath); !free)
            return free.error();
        auto opened = RejectsWriter::open(options_.rejectsPath, header, reader.separator());
        if (!opened)
            return opened.error();
        rejects = std::move(*opened);
    }

    const BulkScope bulk(db_);
    auto tx = Transaction::begin(db_);
    if (!tx)
        return tx.error();
    auto session = ImportSession::start(db_, options_, columns->layout(), report);
    if (!session)
        return session.error();
    const ImportRowParser parser(*columns, header);
    ImportReader rows(reader, parser);
    ImportReader::Row r;
    while (rows.next(r)) {
        ++report.rows;
        std::optional<ImportProblem> problem;
        if (*r.failure) {
            problem = parser.describe(**r.failure);
        } else {
            auto processed = (*session)->process(*r.row);
            if (!processed)
                return processed.error(); // the transaction rolls back
            problem = std::move(*processed);
        }
        if (problem) {
            ImportIssue issue{r.line, problem->field, std::move(problem->text)};
            if (rejects)
                rejects->write(r.cells, issue);
            ++report.rejectedRows;
            if (report.rejected.size() < ImportReport::kMaxListed)
                report.rejected.push_back(std::move(issue));
        }
        if (options_.progress && report.rows % 10000 == 0 && !options_.progress(report.rows)) {
            return importError(ErrorCode::Sql,
                               QCoreApplication::translate("tumbuh::records", "The import was cancelled; nothing was saved."));
        }
    }
    if (rows.error() != csv::ReadError::None)
        return importError(ErrorCode::InvalidFormat, rows.errorMessage());
    const bool commit = !options_.dryRun && !(options_.allOrNothing && report.rejectedRows > 0);
    if (auto f = (*session)->finish(csvPath, commit); !f)
        return f.error();
    if (rejects) {
        if (auto c = rejects->close(); !c)
            return c.error();
    }
    if (!commit) {
        tx->rollback();
        report.committed = false;
        return report;
    }
    if (auto c = tx->commit(); !c)
        return c.error();
    report.committed = true;
    return report;
}

} // namespace tumbuh::records
