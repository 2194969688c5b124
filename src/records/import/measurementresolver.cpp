#include "records/import/measurementresolver.h"

#include "store/measurementcolumns.h"
#include "store/row.h"
#include "store/sqlutil.h"
#include "store/uidbytes.h"

#include <QByteArray>
#include <QCoreApplication>

#include <sqlite3.h>

namespace tumbuh::records {
namespace {

bool sameMeasurement(const Measurement& a, const Measurement& b)
{
    return a.childId == b.childId && a.posyanduId == b.posyanduId && a.date == b.date && a.weight == b.weight
        && a.length == b.length && a.position == b.position && a.headCircumference == b.headCircumference
        && a.armCircumference == b.armCircumference && a.oedema == b.oedema && a.measuredBy == b.measuredBy
        && a.notes == b.notes;
}

// Text that SQLite reads in place (SQLITE_STATIC): `utf8` must stay valid
// until the statement has run; every parameter is bound again per row.
void bindStatic(NativeStatement& s, int index, std::string_view utf8)
{
    sqlite3_bind_text(s.handle(), index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_STATIC);
}

// As NativeStatement::bind(QString): empty is NULL.
void bindStaticOrNull(NativeStatement& s, int index, const QByteArray& utf8)
{
    if (utf8.isEmpty())
        s.bindNull(index);
    else
        bindStatic(s, index, std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

} // namespace

MeasurementResolver::MeasurementResolver(ImportContext& context, PlaceResolver& places, ChildResolver& children)
    : context_(context), places_(places), children_(children), measurements_(context.db()),
      measurers_(context.db(), table<Measurement>().namesOf<&Measurement::measuredBy>())
{
}

Result<void> MeasurementResolver::prepare()
{
    const QString columns = table<Measurement>().selectList();
    auto byUid = NativeStatement::prepare(context_.db(), QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM measurements WHERE uid = ?"));
    auto byDay = NativeStatement::prepare(context_.db(), QStringLiteral("SELECT ") + columns
                                                             + QStringLiteral(" FROM measurements WHERE child_id = ? AND measured_on = ? "
                                                                              "AND deleted_at IS NULL ORDER BY id LIMIT 1"));
    auto byId = NativeStatement::prepare(context_.db(), QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM measurements WHERE id = ?"));
    auto insert = NativeStatement::prepare(
        context_.db(), QStringLiteral("INSERT INTO measurements (uid, child_id, posyandu_id, measured_on, weight_g, length_mm, "
                                      "length_position, head_mm, muac_mm, oedema, measurer_id, notes, created_at, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (auto* s : {&byUid, &byDay, &byId, &insert}) {
        if (!*s)
            return s->error();
    }
    measurementByUid_ = std::move(*byUid);
    measurementByDay_ = std::move(*byDay);
    measurementById_ = std::move(*byId);
    insertMeasurement_ = std::move(*insert);
    return {};
}

Result<void> MeasurementResolver::setIndexesAside()
{
    if (context_.layout() == ImportLayout::Children)
        return {};
    auto any = NativeStatement::prepare(context_.db(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM measurements)"));
    if (!any)
        return any.error();
    auto r = any->step();
    if (!r)
        return r.error();
    if (any->int64(0) != 0)
        return {};
    any->reset();
    auto aside = IndexSetAside::drop(context_.db(), QStringLiteral("measurements"));
    if (!aside)
        return aside.error();
    setAside_ = std::move(*aside);
    indexesDropped_ = true;
    return {};
}

Result<void> MeasurementResolver::rebuildIndexes()
{
    if (setAside_)
        return setAside_->rebuild(context_.db());
    return {};
}

Result<std::optional<Measurement>> MeasurementResolver::storedMeasurement(const ImportRow& row, RowId childId)
{
    NativeStatement* s = nullptr;
    if (!row.measurementUid.isNull()) {
        s = &*measurementByUid_;
        s->bindUid(1, row.measurementUid);
    } else if (indexesDropped_ && row.measuredOn.isValid()) {
        auto e = children_.entry(childId);
        if (!e)
            return e.error();
        const qint64 day = row.measuredOn.toJulianDay();
        RowId found = 0;
        for (const auto& [d, id] : (*e)->days) {
            if (d == day) {
                found = id;
                break;
            }
        }
        if (found == 0)
            return std::optional<Measurement>();
        s = &*measurementById_;
        s->bind(1, static_cast<std::int64_t>(found));
    } else if (row.measuredOn.isValid()) {
        s = &*measurementByDay_;
        s->bind(1, static_cast<std::int64_t>(childId));
        s->bindDate(2, row.measuredOn);
    } else {
        return std::optional<Measurement>();
    }
    auto r = s->step();
    std::optional<Measurement> out;
    if (r && *r)
        out = table<Measurement>().read(NativeRow(s->handle()));
    s->reset();
    if (!r)
        return r.error();
    return out;
}

MeasurementResolver::Outcome MeasurementResolver::measurementFor(const ImportRow& row, RowId childId)
{
    auto child = children_.cachedChild(childId);
    if (!child)
        return child.error();
    RowId posyanduId = 0;
    const bool rowNamesPosyandu = !row.posyanduUid.isNull() || !row.posyandu.isEmpty();
    Outcome o = places_.posyanduFor(row.posyanduUid, row.posyandu, row, posyanduId);
    if (!o || *o)
        return o;
    // Into a database that had no measurements, a row with its own UUID is
    // new unless the insert below finds the UUID taken (the rare double in
    // one file): no lookup per row.
    std::optional<Measurement> found;
    if (!(indexesDropped_ && !row.measurementUid.isNull())) {
        auto stored = storedMeasurement(row, childId);
        if (!stored)
            return stored.error();
        found = std::move(*stored);
    }
    if (found)
        return updateMeasurement(row, childId, posyanduId, rowNamesPosyandu, *found);

    Measurement m;
    m.childId = childId;
    m.date = row.measuredOn;
    m.weight = row.weight;
    m.length = row.length;
    m.position = row.position;
    m.headCircumference = row.head;
    m.armCircumference = row.muac;
    m.oedema = row.oedema.value_or(false);
    m.measuredBy = row.measuredBy;
    m.notes = row.notes;
    // The repository's rules, given the child held in memory (no query per
    // row); the posyandu found or created above is live by construction.
    if (auto v = measurements_.validateFor(m, **child); !v)
        return context_.refused(v.error(), [&] { return measurements_.validateFor(m, **child); });
    m.posyanduId = posyanduId != 0 ? posyanduId : (*child)->posyanduId;

    // The texts are bound without SQLite's copy of each (a malloc and a
    // free per value, a fifth of the insert's instructions): every buffer
    // below lives until s.run() has stepped.
    // The name's id is remembered for the next rows unless a savepoint this
    // row opened could still take the name's new row back.
    auto measurer = measurers_.idOf(m.measuredBy, !context_.inSavepoint());
    if (!measurer)
        return measurer.error();
    NativeStatement& s = *insertMeasurement_;
    const QUuid uid = row.measurementUid.isNull() ? context_.nextUid() : row.measurementUid;
    const UidBytes uidBytes(uid);
    const QByteArray notes = m.notes.toUtf8();
    sqlite3_bind_blob(s.handle(), 1, uidBytes.data(), UidBytes::size(), SQLITE_STATIC);
    s.bind(2, static_cast<std::int64_t>(m.childId));
    s.bind(3, static_cast<std::int64_t>(m.posyanduId));
    s.bindDate(4, m.date);
    ImportContext::bindUnit(s, 5, m.weight);
    ImportContext::bindUnit(s, 6, m.length);
    if (m.position == growth::Measure::Unknown)
        s.bindNull(7);
    else
        s.bind(7, static_cast<std::int64_t>(m.position));
    ImportContext::bindUnit(s, 8, m.headCircumference);
    ImportContext::bindUnit(s, 9, m.armCircumference);
    s.bind(10, std::int64_t{m.oedema ? 1 : 0});
    if (measurer->isNull())
        s.bindNull(11);
    else
        s.bind(11, static_cast<std::int64_t>(measurer->toLongLong()));
    bindStaticOrNull(s, 12, notes);
    s.bind(13, context_.nowMs());
    s.bind(14, context_.nowMs());
    if (auto r = s.run(); !r) {
        if (s.lastResultCode() != SQLITE_CONSTRAINT || row.measurementUid.isNull())
            return r.error();
        auto stored = storedMeasurement(row, childId);
        if (!stored)
            return stored.error();
        if (!*stored)
            return r.error();
        return updateMeasurement(row, childId, posyanduId, rowNamesPosyandu, **stored);
    }
    inserted_.add(s.lastInsertId());
    if (indexesDropped_)
        children_.known(childId).days.emplace_back(m.date.toJulianDay(), s.lastInsertId());
    ++context_.rowCounts().measurements.added;
    return std::optional<ImportProblem>();
}

MeasurementResolver::Outcome MeasurementResolver::updateMeasurement(const ImportRow& row, RowId childId, RowId posyanduId,
                                                                    bool rowNamesPosyandu, const Measurement& old)
{
    const QString uid = sql::uidText(old.meta.uid);
    if (old.meta.isDeleted()) {
        return std::optional<ImportProblem>(ImportContext::problem(ImportFieldNames::canonical(ImportField::MeasurementUid), [&] {
            return QCoreApplication::translate("tumbuh::records", "The measurement %1 was deleted in this database; an import does not bring it back.").arg(uid);
        }));
    }
    if (old.childId != childId) {
        return std::optional<ImportProblem>(ImportContext::problem(ImportFieldNames::canonical(ImportField::MeasurementUid), [&] {
            return QCoreApplication::translate("tumbuh::records", "The measurement %1 belongs to another child.").arg(uid);
        }));
    }
    Measurement m = old;
    if (row.measuredOn.isValid())
        m.date = row.measuredOn;
    if (rowNamesPosyandu || (posyanduId != 0 && !context_.options().defaultPosyandu.isEmpty()))
        m.posyanduId = posyanduId;
    if (row.weight)
        m.weight = row.weight;
    if (row.length)
        m.length = row.length;
    if (row.position != growth::Measure::Unknown)
        m.position = row.position;
    if (row.head)
        m.headCircumference = row.head;
    if (row.muac)
        m.armCircumference = row.muac;
    if (row.oedema)
        m.oedema = *row.oedema;
    if (!row.measuredBy.isEmpty())
        m.measuredBy = row.measuredBy;
    if (!row.notes.isEmpty())
        m.notes = row.notes;
    if (sameMeasurement(m, old)) {
        ++context_.rowCounts().measurements.unchanged;
        return std::optional<ImportProblem>();
    }
    if (auto b = context_.beginRowSavepoint(); !b)
        return b.error();
    auto saved = measurements_.update(m, context_.options().user);
    if (!saved)
        return context_.refused(saved.error(), [&] { return measurements_.validate(m); });
    context_.warn(saved.warnings());
    edited_.push_back(old.meta.id);
    if (indexesDropped_ && m.date != old.date) {
        for (auto& [d, id] : children_.known(childId).days) {
            if (id == old.meta.id)
                d = m.date.toJulianDay();
        }
    }
    ++context_.rowCounts().measurements.updated;
    return std::optional<ImportProblem>();
}

} // namespace tumbuh::records
