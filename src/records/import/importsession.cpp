#include "records/import/importsession.h"

#include "store/auditwriter.h"
#include "store/database.h"

#include <QFileInfo>
#include <QJsonObject>

namespace tumbuh::records {

ImportSession::ImportSession(Database& db, const ImportOptions& options, ImportLayout layout, ImportReport& report)
    : context_(db, options, layout), report_(report), places_(context_), children_(context_, places_),
      measurements_(context_, places_, children_)
{
}

Result<std::unique_ptr<ImportSession>> ImportSession::start(Database& db, const ImportOptions& options,
                                                            ImportLayout layout, ImportReport& report,
                                                            bool checkReferences)
{
    std::unique_ptr<ImportSession> s(new ImportSession(db, options, layout, report));
    if (auto p = s->prepare(checkReferences); !p)
        return p.error();
    return s;
}

Result<void> ImportSession::prepare(bool checkReferences)
{
    if (checkReferences) {
        auto references = ReferenceCheck::start(context_.db());
        if (!references)
            return references.error();
        references_ = std::move(*references);
    }
    if (auto c = children_.load(); !c)
        return c;
    if (auto p = places_.load(); !p)
        return p;
    if (auto m = measurements_.prepare(); !m)
        return m;
    if (auto c = children_.prepareInsert(); !c)
        return c;
    context_.stamp();
    return measurements_.setIndexesAside();
}

Result<void> ImportSession::undoRow()
{
    context_.rollbackRow();
    if (auto e = children_.eraseRowAdded(); !e)
        return e;
    if (auto e = places_.eraseRowAdded(); !e)
        return e;
    places_.undoRow();
    return children_.undoRow();
}

void ImportSession::endRow(bool saved)
{
    if (saved) {
        const ImportContext::RowCounts& row = context_.rowCounts();
        report_.posyanduAdded += row.posyandu;
        report_.householdsAdded += row.households;
        report_.measurements.added += row.measurements.added;
        report_.measurements.updated += row.measurements.updated;
        report_.measurements.unchanged += row.measurements.unchanged;
        for (const Warning& w : context_.rowWarnings()) {
            ++report_.warningCount;
            if (report_.warnings.size() < ImportReport::kMaxListed)
                report_.warnings.push_back(ImportIssue{0, w.field, Bilingual::Text{w.message, w.message, true}});
        }
    }
    children_.endRow(saved);
    places_.endRow();
    context_.endRow();
}

Result<std::optional<ImportProblem>> ImportSession::process(const ImportRow& row)
{
    auto fail = [&](Outcome o) -> Outcome {
        if (auto u = undoRow(); !u)
            return u.error();
        endRow(false);
        return o;
    };
    RowId childId = 0;
    Outcome o = children_.childFor(row, childId);
    if (!o || *o)
        return fail(std::move(o));
    if (context_.layout() != ImportLayout::Children) {
        o = measurements_.measurementFor(row, childId);
        if (!o || *o)
            return fail(std::move(o));
    }
    if (auto a = context_.flushAudits(); !a)
        return fail(a.error());
    if (context_.inSavepoint()) {
        if (auto c = context_.commitRow(); !c)
            return fail(c.error());
    }
    endRow(true);
    return std::optional<ImportProblem>();
}

Result<void> ImportSession::finish(const QString& sourceName, bool willCommit)
{
    if (willCommit) {
        if (auto r = measurements_.rebuildIndexes(); !r)
            return r.error();
    }
    children_.countInto(report_.children);
    for (const auto& [table, inserted] : {std::pair{QStringLiteral("children"), children_.inserted()},
                                          std::pair{QStringLiteral("measurements"), measurements_.inserted()}}) {
        if (inserted.count == 0)
            continue;
        QJsonObject summary;
        summary.insert(QStringLiteral("event"), QStringLiteral("csv import"));
        summary.insert(QStringLiteral("source"), QFileInfo(sourceName).fileName());
        summary.insert(QStringLiteral("count"), inserted.count);
        summary.insert(QStringLiteral("first_id"), inserted.first);
        summary.insert(QStringLiteral("last_id"), inserted.last);
        auto a = context_.audit().record(context_.options().user, table, QUuid(), AuditAction::BulkInsert, {}, summary);
        if (!a)
            return a.error();
    }
    if (willCommit && references_) {
        const ReferenceCheck::Edited edited{{QStringLiteral("children"), children_.edited()},
                                            {QStringLiteral("measurements"), measurements_.edited()}};
        if (auto r = references_->verify(context_.db(), edited); !r)
            return r;
    }
    return {};
}

} // namespace tumbuh::records
