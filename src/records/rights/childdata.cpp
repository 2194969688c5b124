#include "records/rights/childdata.h"

#include "growth/assessment.h"
#include "growth/permenkes.h"
#include "records/outputfile.h"
#include "records/outputguard.h"
#include "store/database.h"
#include "store/sqlutil.h"
#include "store/storagecodes.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <chrono>
#include <utility>
#include <vector>

namespace tumbuh::records {
namespace {

QJsonValue jsonOf(const QVariant& v)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt: return QJsonValue(v.toLongLong());
    case QMetaType::Double: return QJsonValue(v.toDouble());
    default: return QJsonValue(v.toString());
    }
}

// Every row of `sql` as objects keyed by column name.
Result<QJsonArray> rowsOf(Database& db, const QString& sql, const QVariantList& values)
{
    auto q = store::sql::exec(db, sql, values);
    if (!q)
        return q.error();
    store::sql::Finisher done(*q);
    QJsonArray rows;
    while ((*q)->next()) {
        const QSqlRecord r = (*q)->record();
        QJsonObject o;
        for (int i = 0; i < r.count(); ++i)
            o.insert(r.fieldName(i), jsonOf(store::sql::textForm(r.fieldName(i), r.value(i))));
        rows.append(o);
    }
    return rows;
}

std::chrono::year_month_day ymd(const QString& iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    if (!d.isValid())
        return std::chrono::year{0} / std::chrono::month{0} / std::chrono::day{0};
    return std::chrono::year{d.year()} / std::chrono::month{static_cast<unsigned>(d.month())}
         / std::chrono::day{static_cast<unsigned>(d.day())};
}

template <typename Unit>
std::optional<Unit> unitOf(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    return Unit{static_cast<std::int32_t>(v.toInteger())};
}

growth::Visit visitOf(const QJsonObject& m)
{
    growth::Visit v;
    v.date = ymd(m.value(QStringLiteral("measured_on")).toString());
    v.weight = unitOf<growth::Grams>(m.value(QStringLiteral("weight_g")));
    v.lengthHeight = unitOf<growth::Millimetres>(m.value(QStringLiteral("length_mm")));
    const qint64 position = m.value(QStringLiteral("length_position")).toInteger();
    v.measure = position == 1 ? growth::Measure::Lying
              : position == 2 ? growth::Measure::Standing
                              : growth::Measure::Unknown;
    v.headCircumference = unitOf<growth::Millimetres>(m.value(QStringLiteral("head_mm")));
    v.armCircumference = unitOf<growth::Millimetres>(m.value(QStringLiteral("muac_mm")));
    v.oedema = m.value(QStringLiteral("oedema")).toInteger() == 1;
    return v;
}

QJsonObject indexJson(const growth::IndicatorResult& r)
{
    QJsonObject o;
    o.insert(QStringLiteral("z"), r.z.ok() ? QJsonValue(r.z.z) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("status"), r.z.ok() && r.category
                                           ? QJsonValue(QString::fromUtf8(growth::labelId(*r.category)))
                                           : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("flagged"), r.z.ok() && r.z.flagged);
    return o;
}

QJsonObject assessmentJson(const growth::Assessment& a)
{
    QJsonObject o;
    o.insert(QStringLiteral("age_days"), a.ageDays);
    o.insert(QStringLiteral("age_months"), a.completedMonths);
    o.insert(QStringLiteral("reference"), a.reference == growth::Reference::Who2006   ? QStringLiteral("who2006")
                                          : a.reference == growth::Reference::Who2007 ? QStringLiteral("who2007")
                                                                                      : QStringLiteral("none"));
    o.insert(QStringLiteral("weight_for_age"), indexJson(a.weightForAge));
    o.insert(QStringLiteral("length_for_age"), indexJson(a.lengthForAge));
    o.insert(QStringLiteral("weight_for_length"), indexJson(a.weightForLength));
    o.insert(QStringLiteral("bmi_for_age"), indexJson(a.bmiForAge));
    o.insert(QStringLiteral("head_for_age"), indexJson(a.headForAge));
    o.insert(QStringLiteral("arm_for_age"), indexJson(a.armForAge));
    return o;
}

