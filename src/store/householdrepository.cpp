#include "store/householdrepository.h"

#include "store/database.h"
#include "store/messages.h"
#include "store/nik.h"
#include "store/crud.h"
#include "store/householdcolumns.h"
#include "store/validation.h"

#include <QRegularExpression>

namespace tumbuh::store {
namespace {

void checkFields(const Household& h, Validation& v)
{
    for (const auto& [field, text] : {std::pair{"address", &h.address}, {"rt", &h.rt}, {"rw", &h.rw}, {"kelurahan", &h.kelurahan}, {"father_name", &h.fatherName}, {"mother_name", &h.motherName}, {"notes", &h.notes}})
        v.checkText(QString::fromLatin1(field), *text);
    const std::pair<const QString*, const char*> numbers[] = {
        {&h.kkNumber, "kk_number"}, {&h.fatherNik, "father_nik"}, {&h.motherNik, "mother_nik"}};
    for (const auto& [value, field] : numbers) {
        if (!value->isEmpty() && !Nik::isWellFormed(*value))
            v.fail(msg::sixteenDigits(QString::fromLatin1(field), *value));
    }
    static const QRegularExpression phone(QStringLiteral("^[0-9+()\\- ]{1,20}$"));
    if (!h.phone.isEmpty() && !phone.match(h.phone).hasMatch())
        v.fail(msg::phone(h.phone));
}

} // namespace

void HouseholdRepository::normalize(Household& h)
{
    for (QString* s : {&h.address, &h.rt, &h.rw, &h.kelurahan, &h.fatherName, &h.motherName, &h.phone})
        *s = s->simplified();
    // Numbers are often typed with spaces or dots between groups. (Not a
    // regular expression: one made per call was a fifth of an import's time.)
    for (QString* s : {&h.kkNumber, &h.fatherNik, &h.motherNik})
        s->removeIf([](QChar c) { return c.isSpace() || c == u'.' || c == u'-'; });
    h.notes = h.notes.trimmed();
    if (h.posyanduId && *h.posyanduId == 0)
        h.posyanduId.reset();
}

Result<void> HouseholdRepository::validateFields(const Household& h) const
{
    Validation v;
    checkFields(h, v);
    return v.result();
}

Result<void> HouseholdRepository::validate(const Household& h) const
{
    Validation v;
    checkFields(h, v);
    if (h.posyanduId) {
        auto live = sql::scalar(db_, QStringLiteral("SELECT 1 FROM posyandu WHERE id = ? AND deleted_at IS NULL"),
                                {static_cast<qlonglong>(*h.posyanduId)});
        if (!live)
            return live.error();
        if (live->isNull())
            v.fail(msg::notFound(QStringLiteral("posyandu_id")));
    }
    return v.result();
}

Result<Household> HouseholdRepository::add(Household household, UserId who, Stamp stamp)
{
    return Crud<Household>(db_).add(std::move(household), who, stamp, [this](Household& h) {
        normalize(h);
        return validate(h);
    });
}

Result<Household> HouseholdRepository::update(Household household, UserId who, Stamp stamp)
{
    return Crud<Household>(db_).update(std::move(household), who, stamp, [this](Household& h, const Household&) {
        normalize(h);
        return validate(h);
    });
}

Result<void> HouseholdRepository::remove(RowId id, UserId who)
{
    return Crud<Household>(db_).remove(id, who, [this](const Household& h) {
        return refuseWhileLiveChildren(db_, QStringLiteral("household_id"), h.meta.id);
    });
}

Result<Household> HouseholdRepository::get(RowId id) const
{
    return Crud<Household>(db_).get(id);
}

Result<std::optional<Household>> HouseholdRepository::findByUid(const QUuid& uid) const
{
    return Crud<Household>(db_).findByUid(uid);
}

Result<std::vector<Household>> HouseholdRepository::list(std::optional<RowId> posyanduId) const
{
    static const QString order = QStringLiteral(" ORDER BY address COLLATE NOCASE, id");
    if (posyanduId) {
        return Crud<Household>(db_).list(QStringLiteral("WHERE deleted_at IS NULL AND posyandu_id = ?") + order,
                                         {static_cast<qlonglong>(*posyanduId)});
    }
    return Crud<Household>(db_).list(QStringLiteral("WHERE deleted_at IS NULL") + order);
}

} // namespace tumbuh::store
