#include "store/consentrepository.h"

#include "store/consentcolumns.h"
#include "store/crud.h"
#include "store/database.h"
#include "store/messages.h"
#include "store/validation.h"

namespace tumbuh::store {
namespace {

void normalize(Consent& c)
{
    c.guardianName = c.guardianName.simplified();
    c.recordedBy = c.recordedBy.simplified();
    c.notes = c.notes.trimmed();
}

// The newest live statement per live child, as a subquery over consents k.
const QString kCurrent = QStringLiteral(
    "SELECT k.* FROM consents k WHERE k.deleted_at IS NULL AND k.id = ("
    " SELECT k2.id FROM consents k2 WHERE k2.child_id = k.child_id AND k2.deleted_at IS NULL"
    " ORDER BY k2.given_on DESC, k2.created_at DESC, k2.id DESC LIMIT 1)");

} // namespace

Result<void> ConsentRepository::validate(const Consent& c) const
{
    Validation v;
    auto child = sql::scalar(db_, QStringLiteral("SELECT birth_date FROM children WHERE id = ? AND "
                                                 "(deleted_at IS NULL OR ?)"),
                             {static_cast<qlonglong>(c.childId), c.meta.isDeleted() ? 1 : 0});
    if (!child)
        return child.error();
    QDate birth;
    if (child->isNull())
        v.fail(msg::notFound(QStringLiteral("child_id")));
    else
        birth = sql::dateFrom(*child);
    const QString field = QStringLiteral("given_on");
    if (!c.givenOn.isValid())
        v.fail(msg::required(field));
    else if (c.givenOn > db_.today())
        v.fail(msg::dateInFuture(field, c.givenOn));
    else if (birth.isValid() && c.givenOn < birth)
        v.fail(msg::dateBeforeBirth(field, c.givenOn, birth));
    if (c.guardianName.trimmed().isEmpty())
        v.fail(msg::required(QStringLiteral("guardian_name")));
    v.checkText(QStringLiteral("guardian_name"), c.guardianName);
    v.checkText(QStringLiteral("recorded_by"), c.recordedBy);
    v.checkText(QStringLiteral("notes"), c.notes);
    return v.result();
}

Result<Consent> ConsentRepository::add(Consent consent, UserId who, Stamp stamp)
{
    return Crud<Consent>(db_).add(std::move(consent), who, stamp, [this](Consent& c) {
        normalize(c);
        return validate(c);
    });
}

Result<Consent> ConsentRepository::update(Consent consent, UserId who, Stamp stamp)
{
    return Crud<Consent>(db_).update(std::move(consent), who, stamp, [this](Consent& c, const Consent&) {
        normalize(c);
        return validate(c);
    });
}

Result<void> ConsentRepository::remove(RowId id, UserId who)
{
    return Crud<Consent>(db_).remove(id, who);
}

Result<Consent> ConsentRepository::get(RowId id) const
{
    return Crud<Consent>(db_).get(id);
}

Result<std::optional<Consent>> ConsentRepository::findByUid(const QUuid& uid) const
{
    return Crud<Consent>(db_).findByUid(uid);
}

Result<std::vector<Consent>> ConsentRepository::forChild(RowId childId) const
{
    return Crud<Consent>(db_).list(
        QStringLiteral("WHERE child_id = ? AND deleted_at IS NULL ORDER BY given_on, created_at, id"),
        {static_cast<qlonglong>(childId)});
}

Result<std::optional<Consent>> ConsentRepository::current(RowId childId) const
{
    auto all = forChild(childId);
    if (!all)
        return all.error();
    if (all->empty())
        return std::optional<Consent>{};
    return std::optional<Consent>{all->back()};
}

Result<std::unordered_set<RowId>> ConsentRepository::childrenAllowing(ConsentPurpose purpose) const
{
    QString column;
    switch (purpose) {
    case ConsentPurpose::Monitoring: column = QStringLiteral("for_monitoring"); break;
    case ConsentPurpose::Reporting: column = QStringLiteral("for_reporting"); break;
    case ConsentPurpose::Referral: column = QStringLiteral("for_referral"); break;
    }
    auto q = sql::exec(db_, QStringLiteral("SELECT c.child_id FROM (") + kCurrent
                                + QStringLiteral(") c JOIN children ch ON ch.id = c.child_id "
                                                 "WHERE ch.deleted_at IS NULL AND c.")
                                + column + QStringLiteral(" = 1"));
    if (!q)
        return q.error();
    sql::Finisher done(*q);
    std::unordered_set<RowId> out;
    while ((*q)->next())
        out.insert((*q)->value(0).toLongLong());
    return out;
}

} // namespace tumbuh::store