// The measurements with what the child page shows for each live one: the
// others as history, the visit itself left out (as the page does).
QJsonArray assessed(const QJsonObject& child, const QJsonArray& measurements)
{
    growth::ChildFacts facts;
    facts.sex = child.value(QStringLiteral("sex")).toInteger() == 1 ? growth::Sex::Male : growth::Sex::Female;
    facts.birthDate = ymd(child.value(QStringLiteral("birth_date")).toString());
    std::vector<growth::Visit> live;
    std::vector<qsizetype> liveAt;
    for (qsizetype i = 0; i < measurements.size(); ++i) {
        const QJsonObject m = measurements.at(i).toObject();
        if (m.value(QStringLiteral("deleted_at")).isNull()) {
            live.push_back(visitOf(m));
            liveAt.push_back(i);
        }
    }
    QJsonArray out;
    for (qsizetype i = 0; i < measurements.size(); ++i) {
        QJsonObject m = measurements.at(i).toObject();
        const auto at = std::find(liveAt.begin(), liveAt.end(), i);
        if (at == liveAt.end()) {
            m.insert(QStringLiteral("assessment"), QJsonValue(QJsonValue::Null));
        } else {
            const auto self = static_cast<std::size_t>(at - liveAt.begin());
            std::vector<growth::Visit> others;
            for (std::size_t j = 0; j < live.size(); ++j)
                if (j != self)
                    others.push_back(live[j]);
            m.insert(QStringLiteral("assessment"), assessmentJson(growth::assessVisit(facts, live[self], others)));
        }
        out.append(m);
    }
    return out;
}

QJsonValue storedJson(const QJsonValue& text)
{
    if (!text.isString() || text.toString().isEmpty())
        return QJsonValue(QJsonValue::Null);
    const QJsonDocument d = QJsonDocument::fromJson(text.toString().toUtf8());
    if (d.isObject())
        return d.object();
    if (d.isArray())
        return d.array();
    return text;
}

} // namespace

Result<QJsonObject> childDataJson(Database& db, const SignedInUser& user, RowId childId)
{
    if (auto allowed = user.require(Permission::ExportChildData); !allowed)
        return allowed.error();
    auto children = rowsOf(db, QStringLiteral("SELECT * FROM children WHERE id = ?"), {childId});
    if (!children)
        return children.error();
    if (children->isEmpty())
        return Error{ErrorCode::NotFound, {}, QCoreApplication::translate("tumbuh::records", "This child is not in the database."), {}, {}};
    const QJsonObject child = children->first().toObject();
    const QVariant id = childId;

    auto posyandu = rowsOf(db, QStringLiteral("SELECT * FROM posyandu WHERE id = ?"),
                           {child.value(QStringLiteral("posyandu_id")).toVariant()});
    auto household = rowsOf(db, QStringLiteral("SELECT * FROM households WHERE id = ?"),
                            {child.value(QStringLiteral("household_id")).toVariant()});
    auto measurements = rowsOf(db,
                               QStringLiteral("SELECT m.*, w.name AS measured_by FROM measurements m "
                                              "LEFT JOIN measurers w ON w.id = m.measurer_id "
                                              "WHERE m.child_id = ? ORDER BY m.measured_on, m.id"),
                               {id});
    auto consents = rowsOf(db, QStringLiteral("SELECT * FROM consents WHERE child_id = ? ORDER BY given_on, id"), {id});
    auto referrals = rowsOf(db, QStringLiteral("SELECT * FROM referrals WHERE child_id = ? ORDER BY referred_on, id"), {id});
    auto counselling = rowsOf(db, QStringLiteral("SELECT * FROM counselling WHERE child_id = ? ORDER BY counselled_on, id"), {id});
    for (const auto* r : {&posyandu, &household, &measurements, &consents, &referrals, &counselling})
        if (!*r)
            return r->error();

    // Whose audit rows: every row above, by table and uid.
    std::vector<std::pair<QString, QString>> owned{{QStringLiteral("children"), child.value(QStringLiteral("uid")).toString()}};
    const auto own = [&owned](const QString& table, const QJsonArray& rows) {
        for (const QJsonValue& r : rows)
            owned.emplace_back(table, r.toObject().value(QStringLiteral("uid")).toString());
    };
    own(QStringLiteral("households"), *household);
    own(QStringLiteral("measurements"), *measurements);
    own(QStringLiteral("consents"), *consents);
    own(QStringLiteral("referrals"), *referrals);
    own(QStringLiteral("counselling"), *counselling);

    QJsonArray referralRows;
    for (const QJsonValue& r : *referrals) {
        QJsonObject o = r.toObject();
        auto events = rowsOf(db,
                             QStringLiteral("SELECT * FROM referral_events WHERE referral_id = ? ORDER BY happened_on, id"),
                             {o.value(QStringLiteral("id")).toVariant()});
        if (!events)
            return events.error();
        own(QStringLiteral("referral_events"), *events);
        o.insert(QStringLiteral("events"), *events);
        referralRows.append(o);
    }

    std::vector<QJsonObject> audit;
    for (const auto& [table, uid] : owned) {
        auto rows = rowsOf(db,
                           QStringLiteral("SELECT a.id, a.uid, a.created_at, a.user_id, u.name AS user_name, a.table_name, "
                                          "a.row_uid, a.action, a.redacted, a.before_json, a.after_json "
                                          "FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
                                          "WHERE a.table_name = ? AND a.row_uid = ?"),
                           {table, store::sql::uidValue(QUuid::fromString(uid))});
        if (!rows)
            return rows.error();
        for (const QJsonValue& r : *rows) {
            QJsonObject o = r.toObject();
            o.insert(QStringLiteral("before"), storedJson(o.take(QStringLiteral("before_json"))));
            o.insert(QStringLiteral("after"), storedJson(o.take(QStringLiteral("after_json"))));
            audit.push_back(o);
        }
    }
    std::sort(audit.begin(), audit.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QStringLiteral("id")).toInteger() < b.value(QStringLiteral("id")).toInteger();
    });
    QJsonArray auditRows;
    for (const QJsonObject& o : audit)
        auditRows.append(o);

    QJsonObject by;
    by.insert(QStringLiteral("name"), user.name);
    by.insert(QStringLiteral("role"), store::codes::roleText(user.role));
    QJsonObject out;
    out.insert(QStringLiteral("format"), QStringLiteral("tumbuh-child-data"));
    out.insert(QStringLiteral("version"), 1);
    out.insert(QStringLiteral("exported_at"), store::sql::timestampText(Database::now()));
    out.insert(QStringLiteral("exported_by"), by);
    out.insert(QStringLiteral("child"), child);
    out.insert(QStringLiteral("posyandu"), posyandu->isEmpty() ? QJsonValue(QJsonValue::Null) : posyandu->first());
    out.insert(QStringLiteral("household"), household->isEmpty() ? QJsonValue(QJsonValue::Null) : household->first());
    out.insert(QStringLiteral("measurements"), assessed(child, *measurements));
    out.insert(QStringLiteral("consents"), *consents);
    out.insert(QStringLiteral("referrals"), referralRows);
    out.insert(QStringLiteral("counselling"), *counselling);
    out.insert(QStringLiteral("audit_log"), auditRows);
    return out;
}

