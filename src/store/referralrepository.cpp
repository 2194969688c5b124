#include "store/referralrepository.h"

#include "store/database.h"
#include "store/messages.h"
#include "store/crud.h"
#include "store/referralcolumns.h"
#include "store/validation.h"

namespace tumbuh::store {
namespace {

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

    if (r.followUpOn.isValid() && r.referredOn.isValid() && r.followUpOn < r.referredOn)
        v.fail(msg::dateBefore(QStringLiteral("follow_up_on"), r.followUpOn, referred, r.referredOn));
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
    if ((r.status == ReferralStatus::Completed || r.status == ReferralStatus::NoShow
         || r.status == ReferralStatus::Cancelled)
        && !r.closedOn.isValid())
        v.fail(msg::closedWithoutDate());
    return v.result();
}

Result<Referral> ReferralRepository::add(Referral referral, UserId who, Stamp stamp)
{
    return Crud<Referral>(db_).add(std::move(referral), who, stamp, [this, stamp](Referral& r) -> Result<void> {
        normalize(r);
        auto v = validate(r);
        // A new referral names its reasons; one merged from a package (or
        // written before this rule) is kept as it was.
        if (stamp == Stamp::Now && r.reasons.isEmpty()) {
            Error e = msg::required(QStringLiteral("reasons"));
            if (v)
                return e;
            Error first = v.error();
            first.more.push_back(std::move(e));
            return first;
        }
        return v;
    });
}

Result<Referral> ReferralRepository::update(Referral referral, UserId who, Stamp stamp)
{
    return Crud<Referral>(db_).update(std::move(referral), who, stamp, [this](Referral& r, const Referral&) {
        normalize(r);
        return validate(r);
    });
}

Result<void> ReferralRepository::remove(RowId id, UserId who)
{
    return Crud<Referral>(db_).remove(id, who);
}

Result<Referral> ReferralRepository::get(RowId id) const
{
    return Crud<Referral>(db_).get(id);
}

Result<std::optional<Referral>> ReferralRepository::findByUid(const QUuid& uid) const
{
    return Crud<Referral>(db_).findByUid(uid);
}

Result<std::vector<Referral>> ReferralRepository::forChild(RowId childId) const
{
    return Crud<Referral>(db_).list(
        QStringLiteral("WHERE child_id = ? AND deleted_at IS NULL ORDER BY referred_on, id"),
        {static_cast<qlonglong>(childId)});
}

Result<std::vector<Referral>> ReferralRepository::open(std::optional<RowId> posyanduId) const
{
    // Alias r: joined with the child, for its posyandu.
    static const QString base = QStringLiteral("SELECT ") + table<Referral>().selectList(QStringLiteral("r"))
                              + QStringLiteral(" FROM referrals r JOIN children c ON c.id = r.child_id "
                                               "WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL "
                                               "AND r.status IN ('referred', 'arrived') ");
    static const QString order = QStringLiteral(" ORDER BY r.referred_on, r.id");
    auto q = posyanduId ? sql::exec(db_, base + QStringLiteral("AND c.posyandu_id = ?") + order,
                                    {static_cast<qlonglong>(*posyanduId)})
                        : sql::exec(db_, base + order);
    if (!q)
        return q.error();
    sql::Finisher done(*q);
    std::vector<Referral> out;
    while ((*q)->next())
        out.push_back(table<Referral>().read(QtRow(**q)));
    return out;
}

} // namespace tumbuh::store
