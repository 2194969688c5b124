#include "records/audit/auditquery.h"

#include "store/database.h"
#include "store/sqlutil.h"
#include "store/storagecodes.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QTime>

#include <utility>

namespace tumbuh::records {
namespace {

QJsonObject jsonFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

// The rows that belong to one child, each table with its own rows (so that
// audit_log_row, on (table_name, row_uid), finds them).
const QString kChildRows = QStringLiteral(
    "((a.table_name = 'children' AND a.row_uid IN (SELECT uid FROM children WHERE id = ?))"
    " OR (a.table_name = 'measurements' AND a.row_uid IN (SELECT uid FROM measurements WHERE child_id = ?))"
    " OR (a.table_name = 'referrals' AND a.row_uid IN (SELECT uid FROM referrals WHERE child_id = ?))"
    " OR (a.table_name = 'referral_events' AND a.row_uid IN (SELECT e.uid FROM referral_events e"
    " JOIN referrals r ON r.id = e.referral_id WHERE r.child_id = ?))"
    " OR (a.table_name = 'counselling' AND a.row_uid IN (SELECT uid FROM counselling WHERE child_id = ?))"
    " OR (a.table_name = 'consents' AND a.row_uid IN (SELECT uid FROM consents WHERE child_id = ?))"
    " OR (a.table_name = 'households' AND a.row_uid IN (SELECT h.uid FROM households h"
    " JOIN children c ON c.household_id = h.id WHERE c.id = ?)))");

constexpr int kChildTables = 7; // the parameters of kChildRows

// Which child a row of `table` belongs to: (id, name) by the row's uid.
QString childOfRow(const QString& table)
{
    if (table == u"children")
        return QStringLiteral("SELECT id, name FROM children WHERE uid = ?");
    if (table == u"measurements" || table == u"referrals" || table == u"counselling" || table == u"consents")
        return QStringLiteral("SELECT c.id, c.name FROM %1 x JOIN children c ON c.id = x.child_id WHERE x.uid = ?")
            .arg(table);
    if (table == u"referral_events")
        return QStringLiteral("SELECT c.id, c.name FROM referral_events e JOIN referrals r ON r.id = e.referral_id"
                              " JOIN children c ON c.id = r.child_id WHERE e.uid = ?");
    if (table == u"households")
        return QStringLiteral("SELECT NULL, group_concat(name, ', ') FROM (SELECT c.name FROM children c"
                              " JOIN households h ON h.id = c.household_id WHERE h.uid = ? AND c.deleted_at IS NULL"
                              " ORDER BY c.name)");
    return {};
}

} // namespace

AuditQuery::AuditQuery(Database& db, AuditFilter filter) : db_(db), filter_(std::move(filter)) { }

QVariant AuditQuery::fromBound(const QDate& from)
{
    return sql::timestampValue(QDateTime(from, QTime(0, 0)));
}

QVariant AuditQuery::toBound(const QDate& to)
{
    return sql::timestampValue(QDateTime(to.addDays(1), QTime(0, 0)));
}

QString AuditQuery::statement(bool afterFirstPage) const
{
    QStringList where;
    if (filter_.childId)
        where << kChildRows;
    if (filter_.who == AuditFilter::Who::User)
        where << QStringLiteral("a.user_id = ?");
    else if (filter_.who == AuditFilter::Who::Program)
        where << QStringLiteral("a.user_id IS NULL");
    // Unary + keeps the planner off audit_log_row: the time order is walked
    // instead, and no page has to sort a whole table's rows.
    if (!filter_.table.isEmpty())
        where << QStringLiteral("+a.table_name = ?");
    if (filter_.from.isValid())
        where << QStringLiteral("a.created_at >= ?");
    if (filter_.to.isValid())
        where << QStringLiteral("a.created_at < ?");
    if (afterFirstPage) {
        // The first term bounds the index walk; the second breaks a tie.
        where << QStringLiteral("a.created_at <= ? AND (a.created_at < ? OR a.id < ?)");
    }
    QString sqlText = QStringLiteral(
        "SELECT a.id, a.uid, a.created_at, a.user_id, a.table_name, a.row_uid, a.action, a.before_json,"
        " a.after_json, a.redacted, u.name FROM audit_log a LEFT JOIN users u ON u.id = a.user_id");
    if (!where.isEmpty())
        sqlText += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sqlText += QStringLiteral(" ORDER BY a.created_at DESC, a.id DESC LIMIT ?");
    return sqlText;
}

QVariantList AuditQuery::values(bool afterFirstPage) const
{
    QVariantList v;
    if (filter_.childId)
        for (int i = 0; i < kChildTables; ++i)
            v << static_cast<qlonglong>(*filter_.childId);
    if (filter_.who == AuditFilter::Who::User)
        v << static_cast<qlonglong>(filter_.userId);
    if (!filter_.table.isEmpty())
        v << filter_.table;
    if (filter_.from.isValid())
        v << fromBound(filter_.from);
    if (filter_.to.isValid())
        v << toBound(filter_.to);
    if (afterFirstPage)
        v << lastAt_ << lastAt_ << static_cast<qlonglong>(lastId_);
    return v;
}

void AuditQuery::restart()
{
    started_ = false;
    atEnd_ = false;
    lastAt_.clear();
    lastId_ = 0;
}

Result<std::vector<AuditRow>> AuditQuery::nextPage(int limit)
{
    std::vector<AuditRow> rows;
    if (atEnd_ || limit <= 0)
        return rows;
    QVariantList v = values(started_);
    v << limit;
    auto q = sql::exec(db_, statement(started_), v);
    if (!q)
        return q.error();
    {
        sql::Finisher done(*q);
        QSqlQuery& s = **q;
        rows.reserve(static_cast<std::size_t>(limit));
        while (s.next()) {
            AuditRow r;
            AuditEntry& e = r.entry;
            e.id = s.value(0).toLongLong();
            e.uid = sql::uidFrom(s.value(1));
            e.at = sql::timestampFrom(s.value(2));
            e.userId = sql::optionalId(s.value(3));
            e.table = s.value(4).toString();
            e.rowUid = sql::uidFrom(s.value(5));
            e.action = codes::auditActionFrom(s.value(6).toString()).value_or(AuditAction::Update);
            e.before = jsonFrom(s.value(7));
            e.after = jsonFrom(s.value(8));
            r.redacted = s.value(9).toInt() == 1;
            r.userName = s.value(10).toString();
            lastAt_ = s.value(2);
            lastId_ = e.id;
            rows.push_back(std::move(r));
        }
    }
    started_ = true;
    if (std::ssize(rows) < limit)
        atEnd_ = true;
    if (auto named = nameChildren(rows); !named)
        return named.error();
    return rows;
}

Result<void> AuditQuery::nameChildren(std::vector<AuditRow>& rows) const
{
    // A page names each row once; a child edited twenty times is looked up once.
    QHash<QString, std::pair<std::optional<RowId>, QString>> seen;
    for (AuditRow& r : rows) {
        if (r.entry.rowUid.isNull())
            continue;
        const QString sqlText = childOfRow(r.entry.table);
        if (sqlText.isEmpty())
            continue;
        const QString uid = sql::uidText(r.entry.rowUid);
        const QString key = r.entry.table + QLatin1Char('/') + uid;
        auto found = seen.constFind(key);
        if (found == seen.constEnd()) {
            auto q = sql::exec(db_, sqlText, {sql::uidValue(r.entry.rowUid)});
            if (!q)
                return q.error();
            sql::Finisher done(*q);
            std::pair<std::optional<RowId>, QString> child;
            if ((*q)->next())
                child = {sql::optionalId((*q)->value(0)), (*q)->value(1).toString()};
            found = seen.insert(key, child);
        }
        r.childId = found->first;
        r.childName = found->second;
    }
    return {};
}

Result<std::vector<AuditChildChoice>> AuditQuery::childrenNamed(Database& db, const QString& text, int limit)
{
    QString pattern = text.trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    auto q = sql::exec(db,
                       QStringLiteral("SELECT id, name, birth_date FROM children WHERE name LIKE ? ESCAPE '\\'"
                                      " ORDER BY name COLLATE NOCASE, id LIMIT ?"),
                       {QStringLiteral("%") + pattern + QStringLiteral("%"), limit});
    if (!q)
        return q.error();
    sql::Finisher done(*q);
    std::vector<AuditChildChoice> out;
    while ((*q)->next())
        out.push_back({(*q)->value(0).toLongLong(), (*q)->value(1).toString(), sql::dateFrom((*q)->value(2))});
    return out;
}

Result<qint64> AuditQuery::forEach(const std::function<bool(const AuditRow&)>& each)
{
    restart();
    qint64 passed = 0;
    while (!atEnd_) {
        auto page = nextPage(kPageSize);
        if (!page)
            return page.error();
        for (const AuditRow& r : *page) {
            ++passed;
            if (!each(r))
                return passed;
        }
    }
    return passed;
}

} // namespace tumbuh::records