Result<ChildDataFiles> exportChildData(Database& db, const SignedInUser& user, RowId childId, const QString& path)
{
    QString base = path;
    for (const QString& ending : {QStringLiteral(".pdf"), QStringLiteral(".json")})
        if (base.endsWith(ending, Qt::CaseInsensitive))
            base.chop(ending.size());
    const ChildDataFiles files{base + QStringLiteral(".pdf"), base + QStringLiteral(".json")};

    auto data = childDataJson(db, user, childId);
    if (!data)
        return data.error();

    OutputGuard guard;
    guard.protectDatabase(db.path());
    guard.protectEveryDatabase();
    for (const QString& f : {files.pdf, files.json})
        if (auto free = guard.claim(f); !free)
            return free.error();

    const auto cannotWrite = [](const QString& file, const QString& why) {
        return Error{ErrorCode::CannotOpen, {}, QCoreApplication::translate("tumbuh::records", "%1 could not be written: %2").arg(file, why), {}, {}};
    };
    OutputFile json(files.json);
    if (auto c = json.create(); !c)
        return c.error();
    {
        QFile f(json.temporaryPath());
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return cannotWrite(files.json, f.errorString());
        const QByteArray bytes = QJsonDocument(*data).toJson(QJsonDocument::Indented);
        if (f.write(bytes) != bytes.size() || !f.flush())
            return cannotWrite(files.json, f.errorString());
    }
    OutputFile pdf(files.pdf);
    if (auto c = pdf.create(); !c)
        return c.error();
    QString why;
    if (!report::writeChildDataPdf(childDataReport(*data), pdf.temporaryPath(), &why))
        return cannotWrite(files.pdf, why);
    if (auto c = json.commit(); !c)
        return c.error();
    if (auto c = pdf.commit(); !c)
        return c.error();
    return files;
}

} // namespace tumbuh::records
