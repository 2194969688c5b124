#include "store/referralworkflow.h"

#include "store/crud.h"
#include "store/database.h"
#include "store/messages.h"
#include "store/referralcolumns.h"
#include "store/referraleventrepository.h"
#include "store/referralrepository.h"
#include "store/transaction.h"

#include <QCoreApplication>

#include <array>

namespace tumbuh::store {
namespace {

constexpr std::array kSteps{
    ReferralStep{ReferralStatus::Referred, ReferralStatus::Arrived},
    ReferralStep{ReferralStatus::Referred, ReferralStatus::NoShow},
    ReferralStep{ReferralStatus::Referred, ReferralStatus::Cancelled},
    ReferralStep{ReferralStatus::Arrived, ReferralStatus::Completed},
    ReferralStep{ReferralStatus::Arrived, ReferralStatus::Cancelled},
};

// The day of the step the referral is at: arrived, closed, or referred.
QDate lastStepDate(const Referral& r)
{
    if (r.closedOn.isValid())
        return r.closedOn;
    if (r.arrivedOn.isValid())
        return r.arrivedOn;
    return r.referredOn;
}

} // namespace

std::span<const ReferralStep> allowedReferralSteps()
{
    return kSteps;
}

bool isAllowedStep(ReferralStatus from, ReferralStatus to)
{
    for (const ReferralStep& s : kSteps) {
        if (s.from == from && s.to == to)
            return true;
    }
    return false;
}

std::vector<ReferralStatus> nextSteps(ReferralStatus from)
{
    std::vector<ReferralStatus> out;
    for (const ReferralStep& s : kSteps) {
        if (s.from == from)
            out.push_back(s.to);
    }
    return out;
}

bool isOpen(ReferralStatus status)
{
    return status == ReferralStatus::Referred || status == ReferralStatus::Arrived;
}

QString statusWord(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Referred: return QCoreApplication::translate("tumbuh::store", "referred");
    case ReferralStatus::Arrived: return QCoreApplication::translate("tumbuh::store", "arrived");
    case ReferralStatus::Completed: return QCoreApplication::translate("tumbuh::store", "completed");
    case ReferralStatus::NoShow: return QCoreApplication::translate("tumbuh::store", "did not come");
    case ReferralStatus::Cancelled: return QCoreApplication::translate("tumbuh::store", "cancelled");
    }
    return {};
}

