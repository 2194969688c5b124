#include "records/import/placeresolver.h"

#include "store/auditwriter.h"
#include "store/householdcolumns.h"
#include "store/sqlutil.h"

#include <QCoreApplication>
#include <QVariant>

namespace tumbuh::records {
namespace {

QString householdKey(RowId posyandu, const QString& address, const QString& rt, const QString& rw, const QString& mother)
{
    return QString::number(posyandu) + QLatin1Char('|') + ImportContext::nameKey(address) + QLatin1Char('|')
         + rt.trimmed() + QLatin1Char('|') + rw.trimmed() + QLatin1Char('|') + ImportContext::nameKey(mother);
}

// A value as Qt's SQLite driver binds it (the households' columns are texts
// and ids).
void bindValue(NativeStatement& s, int i, const QVariant& v)
{
    if (v.isNull())
        s.bindNull(i);
    else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        s.bind(i, static_cast<std::int64_t>(v.toLongLong()));
    else
        s.bind(i, v.toString());
}

} // namespace

PlaceResolver::PlaceResolver(ImportContext& context)
    : context_(context), households_(context.db()), posyandu_(context.db())
{
}

Result<void> PlaceResolver::load()
{
    auto posyandu = NativeStatement::prepare(context_.db(), QStringLiteral("SELECT id, uid, name FROM posyandu WHERE deleted_at IS NULL ORDER BY id"));
    if (!posyandu)
        return posyandu.error();
    for (;;) {
        auto r = posyandu->step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        posyanduByUid_.insert(posyandu->uid(1), posyandu->int64(0));
        posyanduByName_.insert(ImportContext::nameKey(posyandu->text(2)), posyandu->int64(0));
    }
    auto households = NativeStatement::prepare(
        context_.db(), QStringLiteral("SELECT id, uid, posyandu_id, address, rt, rw, mother_name FROM households "
                                      "WHERE deleted_at IS NULL ORDER BY id"));
    if (!households)
        return households.error();
    for (;;) {
        auto r = households->step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        householdByUid_.insert(households->uid(1), households->int64(0));
        householdByKey_.insert(householdKey(households->int64(2), households->text(3), households->text(4),
                                            households->text(5), households->text(6)),
                               households->int64(0));
    }
    auto insert = NativeStatement::prepare(context_.db(), table<Household>().insertSql());
    if (!insert)
        return insert.error();
    insertHousehold_ = std::move(*insert);
    return {};
}

void PlaceResolver::undoRow()
{
    lastPosyanduName_.clear();
    lastPosyanduId_ = 0;
    for (const QString& k : rowPosyanduNames_)
        posyanduByName_.remove(k);
    for (const QUuid& u : rowPosyanduUids_)
        posyanduByUid_.remove(u);
    for (const QString& k : rowHouseholdKeys_)
        householdByKey_.remove(k);
    for (const QUuid& u : rowHouseholdUids_)
        householdByUid_.remove(u);
}

Result<void> PlaceResolver::eraseRowAdded()
{
    // Nothing refers to them any more: the row's child was erased first
    // (ChildResolver::eraseRowAdded). A savepoint the row opened later does
    // not cover them, so each is deleted here; the next new household then
    // gets the same id, as after a rollback.
    for (const RowId id : std::as_const(rowHouseholdsUnguarded_)) {
        const QByteArray erase = "DELETE FROM households WHERE id = " + QByteArray::number(id);
        if (auto d = NativeStatement::exec(context_.db(), erase.constData()); !d)
            return d;
    }
    rowHouseholdsUnguarded_.clear();
    return {};
}

void PlaceResolver::endRow()
{
    rowHouseholdsUnguarded_.clear();
    rowPosyanduNames_.clear();
    rowPosyanduUids_.clear();
    rowHouseholdKeys_.clear();
    rowHouseholdUids_.clear();
}

PlaceResolver::Outcome PlaceResolver::posyanduFor(const QUuid& uid, const QString& name, const ImportRow& row, RowId& id)
{
    if (uid.isNull() && name.isEmpty()) {
        if (context_.options().defaultPosyandu.isEmpty()) {
            id = 0;
            return std::optional<ImportProblem>();
        }
        const QUuid asUid = QUuid::fromString(context_.options().defaultPosyandu);
        const ImportRow none;
        return posyanduFor(asUid, asUid.isNull() ? context_.options().defaultPosyandu.simplified() : QString(), none, id);
    }
    if (!uid.isNull()) {
        if (const auto it = posyanduByUid_.constFind(uid); it != posyanduByUid_.constEnd()) {
            id = *it;
            return std::optional<ImportProblem>();
        }
        auto f = posyandu_.findByUid(uid);
        if (!f)
            return f.error();
        if (*f) {
            if ((*f)->meta.isDeleted()) {
                const QString shown = (*f)->name;
                return std::optional<ImportProblem>(ImportContext::problem(ImportFieldNames::canonical(ImportField::PosyanduUid), [&] {
                    return QCoreApplication::translate("tumbuh::records", "The posyandu %1 was deleted in this database.").arg(shown);
                }));
            }
            id = (*f)->meta.id;
            posyanduByUid_.insert(uid, id);
            return std::optional<ImportProblem>();
        }
        if (name.isEmpty()) {
            const QString shown = sql::uidText(uid);
            return std::optional<ImportProblem>(ImportContext::problem(ImportFieldNames::canonical(ImportField::Posyandu), [&] {
                return QCoreApplication::translate("tumbuh::records", "The posyandu %1 is not in this database and the row gives no name for it.").arg(shown);
            }));
        }
    } else if (lastPosyanduId_ != 0 && name == lastPosyanduName_) {
        id = lastPosyanduId_;
        return std::optional<ImportProblem>();
    } else if (const auto it = posyanduByName_.constFind(ImportContext::nameKey(name)); it != posyanduByName_.constEnd()) {
        id = *it;
        lastPosyanduName_ = name;
        lastPosyanduId_ = id;
        return std::optional<ImportProblem>();
    }

    Posyandu p;
    p.meta.uid = uid;
    p.name = name;
    p.kelurahan = row.kelurahan;
    p.kecamatan = row.kecamatan;
    p.kabupaten = row.kabupaten;
    p.province = row.province;
    // The posyandu table has no puskesmas column: e-PPGBM's "Pukesmas" is
    // kept in the notes of a posyandu the import creates.
    if (!row.puskesmas.isEmpty())
        p.notes = QStringLiteral("Puskesmas: ") + row.puskesmas;
    if (auto b = context_.beginRowSavepoint(); !b)
        return b.error();
    auto saved = posyandu_.add(p, context_.options().user);
    if (!saved)
        return context_.refused(saved.error(), [&] { return posyandu_.validate(p); });
    id = saved->meta.id;
    posyanduByUid_.insert(saved->meta.uid, id);
    rowPosyanduUids_ << saved->meta.uid;
    const QString key = ImportContext::nameKey(saved->name);
    if (!posyanduByName_.contains(key)) {
        posyanduByName_.insert(key, id);
        rowPosyanduNames_ << key;
    }
    ++context_.rowCounts().posyandu;
    return std::optional<ImportProblem>();
}

PlaceResolver::Outcome PlaceResolver::householdFor(const ImportRow& row, RowId posyanduId, std::optional<RowId>& id)
{
    const QString key = householdKey(posyanduId, row.address, row.rt, row.rw, row.motherName);
    if (!row.householdUid.isNull()) {
        if (const auto it = householdByUid_.constFind(row.householdUid); it != householdByUid_.constEnd()) {
            id = *it;
            return std::optional<ImportProblem>();
        }
        auto f = households_.findByUid(row.householdUid);
        if (!f)
            return f.error();
        if (*f) {
            // A family deleted here: the child is saved without it.
            if (!(*f)->meta.isDeleted())
                id = (*f)->meta.id;
            return std::optional<ImportProblem>();
        }
    } else if (const auto it = householdByKey_.constFind(key); it != householdByKey_.constEnd()) {
        id = *it;
        return std::optional<ImportProblem>();
    }
    Household h;
    h.meta.uid = row.householdUid;
    if (posyanduId != 0)
        h.posyanduId = posyanduId;
    h.address = row.address;
    h.rt = row.rt;
    h.rw = row.rw;
    h.kelurahan = row.kelurahan;
    h.fatherName = row.fatherName;
    h.motherName = row.motherName;
    Household saved = h;
    HouseholdRepository::normalize(saved);
    // Its posyandu is live (posyanduFor finds live ones only, or creates it).
    if (auto v = households_.validateFields(saved); !v)
        return context_.refused(v.error(), [&] { return households_.validate(h); });
    // No savepoint for it (most rows of a new child add one): a rejected
    // row deletes it again (eraseRowAdded), and its audit entry waits for
    // the row to be saved (ImportContext::recordInsert).
    const bool unguarded = !context_.inSavepoint();
    auto added = addHousehold(saved);
    if (!added)
        return added.error();
    id = *added;
    if (unguarded)
        rowHouseholdsUnguarded_ << *id;
    householdByUid_.insert(saved.meta.uid, *id);
    rowHouseholdUids_ << saved.meta.uid;
    if (!householdByKey_.contains(key)) {
        householdByKey_.insert(key, *id);
        rowHouseholdKeys_ << key;
    }
    ++context_.rowCounts().households;
    return std::optional<ImportProblem>();
}

} // namespace tumbuh::records

namespace tumbuh::records {

// What Crud<Household>::add() writes after its checks: the row stamped now
// (a new random UUID unless the file gave one) and its audit entry (written
// when the row is saved, or at once inside the row's savepoint).
Result<RowId> PlaceResolver::addHousehold(Household& h)
{
    h.meta.deletedAt.reset();
    h.meta.id = 0;
    sql::stampInsert(h.meta, Stamp::Now);
    NativeStatement& s = *insertHousehold_;
    s.bindUid(1, h.meta.uid);
    s.bindTimestamp(2, h.meta.createdAt);
    s.bindTimestamp(3, h.meta.updatedAt);
    s.bindNull(4);
    const QVariantList values = table<Household>().values(h);
    for (qsizetype i = 0; i < values.size(); ++i)
        bindValue(s, static_cast<int>(i) + 5, values[i]);
    if (auto r = s.run(); !r)
        return r.error();
    h.meta.id = s.lastInsertId();
    if (auto a = context_.recordInsert(table<Household>().table(), h.meta.uid, table<Household>().json(h)); !a)
        return a.error();
    return h.meta.id;
}

} // namespace tumbuh::records
