#include "store/counsellingrepository.h"

#include "store/crud.h"
#include "store/database.h"
#include "store/messages.h"
#include "store/referralcolumns.h"
#include "store/validation.h"

namespace tumbuh::store {
namespace {

void normalize(Counselling& c)
{
    c.topic = c.topic.simplified();
    c.counselledBy = c.counselledBy.simplified();
    c.notes = c.notes.trimmed();
}

} // namespace

Result<void> CounsellingRepository::validate(const Counselling& c) const
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
    const QString field = QStringLiteral("counselled_on");
    if (!c.counselledOn.isValid())
        v.fail(msg::required(field));
    else if (c.counselledOn > db_.today())
        v.fail(msg::dateInFuture(field, c.counselledOn));
    else if (birth.isValid() && c.counselledOn < birth)
        v.fail(msg::dateBeforeBirth(field, c.counselledOn, birth));
    if (c.topic.isEmpty())
        v.fail(msg::required(QStringLiteral("topic")));
    v.checkText(QStringLiteral("topic"), c.topic);
    v.checkText(QStringLiteral("counselled_by"), c.counselledBy);
    v.checkText(QStringLiteral("notes"), c.notes);
    return v.result();
}

Result<Counselling> CounsellingRepository::add(Counselling counselling, UserId who, Stamp stamp)
{
    return Crud<Counselling>(db_).add(std::move(counselling), who, stamp, [this](Counselling& c) {
        normalize(c);
        return validate(c);
    });
}

Result<Counselling> CounsellingRepository::update(Counselling counselling, UserId who, Stamp stamp)
{
    return Crud<Counselling>(db_).update(std::move(counselling), who, stamp,
                                         [this](Counselling& c, const Counselling&) {
                                             normalize(c);
                                             return validate(c);
                                         });
}

Result<void> CounsellingRepository::remove(RowId id, UserId who)
{
    return Crud<Counselling>(db_).remove(id, who);
}

Result<Counselling> CounsellingRepository::get(RowId id) const
{
    return Crud<Counselling>(db_).get(id);
}

Result<std::optional<Counselling>> CounsellingRepository::findByUid(const QUuid& uid) const
{
    return Crud<Counselling>(db_).findByUid(uid);
}

Result<std::vector<Counselling>> CounsellingRepository::forChild(RowId childId) const
{
    return Crud<Counselling>(db_).list(
        QStringLiteral("WHERE child_id = ? AND deleted_at IS NULL ORDER BY counselled_on, id"),
        {static_cast<qlonglong>(childId)});
}

Result<std::vector<Counselling>> CounsellingRepository::forMonth(const QDate& month,
                                                                 std::optional<RowId> posyanduId) const
{
    const QDate first(month.year(), month.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    static const QString base = QStringLiteral("SELECT ") + table<Counselling>().selectList(QStringLiteral("k"))
                              + QStringLiteral(" FROM counselling k JOIN children c ON c.id = k.child_id "
                                               "WHERE k.deleted_at IS NULL AND c.deleted_at IS NULL "
                                               "AND k.counselled_on BETWEEN ? AND ? ");
    static const QString order = QStringLiteral(" ORDER BY k.counselled_on, k.id");
    auto q = posyanduId ? sql::exec(db_, base + QStringLiteral("AND c.posyandu_id = ?") + order,
                                    {sql::dateOrNull(first), sql::dateOrNull(last), static_cast<qlonglong>(*posyanduId)})
                        : sql::exec(db_, base + order, {sql::dateOrNull(first), sql::dateOrNull(last)});
    if (!q)
        return q.error();
    sql::Finisher done(*q);
    std::vector<Counselling> out;
    while ((*q)->next())
        out.push_back(table<Counselling>().read(QtRow(**q)));
    return out;
}

} // namespace tumbuh::store