bool isConfidential(const QStringList& reasons)
{
    for (const QString& reason : reasons) {
        if (reason.trimmed().compare(familyreason::Kekerasan, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isConfidential(const Referral& referral)
{
    return isConfidential(referral.reasons);
}

int daysOverdue(const Referral& referral, const QDate& asOf)
{
    if (referral.status != ReferralStatus::Referred || !referral.followUpOn.isValid() || !asOf.isValid())
        return 0;
    const qint64 days = referral.followUpOn.daysTo(asOf);
    return days > 0 ? static_cast<int>(days) : 0;
}

Result<Referral> ReferralWorkflow::refer(Referral referral, const QString& note, UserId who, int followUpDays)
{
    referral.status = ReferralStatus::Referred;
    referral.arrivedOn = {};
    referral.closedOn = {};
    if (!referral.followUpOn.isValid() && referral.referredOn.isValid())
        referral.followUpOn = referral.referredOn.addDays(followUpDays);
    auto tx = Transaction::begin(db_);
    if (!tx)
        return tx.error();
    auto saved = ReferralRepository(db_).add(std::move(referral), who);
    if (!saved)
        return saved;
    ReferralEvent first;
    first.referralId = saved->meta.id;
    first.status = ReferralStatus::Referred;
    first.happenedOn = saved->referredOn;
    first.note = note;
    first.recordedBy = saved->referredBy;
    if (auto e = ReferralEventRepository(db_).add(std::move(first), who); !e)
        return e.error();
    if (auto c = tx->commit(); !c)
        return c.error();
    return saved;
}

Result<Referral> ReferralWorkflow::transition(RowId referralId, ReferralStatus to, const QDate& on,
                                              const QString& note, UserId who, const QString& recordedBy)
{
    if (auto w = db_.checkWritable(); !w)
        return w.error();
    auto tx = Transaction::begin(db_);
    if (!tx)
        return tx.error();
    auto stored = ReferralRepository(db_).get(referralId);
    if (!stored)
        return stored.error();
    Referral r = *stored;
    if (!isAllowedStep(r.status, to))
        return msg::stepNotAllowed(statusWord(r.status), statusWord(to));
    const QString field = QStringLiteral("happened_on");
    if (!on.isValid())
        return msg::required(field);
    if (on > db_.today())
        return msg::dateInFuture(field, on);
    if (on < r.referredOn)
        return msg::dateBefore(field, on, QStringLiteral("referred_on"), r.referredOn);
    if (const QDate previous = lastStepDate(r); on < previous)
        return msg::stepBeforePrevious(on, statusWord(r.status), previous);

    r.status = to;
    if (to == ReferralStatus::Arrived)
        r.arrivedOn = on;
    else
        r.closedOn = on;
    auto saved = ReferralRepository(db_).update(std::move(r), who);
    if (!saved)
        return saved;
    ReferralEvent step;
    step.referralId = referralId;
    step.status = to;
    step.happenedOn = on;
    step.note = note;
    step.recordedBy = recordedBy;
    if (auto e = ReferralEventRepository(db_).add(std::move(step), who); !e)
        return e.error();
    if (auto c = tx->commit(); !c)
        return c.error();
    return saved;
}

Result<std::vector<Referral>> ReferralWorkflow::overdue(const QDate& asOf, std::optional<RowId> posyanduId) const
{
    static const QString base = QStringLiteral("SELECT ") + table<Referral>().selectList(QStringLiteral("r"))
                              + QStringLiteral(" FROM referrals r JOIN children c ON c.id = r.child_id "
                                               "WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL "
                                               "AND r.status = 'referred' AND r.follow_up_on < ? ");
    static const QString order = QStringLiteral(" ORDER BY r.follow_up_on, r.id");
    auto q = posyanduId ? sql::exec(db_, base + QStringLiteral("AND c.posyandu_id = ?") + order,
                                    {sql::dateOrNull(asOf), static_cast<qlonglong>(*posyanduId)})
                        : sql::exec(db_, base + order, {sql::dateOrNull(asOf)});
    if (!q)
        return q.error();
    sql::Finisher done(*q);
    std::vector<Referral> out;
    while ((*q)->next())
        out.push_back(table<Referral>().read(QtRow(**q)));
    return out;
}

Result<std::vector<ReferralListRow>> ReferralWorkflow::list(const QDate& asOf, bool overdueOnly,
                                                            std::optional<RowId> posyanduId) const
{
    const Entity<Referral>& e = table<Referral>();
    QString sqlText = QStringLiteral("SELECT ") + e.selectList(QStringLiteral("r"))
                    + QStringLiteral(", c.name, c.uid, c.posyandu_id, p.name, "
                                     "(SELECT v.note FROM referral_events v WHERE v.referral_id = r.id "
                                     "AND v.deleted_at IS NULL AND v.note IS NOT NULL AND v.note <> '' "
                                     "ORDER BY v.happened_on DESC, v.created_at DESC, v.id DESC LIMIT 1) "
                                     "FROM referrals r JOIN children c ON c.id = r.child_id "
                                     "LEFT JOIN posyandu p ON p.id = c.posyandu_id "
                                     "WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL ");
    QVariantList values;
    if (overdueOnly) {
        sqlText += QStringLiteral("AND r.status = 'referred' AND r.follow_up_on < ? ");
        values << sql::dateOrNull(asOf);
    }
    if (posyanduId) {
        sqlText += QStringLiteral("AND c.posyandu_id = ? ");
        values << static_cast<qlonglong>(*posyanduId);
    }
    sqlText += QStringLiteral("ORDER BY r.referred_on, r.id");
    auto q = sql::exec(db_, sqlText, values);
    if (!q)
        return q.error();
    sql::Finisher done(*q);
    std::vector<ReferralListRow> out;
    const int n = e.columnCount();
    while ((*q)->next()) {
        QtRow row(**q);
        ReferralListRow item;
        item.referral = e.read(row);
        item.childName = row.text(n);
        item.childUid = row.uid(n + 1);
        item.posyanduId = row.integer(n + 2);
        item.posyanduName = row.text(n + 3);
        item.lastNote = row.text(n + 4);
        out.push_back(std::move(item));
    }
    return out;
}

} // namespace tumbuh::store
