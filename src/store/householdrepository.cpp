#include "store/householdrepository.h"

#include "store/database.h"
#include "store/messages.h"
#include "store/nik.h"
#include "store/rowreaders.h"
#include "store/rowwriter.h"
#include "store/validation.h"

#include <QRegularExpression>

namespace tumbuh::store {
namespace {

const rowwriter::Table& table()
{
    static const rowwriter::Table t = rowwriter::makeTable(
        QStringLiteral("households"),
        {QStringLiteral("posyandu_id"), QStringLiteral("address"), QStringLiteral("rt"), QStringLiteral("rw"),
         QStringLiteral("kelurahan"), QStringLiteral("kk_number"), QStringLiteral("father_name"),
         QStringLiteral("father_nik"), QStringLiteral("mother_name"), QStringLiteral("mother_nik"),
         QStringLiteral("phone"), QStringLiteral("notes")});
    return t;
}

QVariantList values(const Household& h)
{
    return {sql::idOrNull(h.posyanduId),    sql::textOrNull(h.address),    sql::textOrNull(h.rt),
            sql::textOrNull(h.rw),          sql::textOrNull(h.kelurahan),  sql::textOrNull(h.kkNumber),
            sql::textOrNull(h.fatherName),  sql::textOrNull(h.fatherNik),  sql::textOrNull(h.motherName),
            sql::textOrNull(h.motherNik),   sql::textOrNull(h.phone),      sql::textOrNull(h.notes)};
}

Result<std::optional<Household>> fetch(Database& db, const QString& where, const QVariant& key)
{
    static const QString select =
        QStringLiteral("SELECT ") + rows::householdColumns({}) + QStringLiteral(" FROM households ");
    auto q = sql::exec(db, select + where, {key});
    if (!q)
        return q.error();
    sql::Finisher done(*q);
    if (!(*q)->next())
        return std::optional<Household>();
    return std::optional<Household>(rows::readHousehold(QtRow(**q)));
}

void normalize(Household& h)
{
    for (QString* s : {&h.address, &h.rt, &h.rw, &h.kelurahan, &h.fatherName, &h.motherName, &h.phone})
        *s = s->simplified();
    // Numbers are often typed with spaces or dots between groups.
    for (QString* s : {&h.kkNumber, &h.fatherNik, &h.motherNik})
        s->remove(QRegularExpression(QStringLiteral("[\\s.\\-]")));
    h.notes = h.notes.trimmed();
    if (h.posyanduId && *h.posyanduId == 0)
        h.posyanduId.reset();
}

} // namespace

Result<void> HouseholdRepository::validate(const Household& h) const
{
    Validation v;
    for (const auto& [field, text] : {std::pair{"address", &h.address}, {"rt", &h.rt}, {"rw", &h.rw},
                                      {"kelurahan", &h.kelurahan}, {"father_name", &h.fatherName},
                                      {"mother_name", &h.motherName}, {"notes", &h.notes}})
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
    if (auto w = db_.checkWritable(); !w)
        return w.error();
    normalize(household);
    if (auto v = validate(household); !v)
        return v.error();
    sql::stampInsert(household.meta, stamp);
    return rowwriter::insert(db_, table(), household, values(household), who);
}

Result<Household> HouseholdRepository::update(Household household, UserId who, Stamp stamp)
{
    if (auto w = db_.checkWritable(); !w)
        return w.error();
    auto stored = fetch(db_, QStringLiteral("WHERE id = ?"), household.meta.id);
    if (!stored)
        return stored.error();
    if (!*stored || ((*stored)->meta.isDeleted() && stamp == Stamp::Now))
        return msg::notFound(QStringLiteral("household_id"));
    normalize(household);
    if (auto v = validate(household); !v)
        return v.error();
    sql::stampUpdate(household.meta, (*stored)->meta, stamp);
    return rowwriter::update(db_, table(), household, **stored, values(household), who, AuditAction::Update);
}

Result<void> HouseholdRepository::remove(RowId id, UserId who)
{
    if (auto w = db_.checkWritable(); !w)
        return w.error();
    auto stored = get(id);
    if (!stored)
        return stored.error();
    auto children = sql::scalar(
        db_, QStringLiteral("SELECT count(*) FROM children WHERE household_id = ? AND deleted_at IS NULL"), {id});
    if (!children)
        return children.error();
    if (children->toLongLong() > 0)
        return msg::inUse(QStringLiteral("household_id"), children->toLongLong());
    return rowwriter::softDelete(db_, table(), *stored, values(*stored), who);
}

Result<Household> HouseholdRepository::get(RowId id) const
{
    auto r = fetch(db_, QStringLiteral("WHERE id = ? AND deleted_at IS NULL"), id);
    if (!r)
        return r.error();
    if (!*r)
        return msg::notFound(QStringLiteral("household_id"));
    return **r;
}

Result<std::optional<Household>> HouseholdRepository::findByUid(const QUuid& uid) const
{
    return fetch(db_, QStringLiteral("WHERE uid = ?"), sql::uidText(uid));
}

Result<std::vector<Household>> HouseholdRepository::list(std::optional<RowId> posyanduId) const
{
    static const QString base =
        QStringLiteral("SELECT ") + rows::householdColumns({}) + QStringLiteral(" FROM households WHERE deleted_at IS NULL ");
    static const QString order = QStringLiteral(" ORDER BY address COLLATE NOCASE, id");
    auto q = posyanduId ? sql::exec(db_, base + QStringLiteral("AND posyandu_id = ?") + order,
                                    {static_cast<qlonglong>(*posyanduId)})
                        : sql::exec(db_, base + order);
    if (!q)
        return q.error();
    sql::Finisher done(*q);
    std::vector<Household> out;
    while ((*q)->next())
        out.push_back(rows::readHousehold(QtRow(**q)));
    return out;
}

} // namespace tumbuh::store
