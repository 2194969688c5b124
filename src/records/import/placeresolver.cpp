#include "records/import/placeresolver.h"

#include "store/sqlutil.h"

#include <QCoreApplication>

namespace tumbuh::records {
namespace {

QString householdKey(RowId posyandu, const QString& address, const QString& rt, const QString& rw, const QString& mother)
{
    return QString::number(posyandu) + QLatin1Char('|') + ImportContext::nameKey(address) + QLatin1Char('|')
         + rt.trimmed() + QLatin1Char('|') + rw.trimmed() + QLatin1Char('|') + ImportContext::nameKey(mother);
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
        posyanduByUid_.insert(QUuid::fromString(posyandu->text(1)), posyandu->int64(0));
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
        householdByUid_.insert(QUuid::fromString(households->text(1)), households->int64(0));
        householdByKey_.insert(householdKey(households->int64(2), households->text(3), households->text(4),
                                            households->text(5), households->text(6)),
                               households->int64(0));
    }
    return {};
}

void PlaceResolver::undoRow()
{
    for (const QString& k : rowPosyanduNames_)
        posyanduByName_.remove(k);
    for (const QUuid& u : rowPosyanduUids_)
        posyanduByUid_.remove(u);
    for (const QString& k : rowHouseholdKeys_)
        householdByKey_.remove(k);
    for (const QUuid& u : rowHouseholdUids_)
        householdByUid_.remove(u);
}

void PlaceResolver::endRow()
{
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
    } else if (const auto it = posyanduByName_.constFind(ImportContext::nameKey(name)); it != posyanduByName_.constEnd()) {
        id = *it;
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
    if (auto b = context_.beginRowSavepoint(); !b)
        return b.error();
    auto saved = households_.add(h, context_.options().user);
    if (!saved)
        return context_.refused(saved.error(), [&] { return households_.validate(h); });
    id = saved->meta.id;
    householdByUid_.insert(saved->meta.uid, *id);
    rowHouseholdUids_ << saved->meta.uid;
    if (!householdByKey_.contains(key)) {
        householdByKey_.insert(key, *id);
        rowHouseholdKeys_ << key;
    }
    ++context_.rowCounts().households;
    return std::optional<ImportProblem>();
}

} // namespace tumbuh::records
