#include "store/rowreaders.h"

#include "store/sqlutil.h"
#include "store/storagecodes.h"

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

User readUser(const Row& r, int first)
{
    User u;
    u.meta = r.meta(first);
    u.name = r.text(first + 5);
    u.role = codes::roleFrom(r.text(first + 6)).value_or(Role::Kader);
    return u;
}

Posyandu readPosyandu(const Row& r, int first)
{
    Posyandu p;
    p.meta = r.meta(first);
    int i = first + 5;
    p.name = r.text(i++);
    p.rw = r.text(i++);
    p.kelurahan = r.text(i++);
    p.kecamatan = r.text(i++);
    p.kabupaten = r.text(i++);
    p.province = r.text(i++);
    p.regionCode = r.text(i++);
    p.regionCodeVersion = r.text(i++);
    p.notes = r.text(i++);
    return p;
}

Household readHousehold(const Row& r, int first)
{
    Household h;
    h.meta = r.meta(first);
    int i = first + 5;
    h.posyanduId = r.optionalId(i++);
    h.address = r.text(i++);
    h.rt = r.text(i++);
    h.rw = r.text(i++);
    h.kelurahan = r.text(i++);
    h.kkNumber = r.text(i++);
    h.fatherName = r.text(i++);
    h.fatherNik = r.text(i++);
    h.motherName = r.text(i++);
    h.motherNik = r.text(i++);
    h.phone = r.text(i++);
    h.notes = r.text(i++);
    return h;
}

Child readChild(const Row& r, int first)
{
    Child c;
    c.meta = r.meta(first);
    int i = first + 5;
    c.nik = r.text(i++);
    c.name = r.text(i++);
    c.sex = codes::sexFrom(static_cast<int>(r.integer(i++))).value_or(growth::Sex::Male);
    c.birthDate = r.date(i++);
    c.birthDateApproximate = r.integer(i++) != 0;
    c.birthWeight = r.unit<growth::Grams>(i++);
    c.birthLength = r.unit<growth::Millimetres>(i++);
    c.motherName = r.text(i++);
    c.householdId = r.optionalId(i++);
    c.posyanduId = r.integer(i++);
    c.status = codes::childStatusFrom(r.text(i++)).value_or(ChildStatus::Active);
    c.statusDate = r.date(i++);
    c.notes = r.text(i++);
    return c;
}

Measurement readMeasurement(const Row& r, int first)
{
    Measurement m;
    m.meta = r.meta(first);
    int i = first + 5;
    m.childId = r.integer(i++);
    m.posyanduId = r.integer(i++);
    m.date = r.date(i++);
    m.weight = r.unit<growth::Grams>(i++);
    m.length = r.unit<growth::Millimetres>(i++);
    const int position = i++;
    m.position = r.isNull(position)        ? growth::Measure::Unknown
               : r.integer(position) == 1 ? growth::Measure::Lying
                                          : growth::Measure::Standing;
    m.headCircumference = r.unit<growth::Millimetres>(i++);
    m.armCircumference = r.unit<growth::Millimetres>(i++);
    m.oedema = r.integer(i++) != 0;
    m.measuredBy = r.text(i++);
    m.notes = r.text(i++);
    return m;
}

Referral readReferral(const Row& r, int first)
{
    Referral out;
    out.meta = r.meta(first);
    int i = first + 5;
    out.childId = r.integer(i++);
    out.referredOn = r.date(i++);
    const QJsonArray reasons = QJsonDocument::fromJson(r.text(i++).toUtf8()).array();
    for (const auto& v : reasons)
        out.reasons << v.toString();
    out.destination = r.text(i++);
    out.referredBy = r.text(i++);
    out.status = codes::referralStatusFrom(r.text(i++)).value_or(ReferralStatus::Referred);
    out.arrivedOn = r.date(i++);
    out.closedOn = r.date(i++);
    out.notes = r.text(i++);
    return out;
}

} // namespace tumbuh::store::rows
