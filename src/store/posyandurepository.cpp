#include "store/posyandurepository.h"

#include "store/database.h"
#include "store/messages.h"
#include "store/rowreaders.h"
#include "store/rowwriter.h"
#include "store/validation.h"

#include <QRegularExpression>

namespace tumbuh::store {
namespace {

const rowwriter::Table& table()
{
    static const rowwriter::Table t = rowwriter::makeTable(
        QStringLiteral("posyandu"),
        {QStringLiteral("name"), QStringLiteral("rw"), QStringLiteral("kelurahan"), QStringLiteral("kecamatan"),
         QStringLiteral("kabupaten"), QStringLiteral("province"), QStringLiteral("region_code"),
         QStringLiteral("region_code_version"), QStringLiteral("notes")});
    return t;
}

QVariantList values(const Posyandu& p)
{
    return {p.name,
            sql::textOrNull(p.rw),
            sql::textOrNull(p.kelurahan),
            sql::textOrNull(p.kecamatan),
            sql::textOrNull(p.kabupaten),
            sql::textOrNull(p.province),
            sql::textOrNull(p.regionCode),
            sql::textOrNull(p.regionCodeVersion),
            sql::textOrNull(p.notes)};
}

Result<std::optional<Posyandu>> fetch(Database& db, const QString& where, const QVariant& key)
{
    static const QString select =
        QStringLiteral("SELECT ") + rows::posyanduColumns({}) + QStringLiteral(" FROM posyandu ");
    auto q = sql::exec(db, select + where, {key});
    if (!q)
        return q.error();
    sql::Finisher done(*q);
    if (!(*q)->next())
        return std::optional<Posyandu>();
    return std::optional<Posyandu>(rows::readPosyandu(QtRow(**q)));
}

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
         {std::pair{"name", &p.name}, {"rw", &p.rw}, {"kelurahan", &p.kelurahan}, {"kecamatan", &p.kecamatan},
          {"kabupaten", &p.kabupaten}, {"province", &p.province}, {"region_code_version", &p.regionCodeVersion},
          {"notes", &p.notes}})
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
    if (auto w = db_.checkWritable(); !w)
        return w.error();
    normalize(posyandu);
    if (auto v = validate(posyandu); !v)
        return v.error();
    sql::stampInsert(posyandu.meta, stamp);
    return rowwriter::insert(db_, table(), posyandu, values(posyandu), who);
}

Result<Posyandu> PosyanduRepository::update(Posyandu posyandu, UserId who, Stamp stamp)
{
    if (auto w = db_.checkWritable(); !w)
        return w.error();
    auto stored = fetch(db_, QStringLiteral("WHERE id = ?"), posyandu.meta.id);
    if (!stored)
        return stored.error();
    if (!*stored || ((*stored)->meta.isDeleted() && stamp == Stamp::Now))
        return msg::notFound(QStringLiteral("posyandu_id"));
    normalize(posyandu);
    if (auto v = validate(posyandu); !v)
        return v.error();
    sql::stampUpdate(posyandu.meta, (*stored)->meta, stamp);
    return rowwriter::update(db_, table(), posyandu, **stored, values(posyandu), who, AuditAction::Update);
}

Result<void> PosyanduRepository::remove(RowId id, UserId who)
{
    if (auto w = db_.checkWritable(); !w)
        return w.error();
    auto stored = get(id);
    if (!stored)
        return stored.error();
    auto children = sql::scalar(
        db_, QStringLiteral("SELECT count(*) FROM children WHERE posyandu_id = ? AND deleted_at IS NULL"), {id});
    if (!children)
        return children.error();
    if (children->toLongLong() > 0)
        return msg::inUse(QStringLiteral("posyandu_id"), children->toLongLong());
    return rowwriter::softDelete(db_, table(), *stored, values(*stored), who);
}

Result<Posyandu> PosyanduRepository::get(RowId id) const
{
    auto r = fetch(db_, QStringLiteral("WHERE id = ? AND deleted_at IS NULL"), id);
    if (!r)
        return r.error();
    if (!*r)
        return msg::notFound(QStringLiteral("posyandu_id"));
    return **r;
}

Result<std::optional<Posyandu>> PosyanduRepository::findByUid(const QUuid& uid) const
{
    return fetch(db_, QStringLiteral("WHERE uid = ?"), sql::uidText(uid));
}

Result<std::vector<Posyandu>> PosyanduRepository::list() const
{
    static const QString select = QStringLiteral("SELECT ") + rows::posyanduColumns({})
        + QStringLiteral(" FROM posyandu WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id");
    auto q = sql::exec(db_, select);
    if (!q)
        return q.error();
    sql::Finisher done(*q);
    std::vector<Posyandu> out;
    while ((*q)->next())
        out.push_back(rows::readPosyandu(QtRow(**q)));
    return out;
}

} // namespace tumbuh::store
