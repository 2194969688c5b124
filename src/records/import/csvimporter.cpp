#include "records/import/csvimporter.h"

#include "records/bulkscope.h"
#include "records/import/foreignkeysoff.h"
#include "records/import/importcolumns.h"
#include "records/import/importreader.h"
#include "records/import/importrowparser.h"
#include "records/import/importsession.h"
#include "records/import/importsource.h"
#include "records/import/rejectswriter.h"
#include "records/outputguard.h"
#include "store/transaction.h"

#include <QCoreApplication>

namespace tumbuh::records {
namespace {

Error importError(ErrorCode code, const QString& message)
{
    return Error{code, {}, message, {}, {}};
}

} // namespace

CsvImporter::CsvImporter(Database& db, ImportOptions options) : db_(db), options_(std::move(options)) { }

Result<ImportReport> CsvImporter::run(const QString& csvPath)
{
    if (auto w = db_.checkWritable(); !w)
        return w.error();
    auto source = ImportSource::open(csvPath, options_.mapping);
    if (!source)
        return source.error();
    const QStringList& header = source->header;
    const ImportColumns* columns = &source->columns;

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
        auto opened = RejectsWriter::open(options_.rejectsPath, header, source->rows->separator());
        if (!opened)
            return opened.error();
        rejects = std::move(*opened);
    }

    const BulkScope bulk(db_);
    // Before the transaction: SQLite changes the setting only outside one.
    const ForeignKeysOff foreignKeys(db_);
    auto tx = Transaction::begin(db_);
    if (!tx)
        return tx.error();
    auto session = ImportSession::start(db_, options_, columns->layout(), report, foreignKeys.off());
    if (!session)
        return session.error();
    const ImportRowParser parser(*columns, header);
    ImportReader rows(*source->rows, parser);
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
    if (rows.failed())
        return importError(ErrorCode::InvalidFormat, rows.errorMessage());
    report.ignoredRows = rows.ignoredRows();
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
