#include "store/rowjson.h"

#include "store/sqlutil.h"
#include "store/storagecodes.h"

#include <QJsonArray>
#include <QJsonValue>

namespace tumbuh::store {
namespace {

void putMeta(QJsonObject& o, const RowMeta& m)
{
    o.insert(QStringLiteral("id"), m.id);
    o.insert(QStringLiteral("uid"), sql::uidText(m.uid));
    o.insert(QStringLiteral("created_at"), sql::timestampText(m.createdAt));
    o.insert(QStringLiteral("updated_at"), sql::timestampText(m.updatedAt));
    o.insert(QStringLiteral("deleted_at"),
             m.deletedAt ? QJsonValue(sql::timestampText(*m.deletedAt)) : QJsonValue());
}

QJsonValue text(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

template <typename Unit>
QJsonValue unit(const std::optional<Unit>& u)
{
    return u ? QJsonValue(u->value) : QJsonValue();
}

QJsonValue id(const std::optional<RowId>& i)
{
    return i ? QJsonValue(*i) : QJsonValue();
}

} // namespace

QJsonObject toJson(const User& u)
{
    QJsonObject o;
    putMeta(o, u.meta);
    o.insert(QStringLiteral("name"), u.name);
    o.insert(QStringLiteral("role"), codes::roleText(u.role));
    return o;
}

QJsonObject toJson(const Posyandu& p)
{
    QJsonObject o;
    putMeta(o, p.meta);
    o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("rw"), text(p.rw));
    o.insert(QStringLiteral("kelurahan"), text(p.kelurahan));
    o.insert(QStringLiteral("kecamatan"), text(p.kecamatan));
    o.insert(QStringLiteral("kabupaten"), text(p.kabupaten));
    o.insert(QStringLiteral("province"), text(p.province));
    o.insert(QStringLiteral("region_code"), text(p.regionCode));
    o.insert(QStringLiteral("region_code_version"), text(p.regionCodeVersion));
    o.insert(QStringLiteral("notes"), text(p.notes));
    return o;
}

QJsonObject toJson(const Household& h)
{
    QJsonObject o;
    putMeta(o, h.meta);
    o.insert(QStringLiteral("posyandu_id"), id(h.posyanduId));
    o.insert(QStringLiteral("address"), text(h.address));
    o.insert(QStringLiteral("rt"), text(h.rt));
    o.insert(QStringLiteral("rw"), text(h.rw));
    o.insert(QStringLiteral("kelurahan"), text(h.kelurahan));
    o.insert(QStringLiteral("kk_number"), text(h.kkNumber));
    o.insert(QStringLiteral("father_name"), text(h.fatherName));
    o.insert(QStringLiteral("father_nik"), text(h.fatherNik));
    o.insert(QStringLiteral("mother_name"), text(h.motherName));
    o.insert(QStringLiteral("mother_nik"), text(h.motherNik));
    o.insert(QStringLiteral("phone"), text(h.phone));
    o.insert(QStringLiteral("notes"), text(h.notes));
    return o;
}

QJsonObject toJson(const Child& c)
{
    QJsonObject o;
    putMeta(o, c.meta);
    o.insert(QStringLiteral("nik"), text(c.nik));
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("sex"), codes::sexCode(c.sex));
    o.insert(QStringLiteral("birth_date"), date(c.birthDate));
    o.insert(QStringLiteral("birth_date_approximate"), c.birthDateApproximate ? 1 : 0);
    o.insert(QStringLiteral("birth_weight_g"), unit(c.birthWeight));
    o.insert(QStringLiteral("birth_length_mm"), unit(c.birthLength));
    o.insert(QStringLiteral("mother_name"), text(c.motherName));
    o.insert(QStringLiteral("household_id"), id(c.householdId));
    o.insert(QStringLiteral("posyandu_id"), c.posyanduId);
    o.insert(QStringLiteral("status"), codes::childStatusText(c.status));
    o.insert(QStringLiteral("status_date"), date(c.statusDate));
    o.insert(QStringLiteral("notes"), text(c.notes));
    return o;
}

QJsonObject toJson(const Measurement& m)
{
    QJsonObject o;
    putMeta(o, m.meta);
    o.insert(QStringLiteral("child_id"), m.childId);
    o.insert(QStringLiteral("posyandu_id"), m.posyanduId);
    o.insert(QStringLiteral("measured_on"), date(m.date));
    o.insert(QStringLiteral("weight_g"), unit(m.weight));
    o.insert(QStringLiteral("length_mm"), unit(m.length));
    o.insert(QStringLiteral("length_position"),
             m.position == growth::Measure::Unknown ? QJsonValue() : QJsonValue(static_cast<int>(m.position)));
    o.insert(QStringLiteral("head_mm"), unit(m.headCircumference));
    o.insert(QStringLiteral("muac_mm"), unit(m.armCircumference));
    o.insert(QStringLiteral("oedema"), m.oedema ? 1 : 0);
    o.insert(QStringLiteral("measured_by"), text(m.measuredBy));
    o.insert(QStringLiteral("notes"), text(m.notes));
    return o;
}

QJsonObject toJson(const Referral& r)
{
    QJsonObject o;
    putMeta(o, r.meta);
    o.insert(QStringLiteral("child_id"), r.childId);
    o.insert(QStringLiteral("referred_on"), date(r.referredOn));
    o.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons));
    o.insert(QStringLiteral("destination"), r.destination);
    o.insert(QStringLiteral("referred_by"), text(r.referredBy));
    o.insert(QStringLiteral("status"), codes::referralStatusText(r.status));
    o.insert(QStringLiteral("arrived_on"), date(r.arrivedOn));
    o.insert(QStringLiteral("closed_on"), date(r.closedOn));
    o.insert(QStringLiteral("notes"), text(r.notes));
    return o;
}

} // namespace tumbuh::store
