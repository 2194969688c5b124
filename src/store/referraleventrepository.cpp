#include "store/referraleventrepository.h"

#include "store/crud.h"
#include "store/database.h"
#include "store/messages.h"
#include "store/referralcolumns.h"
#include "store/validation.h"

namespace tumbuh::store {
namespace {

void normalize(ReferralEvent& e)
{
    e.note = e.note.trimmed();
    e.recordedBy = e.recordedBy.simplified();
}

} // namespace

Result<void> ReferralEventRepository::validate(const ReferralEvent& e) const
{
    Validation v;
    // A deleted referral keeps its history (a merged step of it is kept too);
    // ReferralWorkflow moves live referrals only.
    auto referred = sql::scalar(db_, QStringLiteral("SELECT referred_on FROM referrals WHERE id = ?"),
                                {static_cast<qlonglong>(e.referralId)});
    if (!referred)
        return referred.error();
    QDate referredOn;
    if (referred->isNull())
        v.fail(msg::notFound(QStringLiteral("referral_id")));
    else
        referredOn = sql::dateFrom(*referred);
    const QString field = QStringLiteral("happened_on");
    if (!e.happenedOn.isValid())
        v.fail(msg::required(field));
    else if (e.happenedOn > db_.today())
        v.fail(msg::dateInFuture(field, e.happenedOn));
    else if (referredOn.isValid() && e.happenedOn < referredOn)
        v.fail(msg::dateBefore(field, e.happenedOn, QStringLiteral("referred_on"), referredOn));
    v.checkText(QStringLiteral("notes"), e.note);
    v.checkText(QStringLiteral("recorded_by"), e.recordedBy);
    return v.result();
}

Result<ReferralEvent> ReferralEventRepository::add(ReferralEvent event, UserId who, Stamp stamp)
{
    return Crud<ReferralEvent>(db_).add(std::move(event), who, stamp, [this](ReferralEvent& e) {
        normalize(e);
        return validate(e);
    });
}

Result<ReferralEvent> ReferralEventRepository::update(ReferralEvent event, UserId who, Stamp stamp)
{
    return Crud<ReferralEvent>(db_).update(std::move(event), who, stamp,
                                           [this](ReferralEvent& e, const ReferralEvent&) {
                                               normalize(e);
                                               return validate(e);
                                           });
}

Result<std::optional<ReferralEvent>> ReferralEventRepository::findByUid(const QUuid& uid) const
{
    return Crud<ReferralEvent>(db_).findByUid(uid);
}

Result<std::vector<ReferralEvent>> ReferralEventRepository::history(RowId referralId) const
{
    return Crud<ReferralEvent>(db_).list(
        QStringLiteral("WHERE referral_id = ? AND deleted_at IS NULL ORDER BY happened_on, created_at, id"),
        {static_cast<qlonglong>(referralId)});
}

} // namespace tumbuh::store
