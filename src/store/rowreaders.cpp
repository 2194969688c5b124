#include "rowreaders.h"

#include "sqlutil.h"
#include "storagecodes.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tumbuh::store::rows {
namespace {

// "a.x, a.y, ..." from "x, y, ...": keeps every list written once.
QString qualified(const QString& alias, const QString& columns)
{
    QStringList out;
    const QStringList names = columns.split(QLatin1Char(','));
    for (const QString& n : names)
        out << (alias.isEmpty() ? n.trimmed() : alias + QLatin1Char('.') + n.trimmed());
    return out.join(QStringLiteral(", "));
}

const QString kMeta = QStringLiteral("id, uid, created_at, updated_at, deleted_at");

} // namespace

QString userColumns(const QString& alias)
{
    return qualified(alias, kMeta + QStringLiteral(", name, role"));
}

QString posyanduColumns(const QString& alias)
{
    return qualified(alias, kMeta + QStringLiteral(", name, rw, kelurahan, kecamatan, kabupaten, province, "
                                                   "region_code, region_code_version, notes"));
}

QString householdColumns(const QString& alias)
{
    return qualified(alias, kMeta + QStringLiteral(", posyandu_id, address, rt, rw, kelurahan, kk_number, "
                                                   "father_name, father_nik, mother_name, mother_nik, phone, notes"));
}

QString childColumns(const QString& alias)
{
    return qualified(alias, kMeta + QStringLiteral(", nik, name, sex, birth_date, birth_date_approximate, "
                                                   "birth_weight_g, birth_length_mm, mother_name, household_id, "
                                                   "posyandu_id, status, status_date, notes"));
}

QString measurementColumns(const QString& alias)
{
    return qualified(alias, kMeta + QStringLiteral(", child_id, posyandu_id, measured_on, weight_g, length_mm, "
                                                   "length_position, head_mm, muac_mm, oedema, measured_by, notes"));
}

QString referralColumns(const QString& alias)
{
    return qualified(alias, kMeta + QStringLiteral(", child_id, referred_on, reasons, destination, referred_by, "
                                                   "status, arrived_on, closed_on, notes"));
}

User readUser(const QSqlQuery& q, int first)
{
    User u;
    u.meta = sql::readMeta(q, first);
    u.name = q.value(first + 5).toString();
    u.role = codes::roleFrom(q.value(first + 6).toString()).value_or(Role::Kader);
    return u;
}

Posyandu readPosyandu(const QSqlQuery& q, int first)
{
    Posyandu p;
    p.meta = sql::readMeta(q, first);
    int i = first + 5;
    p.name = sql::textFrom(q.value(i++));
    p.rw = sql::textFrom(q.value(i++));
    p.kelurahan = sql::textFrom(q.value(i++));
    p.kecamatan = sql::textFrom(q.value(i++));
    p.kabupaten = sql::textFrom(q.value(i++));
    p.province = sql::textFrom(q.value(i++));
    p.regionCode = sql::textFrom(q.value(i++));
    p.regionCodeVersion = sql::textFrom(q.value(i++));
    p.notes = sql::textFrom(q.value(i++));
    return p;
}

Household readHousehold(const QSqlQuery& q, int first)
{
    Household h;
    h.meta = sql::readMeta(q, first);
    int i = first + 5;
    h.posyanduId = sql::optionalId(q.value(i++));
    h.address = sql::textFrom(q.value(i++));
    h.rt = sql::textFrom(q.value(i++));
    h.rw = sql::textFrom(q.value(i++));
    h.kelurahan = sql::textFrom(q.value(i++));
    h.kkNumber = sql::textFrom(q.value(i++));
    h.fatherName = sql::textFrom(q.value(i++));
    h.fatherNik = sql::textFrom(q.value(i++));
    h.motherName = sql::textFrom(q.value(i++));
    h.motherNik = sql::textFrom(q.value(i++));
    h.phone = sql::textFrom(q.value(i++));
    h.notes = sql::textFrom(q.value(i++));
    return h;
}

Child readChild(const QSqlQuery& q, int first)
{
    Child c;
    c.meta = sql::readMeta(q, first);
    int i = first + 5;
    c.nik = sql::textFrom(q.value(i++));
    c.name = sql::textFrom(q.value(i++));
    c.sex = codes::sexFrom(q.value(i++).toInt()).value_or(growth::Sex::Male);
    c.birthDate = sql::dateFrom(q.value(i++));
    c.birthDateApproximate = q.value(i++).toInt() != 0;
    c.birthWeight = sql::optionalUnit<growth::Grams>(q.value(i++));
    c.birthLength = sql::optionalUnit<growth::Millimetres>(q.value(i++));
    c.motherName = sql::textFrom(q.value(i++));
    c.householdId = sql::optionalId(q.value(i++));
    c.posyanduId = q.value(i++).toLongLong();
    c.status = codes::childStatusFrom(q.value(i++).toString()).value_or(ChildStatus::Active);
    c.statusDate = sql::dateFrom(q.value(i++));
    c.notes = sql::textFrom(q.value(i++));
    return c;
}

Measurement readMeasurement(const QSqlQuery& q, int first)
{
    Measurement m;
    m.meta = sql::readMeta(q, first);
    int i = first + 5;
    m.childId = q.value(i++).toLongLong();
    m.posyanduId = q.value(i++).toLongLong();
    m.date = sql::dateFrom(q.value(i++));
    m.weight = sql::optionalUnit<growth::Grams>(q.value(i++));
    m.length = sql::optionalUnit<growth::Millimetres>(q.value(i++));
    const QVariant position = q.value(i++);
    m.position = position.isNull() ? growth::Measure::Unknown
               : position.toInt() == 1 ? growth::Measure::Lying
                                       : growth::Measure::Standing;
    m.headCircumference = sql::optionalUnit<growth::Millimetres>(q.value(i++));
    m.armCircumference = sql::optionalUnit<growth::Millimetres>(q.value(i++));
    m.oedema = q.value(i++).toInt() != 0;
    m.measuredBy = sql::textFrom(q.value(i++));
    m.notes = sql::textFrom(q.value(i++));
    return m;
}

Referral readReferral(const QSqlQuery& q, int first)
{
    Referral r;
    r.meta = sql::readMeta(q, first);
    int i = first + 5;
    r.childId = q.value(i++).toLongLong();
    r.referredOn = sql::dateFrom(q.value(i++));
    const QJsonArray reasons = QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).array();
    for (const auto& v : reasons)
        r.reasons << v.toString();
    r.destination = sql::textFrom(q.value(i++));
    r.referredBy = sql::textFrom(q.value(i++));
    r.status = codes::referralStatusFrom(q.value(i++).toString()).value_or(ReferralStatus::Referred);
    r.arrivedOn = sql::dateFrom(q.value(i++));
    r.closedOn = sql::dateFrom(q.value(i++));
    r.notes = sql::textFrom(q.value(i++));
    return r;
}

} // namespace tumbuh::store::rows
