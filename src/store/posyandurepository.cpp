#include "store/posyandurepository.h"

#include "store/database.h"
#include "store/messages.h"
#include "store/crud.h"
#include "store/posyanducolumns.h"
#include "store/validation.h"

#include <QRegularExpression>

namespace tumbuh::store {
namespace {

void normalize(Posyandu& p)
{
    for (QString* s : {&p.name, &p.rw, &p.kelurahan, &p.kecamatan, &p.kabupaten, &p.province, &p.regionCode,
                       &p.regionCodeVersion})
        *s = s->simplified();
    p.notes = p.notes.trimmed();
}

} // namespace

Result<void> PosyanduRepository::validate(const Posyandu& p) const
{
    Validation v;
    if (p.name.trimmed().isEmpty())
        v.fail(msg::required(QStringLiteral("name")));
    for (const auto& [field, text] :
         {std::pair{"name", &p.name}, {"rw", &p.rw}, {"kelurahan", &p.kelurahan}, {"kecamatan", &p.kecamatan}, {"kabupaten", &p.kabupaten}, {"province", &p.province}, {"region_code_version", &p.regionCodeVersion}, {"notes", &p.notes}})
        v.checkText(QString::fromLatin1(field), *text);
    // Kemendagri PP.KK.CC.DDDD; province, kabupaten or kecamatan codes alone
    // are accepted for posyandu whose kelurahan is not known yet.
    static const QRegularExpression code(QStringLiteral("^\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?$"));
    if (!p.regionCode.isEmpty() && !code.match(p.regionCode).hasMatch())
        v.fail(msg::regionCode(p.regionCode));
    return v.result();
}

Result<Posyandu> PosyanduRepository::add(Posyandu posyandu, UserId who, Stamp stamp)
{
    return Crud<Posyandu>(db_).add(std::move(posyandu), who, stamp, [this](Posyandu& x) {
        normalize(x);
        return validate(x);
    });
}

Result<Posyandu> PosyanduRepository::update(Posyandu posyandu, UserId who, Stamp stamp)
{
    return Crud<Posyandu>(db_).update(std::move(posyandu), who, stamp, [this](Posyandu& x, const Posyandu&) {
        normalize(x);
        return validate(x);
    });
}

Result<void> PosyanduRepository::remove(RowId id, UserId who)
{
    return Crud<Posyandu>(db_).remove(id, who, [this](const Posyandu& p) {
        return refuseWhileLiveChildren(db_, QStringLiteral("posyandu_id"), p.meta.id);
    });
}

Result<Posyandu> PosyanduRepository::get(RowId id) const
{
    return Crud<Posyandu>(db_).get(id);
}

Result<std::optional<Posyandu>> PosyanduRepository::findByUid(const QUuid& uid) const
{
    return Crud<Posyandu>(db_).findByUid(uid);
}

Result<std::vector<Posyandu>> PosyanduRepository::list() const
{
    return Crud<Posyandu>(db_).list(QStringLiteral("WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id"));
}

} // namespace tumbuh::store
