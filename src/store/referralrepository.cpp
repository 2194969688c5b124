#include "store/referralrepository.h"

#include "store/database.h"
#include "store/messages.h"
#include "store/rowreaders.h"
#include "store/rowwriter.h"
#include "store/storagecodes.h"
#include "store/validation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tumbuh::store {
namespace {

const rowwriter::Table& table()
{
    static const rowwriter::Table t = rowwriter::makeTable(
        QStringLiteral("referrals"),
        {QStringLiteral("child_id"), QStringLiteral("referred_on"), QStringLiteral("reasons"),
         QStringLiteral("destination"), QStringLiteral("referred_by"), QStringLiteral("status"),
         QStringLiteral("arrived_on"), QStringLiteral("closed_on"), QStringLiteral("notes")});
    return t;
}

QVariantList values(const Referral& r)
{
    const QString reasons =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(r.reasons)).toJson(QJsonDocument::Compact));
    return {static_cast<qlonglong>(r.childId),
            sql::dateOrNull(r.referredOn),
            reasons,
            r.destination,
            sql::textOrNull(r.referredBy),
            codes::referralStatusText(r.status),
            sql::dateOrNull(r.arrivedOn),
            sql::dateOrNull(r.closedOn),
            sql::textOrNull(r.notes)};
}

const QString& selectSql()
{
    static const QString s = QStringLiteral("SELECT ") + rows::referralColumns(QStringLiteral("r"))
        + QStringLiteral(" FROM referrals r ");
    return s;
}

Result<std::optional<Referral>> fetch(Database& db, const QString& where, const QVariant& key)
{
    auto q = sql::exec(db, selectSql() + where, {key});
    if (!q)
        return q.error();
    sql::Finisher done(*q);
    if (!(*q)->next())
        return std::optional<Referral>();
    return std::optional<Referral>(rows::readReferral(QtRow(**q)));
}

Result<std::vector<Referral>> readAll(Result<QSqlQuery*> q)
{
    if (!q)
        return q.error();
    sql::Finisher done(*q);
    std::vector<Referral> out;
    while ((*q)->next())
        out.push_back(rows::readReferral(QtRow(**q)));
    return out;
}

void normalize(Referral& r)
{
    r.destination = r.destination.simplified();
    r.referredBy = r.referredBy.simplified();
    r.notes = r.notes.trimmed();
    QStringList reasons;
    for (const QString& reason : r.reasons) {
        if (!reason.trimmed().isEmpty())
            reasons << reason.trimmed();
    }
    r.reasons = reasons;
}

} // namespace

Result<void> ReferralRepository::validate(const Referral& r) const
{
    Validation v;
    const QDate today = db_.today();
    QDate birth;
    auto child = sql::scalar(db_, QStringLiteral("SELECT birth_date FROM children WHERE id = ? AND "
                                                 "(deleted_at IS NULL OR ?)"),
                             {static_cast<qlonglong>(r.childId), r.meta.isDeleted() ? 1 : 0});
    if (!child)
        return child.error();
    if (child->isNull())
        v.fail(msg::notFound(QStringLiteral("child_id")));
    else
        birth = sql::dateFrom(*child);

    const QString referred = QStringLiteral("referred_on");
    if (!r.referredOn.isValid())
        v.fail(msg::required(referred));
    else if (r.referredOn > today)
        v.fail(msg::dateInFuture(referred, r.referredOn));
    else if (birth.isValid() && r.referredOn < birth)
        v.fail(msg::dateBeforeBirth(referred, r.referredOn, birth));
    if (r.destination.isEmpty())
        v.fail(msg::required(QStringLiteral("destination")));
    v.checkText(QStringLiteral("destination"), r.destination);
    v.checkText(QStringLiteral("referred_by"), r.referredBy);
    v.checkText(QStringLiteral("notes"), r.notes);

    for (const auto& [field, date] : {std::pair{QStringLiteral("arrived_on"), r.arrivedOn},
                                      std::pair{QStringLiteral("closed_on"), r.closedOn}}) {
        if (!date.isValid())
            continue;
        if (date > today)
            v.fail(msg::dateInFuture(field, date));
        else if (r.referredOn.isValid() && date < r.referredOn)
            v.fail(msg::dateBefore(field, date, referred, r.referredOn));
    }
    if (r.status == ReferralStatus::Arrived && !r.arrivedOn.isValid())
        v.fail(msg::arrivedWithoutDate());
    if ((r.status == ReferralStatus::Completed || r.status == ReferralStatus::Cancelled) && !r.closedOn.isValid())
        v.fail(msg::closedWithoutDate());
    return v.result();
}

Result<Referral> ReferralRepository::add(Referral referral, UserId who, Stamp stamp)
{
    if (auto w = db_.checkWritable(); !w)
        return w.error();
    normalize(referral);
    if (stamp == Stamp::Now)
        referral.meta.deletedAt.reset();
    if (auto v = validate(referral); !v)
        return v.error();
    sql::stampInsert(referral.meta, stamp);
    return rowwriter::insert(db_, table(), referral, values(referral), who);
}

Result<Referral> ReferralRepository::update(Referral referral, UserId who, Stamp stamp)
{
    if (auto w = db_.checkWritable(); !w)
        return w.error();
    auto stored = fetch(db_, QStringLiteral("WHERE r.id = ?"), referral.meta.id);
    if (!stored)
        return stored.error();
    if (!*stored || ((*stored)->meta.isDeleted() && stamp == Stamp::Now))
        return msg::notFound(QStringLiteral("id"));
    normalize(referral);
    sql::stampUpdate(referral.meta, (*stored)->meta, stamp);
    if (auto v = validate(referral); !v)
        return v.error();
    return rowwriter::update(db_, table(), referral, **stored, values(referral), who, AuditAction::Update);
}

Result<void> ReferralRepository::remove(RowId id, UserId who)
{
    if (auto w = db_.checkWritable(); !w)
        return w.error();
    auto stored = get(id);
    if (!stored)
        return stored.error();
    return rowwriter::softDelete(db_, table(), *stored, values(*stored), who);
}

Result<Referral> ReferralRepository::get(RowId id) const
{
    auto r = fetch(db_, QStringLiteral("WHERE r.id = ? AND r.deleted_at IS NULL"), id);
    if (!r)
        return r.error();
    if (!*r)
        return msg::notFound(QStringLiteral("id"));
    return **r;
}

Result<std::optional<Referral>> ReferralRepository::findByUid(const QUuid& uid) const
{
    return fetch(db_, QStringLiteral("WHERE r.uid = ?"), sql::uidText(uid));
}

Result<std::vector<Referral>> ReferralRepository::forChild(RowId childId) const
{
    return readAll(sql::exec(db_, selectSql() + QStringLiteral("WHERE r.child_id = ? AND r.deleted_at IS NULL "
                                                               "ORDER BY r.referred_on, r.id"),
                             {static_cast<qlonglong>(childId)}));
}

Result<std::vector<Referral>> ReferralRepository::open(std::optional<RowId> posyanduId) const
{
    static const QString base = selectSql()
        + QStringLiteral("JOIN children c ON c.id = r.child_id WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL "
                         "AND r.status IN ('referred', 'arrived') ");
    static const QString order = QStringLiteral(" ORDER BY r.referred_on, r.id");
    if (posyanduId)
        return readAll(sql::exec(db_, base + QStringLiteral("AND c.posyandu_id = ?") + order,
                                 {static_cast<qlonglong>(*posyanduId)}));
    return readAll(sql::exec(db_, base + order));
}

} // namespace tumbuh::store
