#include "store/measurementrepository.h"

#include "store/database.h"
#include "store/valuelimits.h"
#include "store/messages.h"
#include "store/nativequery.h"
#include "store/childcolumns.h"
#include "store/crud.h"
#include "store/measurementcolumns.h"
#include "store/validation.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <unordered_map>

namespace tumbuh::store {
namespace {

void normalize(Measurement& m)
{
    m.measuredBy = m.measuredBy.simplified();
    m.notes = m.notes.trimmed();
}

// What validating a measurement needs to know about its child.
struct ChildFacts {
    QDate birthDate;
    QDate diedOn; // null unless deceased
    RowId posyanduId = 0;
    bool deleted = false;
};

// Reads the child, deleted or not (a merge may carry a deleted measurement
// of a deleted child; check() decides).
Result<std::optional<ChildFacts>> childFacts(Database& db, RowId childId)
{
    static const QString select = QStringLiteral(
        "SELECT birth_date, status, status_date, posyandu_id, deleted_at IS NOT NULL FROM children WHERE id = ?");
    auto q = sql::exec(db, select, {static_cast<qlonglong>(childId)});
    if (!q)
        return q.error();
    sql::Finisher done(*q);
    if (!(*q)->next())
        return std::optional<ChildFacts>();
    ChildFacts f;
    f.birthDate = sql::dateFrom((*q)->value(0));
    if ((*q)->value(1).toString() == u"deceased")
        f.diedOn = sql::dateFrom((*q)->value(2));
    f.posyanduId = (*q)->value(3).toLongLong();
    f.deleted = (*q)->value(4).toInt() != 0;
    return std::optional<ChildFacts>(f);
}

void checkRange(Validation& v, const QString& field, const std::optional<std::int32_t>& value, std::int32_t min,
                std::int32_t max, msg::Unit unit)
{
    if (value && (*value < min || *value > max))
        v.fail(msg::outOfRange(field, *value, min, max, unit));
}

template <typename Unit>
std::optional<std::int32_t> raw(const std::optional<Unit>& u)
{
    return u ? std::optional<std::int32_t>(u->value) : std::nullopt;
}

// Every rule, given the child: no database access, so addMany can check a
// million rows quickly.
void check(const Measurement& m, const std::optional<ChildFacts>& child, const QDate& today, Validation& v)
{
    const QString date = QStringLiteral("measured_on");
    if (!child || (child->deleted && !m.meta.isDeleted()))
        v.fail(msg::notFound(QStringLiteral("child_id")));
    if (!m.date.isValid()) {
        v.fail(msg::required(date));
    } else if (m.date > today) {
        v.fail(msg::dateInFuture(date, m.date));
    } else if (child && child->birthDate.isValid() && m.date < child->birthDate) {
        v.fail(msg::dateBeforeBirth(date, m.date, child->birthDate));
    } else if (child && child->diedOn.isValid() && m.date > child->diedOn) {
        v.fail(msg::measuredAfterDeath(m.date, child->diedOn));
    }
    if (!m.weight && !m.length && !m.headCircumference && !m.armCircumference)
        v.fail(msg::nothingMeasured());
    checkRange(v, QStringLiteral("weight_g"), raw(m.weight), limits::kWeightMinG, limits::kWeightMaxG,
               msg::Unit::Kilograms);
    checkRange(v, QStringLiteral("length_mm"), raw(m.length), limits::kLengthMinMm, limits::kLengthMaxMm,
               msg::Unit::Centimetres);
    checkRange(v, QStringLiteral("head_mm"), raw(m.headCircumference), limits::kHeadMinMm, limits::kHeadMaxMm,
               msg::Unit::Centimetres);
    checkRange(v, QStringLiteral("muac_mm"), raw(m.armCircumference), limits::kMuacMinMm, limits::kMuacMaxMm,
               msg::Unit::Centimetres);
    if (m.length && m.position == growth::Measure::Unknown)
        v.fail(msg::positionMissing());
    if (!m.length && m.position != growth::Measure::Unknown)
        v.fail(msg::positionWithoutLength());
    v.checkText(QStringLiteral("measured_by"), m.measuredBy);
    v.checkText(QStringLiteral("notes"), m.notes);
}

Result<bool> posyanduLive(Database& db, RowId id)
{
    auto live = sql::scalar(db, QStringLiteral("SELECT 1 FROM posyandu WHERE id = ? AND deleted_at IS NULL"),
                            {static_cast<qlonglong>(id)});
    if (!live)
        return live.error();
    return !live->isNull();
}

} // namespace

Result<void> MeasurementRepository::validate(const Measurement& m) const
{
    auto child = childFacts(db_, m.childId);
    if (!child)
        return child.error();
    Validation v;
    check(m, *child, db_.today(), v);
    if (m.posyanduId != 0) {
        auto live = posyanduLive(db_, m.posyanduId);
        if (!live)
            return live.error();
        if (!*live)
            v.fail(msg::notFound(QStringLiteral("posyandu_id")));
    }
    return v.result();
}

Result<void> MeasurementRepository::validateFor(const Measurement& m, const Child& child) const
{
    ChildFacts f;
    f.birthDate = child.birthDate;
    if (child.status == ChildStatus::Deceased)
        f.diedOn = child.statusDate;
    f.posyanduId = child.posyanduId;
    f.deleted = child.meta.isDeleted();
    Validation v;
    check(m, std::optional<ChildFacts>(f), db_.today(), v);
    return v.result();
}

Result<Measurement> MeasurementRepository::add(Measurement m, UserId who, Stamp stamp)
{
    return Crud<Measurement>(db_).add(std::move(m), who, stamp, [this](Measurement& x) -> Result<void> {
        normalize(x);
        auto v = validate(x);
        if (!v || x.posyanduId != 0)
            return v;
        auto child = childFacts(db_, x.childId);
        if (!child)
            return child.error();
        x.posyanduId = (*child)->posyanduId;
        return v;
    });
}

Result<Measurement> MeasurementRepository::update(Measurement m, UserId who, Stamp stamp)
{
    return Crud<Measurement>(db_).update(std::move(m), who, stamp, [this](Measurement& x, const Measurement& stored) {
        normalize(x);
        if (x.posyanduId == 0)
            x.posyanduId = stored.posyanduId;
        return validate(x);
    });
}

Result<void> MeasurementRepository::remove(RowId id, UserId who)
{
    return Crud<Measurement>(db_).remove(id, who);
}

Result<std::vector<Measurement>> MeasurementRepository::addMany(std::vector<Measurement> measurements, UserId who,
                                                                AuditDetail audit, Stamp stamp)
{
    if (auto w = db_.checkWritable(); !w)
        return w.error();
    std::unordered_map<RowId, std::optional<ChildFacts>> children;
    std::unordered_map<RowId, bool> posyandu;
    std::vector<Warning> warnings;
    const QDate today = db_.today();
    for (std::size_t i = 0; i < measurements.size(); ++i) {
        Measurement& m = measurements[i];
        normalize(m);
        if (stamp == Stamp::Now)
            m.meta.deletedAt.reset();
        m.meta.id = 0;
        auto known = children.find(m.childId);
        if (known == children.end()) {
            auto facts = childFacts(db_, m.childId);
            if (!facts)
                return facts.error();
            known = children.emplace(m.childId, *facts).first;
        }
        Validation v;
        check(m, known->second, today, v);
        if (m.posyanduId != 0) {
            auto p = posyandu.find(m.posyanduId);
            if (p == posyandu.end()) {
                auto live = posyanduLive(db_, m.posyanduId);
                if (!live)
                    return live.error();
                p = posyandu.emplace(m.posyanduId, *live).first;
            }
            if (!p->second)
                v.fail(msg::notFound(QStringLiteral("posyandu_id")));
        } else if (known->second) {
            m.posyanduId = known->second->posyanduId;
        }
        if (auto r = v.result(); !r) {
            Error e = r.error();
            //: %1 is the row's number in the batch (1 = first), %2 the reason
            e.message = QCoreApplication::translate("tumbuh::store", "Row %1: %2").arg(i + 1).arg(e.message);
            return e;
        }
        sql::stampInsert(m.meta, stamp);
    }

    auto tx = Transaction::begin(db_);
    if (!tx)
        return tx.error();
    AuditLog log(db_);
    Crud<Measurement> rows(db_);
    const Entity<Measurement>& entity = table<Measurement>();
    for (Measurement& m : measurements) {
        auto id = rows.insertRow(m);
        if (!id)
            return id.error();
        m.meta.id = *id;
        if (audit == AuditDetail::PerRow) {
            if (auto a = log.record(who, entity.table(), m.meta.uid, AuditAction::Insert, {}, entity.json(m)); !a)
                return a.error();
        }
    }
    if (audit == AuditDetail::Summary && !measurements.empty()) {
        QJsonObject summary;
        summary.insert(QStringLiteral("count"), static_cast<qint64>(measurements.size()));
        summary.insert(QStringLiteral("first_id"), measurements.front().meta.id);
        summary.insert(QStringLiteral("last_id"), measurements.back().meta.id);
        if (auto a = log.record(who, entity.table(), QUuid(), AuditAction::BulkInsert, {}, summary); !a)
            return a.error();
    }
    if (auto c = tx->commit(); !c)
        return c.error();
    return Result<std::vector<Measurement>>(std::move(measurements), std::move(warnings));
}

Result<Measurement> MeasurementRepository::get(RowId id) const
{
    return Crud<Measurement>(db_).get(id);
}

Result<std::optional<Measurement>> MeasurementRepository::findByUid(const QUuid& uid) const
{
    return Crud<Measurement>(db_).findByUid(uid);
}

Result<std::vector<Measurement>> MeasurementRepository::history(RowId childId) const
{
    const Entity<Measurement>& measurements = table<Measurement>();
    static const QString select = QStringLiteral("SELECT ") + measurements.selectList()
                                + QStringLiteral(" FROM measurements WHERE child_id = ? AND deleted_at IS NULL ORDER BY measured_on, id");
    NativeQuery q(db_, select, {static_cast<qlonglong>(childId)});
    return q.collect<Measurement>([&](const Row& row) { return measurements.read(row); });
}

Result<std::vector<ChildMeasurement>> MeasurementRepository::ofMonth(int year, int month,
                                                                     std::optional<RowId> posyanduId) const
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return std::vector<ChildMeasurement>();
    const Entity<Child>& children = table<Child>();
    const Entity<Measurement>& measurements = table<Measurement>();
    static const QString base = QStringLiteral("SELECT ") + children.selectList(QStringLiteral("c"))
                              + QStringLiteral(", ") + measurements.selectList(QStringLiteral("m"))
                              + QStringLiteral(" FROM measurements m JOIN children c ON c.id = m.child_id "
                                               "WHERE m.deleted_at IS NULL AND c.deleted_at IS NULL "
                                               "AND m.measured_on >= ? AND m.measured_on < ? ");
    static const QString order = QStringLiteral(" ORDER BY m.measured_on, c.name COLLATE NOCASE, m.id");
    static const QString all = base + order;
    static const QString one = base + QStringLiteral("AND m.posyandu_id = ?") + order;
    const QVariant from = sql::dateOrNull(first);
    const QVariant to = sql::dateOrNull(first.addMonths(1));
    NativeQuery q = posyanduId ? NativeQuery(db_, one, {from, to, static_cast<qlonglong>(*posyanduId)})
                               : NativeQuery(db_, all, {from, to});
    return q.collect<ChildMeasurement>([&](const Row& row) {
        return ChildMeasurement{children.read(row), measurements.read(row, children.columnCount())};
    });
}

} // namespace tumbuh::store
