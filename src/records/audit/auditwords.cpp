#include "records/audit/auditwords.h"

#include "records/audit/auditquery.h"
#include "store/messages.h"
#include "store/referralworkflow.h"
#include "store/sqlutil.h"
#include "store/storagecodes.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QLocale>

#include <array>

namespace tumbuh::records {
namespace {

// The row's own bookkeeping: never a change an inspector needs to read.
bool isBookkeeping(const QString& field)
{
    return field == u"id" || field == u"uid" || field == u"created_at" || field == u"updated_at";
}

bool isYesNo(const QString& field)
{
    static const std::array kFields{u"birth_date_approximate", u"has_kia", u"oedema", u"for_household",
                                    u"consent", u"for_monitoring", u"for_reporting", u"for_referral",
                                    u"withdrawal", u"active"};
    for (const auto* f : kFields)
        if (field == QStringView(f))
            return true;
    return false;
}

// The fields of a confidential referral that are never written out.
bool isSecret(const QString& field)
{
    return field == u"reasons" || field == u"destination" || field == u"notes";
}

QStringList reasonsOf(const QJsonObject& o)
{
    QStringList out;
    for (const QJsonValue& v : o.value(u"reasons").toArray())
        out << v.toString();
    return out;
}

bool isDate(const QString& field)
{
    return field.endsWith(u"_on") || field == u"birth_date" || field == u"status_date";
}

QString kilograms(qint64 grams)
{
    // 8500 → "8,5 kg", 8550 → "8,55 kg", 8555 → "8,555 kg".
    const int decimals = grams % 100 == 0 ? 1 : grams % 10 == 0 ? 2
                                                                : 3;
    return QLocale().toString(static_cast<double>(grams) / 1000.0, 'f', decimals) + QStringLiteral(" kg");
}

QString centimetres(qint64 millimetres)
{
    return QLocale().toString(static_cast<double>(millimetres) / 10.0, 'f', 1) + QStringLiteral(" cm");
}

QString childStatusWord(const QString& code)
{
    if (code == u"active") return QCoreApplication::translate("tumbuh::records", "active");
    if (code == u"moved") return QCoreApplication::translate("tumbuh::records", "moved away");
    if (code == u"deceased") return QCoreApplication::translate("tumbuh::records", "deceased");
    return code;
}

QString roleWord(const QString& code)
{
    if (code == u"kader") return QCoreApplication::translate("tumbuh::records", "kader");
    if (code == u"nutritionist") return QCoreApplication::translate("tumbuh::records", "nutritionist");
    if (code == u"admin") return QCoreApplication::translate("tumbuh::records", "admin");
    return code;
}

QString plain(const QJsonValue& v)
{
    if (v.isDouble())
        return QLocale().toString(v.toInteger());
    if (v.isBool())
        return v.toBool() ? QCoreApplication::translate("tumbuh::records", "yes") : QCoreApplication::translate("tumbuh::records", "no");
    return v.toString();
}

} // namespace

QString AuditWords::tableNoun(const QString& table)
{
    if (table == u"children") return QCoreApplication::translate("tumbuh::records", "Child");
    if (table == u"measurements") return QCoreApplication::translate("tumbuh::records", "Measurement");
    if (table == u"referrals") return QCoreApplication::translate("tumbuh::records", "Referral");
    if (table == u"referral_events") return QCoreApplication::translate("tumbuh::records", "Referral step");
    if (table == u"counselling") return QCoreApplication::translate("tumbuh::records", "Counselling");
    if (table == u"consents") return QCoreApplication::translate("tumbuh::records", "Consent");
    if (table == u"households") return QCoreApplication::translate("tumbuh::records", "Family");
    if (table == u"posyandu") return QCoreApplication::translate("tumbuh::records", "Posyandu");
    if (table == u"users") return QCoreApplication::translate("tumbuh::records", "User");
    if (table == u"demo") return QCoreApplication::translate("tumbuh::records", "Demo data");
    return table;
}

QString AuditWords::actionWord(AuditAction action)
{
    switch (action) {
    case AuditAction::Insert: return QCoreApplication::translate("tumbuh::records", "added");
    case AuditAction::Update: return QCoreApplication::translate("tumbuh::records", "changed");
    case AuditAction::Delete: return QCoreApplication::translate("tumbuh::records", "deleted");
    case AuditAction::BulkInsert: return QCoreApplication::translate("tumbuh::records", "bulk import");
    }
    return {};
}

QString AuditWords::fieldLabel(const QString& field)
{
    // Columns the forms do not label in store::msg::fieldLabel.
    if (field == u"status") return QCoreApplication::translate("tumbuh::records", "Status");
    if (field == u"birth_date_approximate") return QCoreApplication::translate("tumbuh::records", "Birth date estimated");
    if (field == u"has_kia") return QCoreApplication::translate("tumbuh::records", "Has a KIA book");
    if (field == u"oedema") return QCoreApplication::translate("tumbuh::records", "Oedema");
    if (field == u"for_household") return QCoreApplication::translate("tumbuh::records", "Referral for the family");
    if (field == u"consent") return QCoreApplication::translate("tumbuh::records", "Agreed to the referral");
    if (field == u"given_on") return QCoreApplication::translate("tumbuh::records", "Date of the statement");
    if (field == u"guardian_name") return QCoreApplication::translate("tumbuh::records", "Guardian's name");
    if (field == u"guardian_relation") return QCoreApplication::translate("tumbuh::records", "Relation to the child");
    if (field == u"for_monitoring") return QCoreApplication::translate("tumbuh::records", "Growth monitoring");
    if (field == u"for_reporting") return QCoreApplication::translate("tumbuh::records", "Reporting to the Dinkes");
    if (field == u"for_referral") return QCoreApplication::translate("tumbuh::records", "Cross-sector referral");
    if (field == u"withdrawal") return QCoreApplication::translate("tumbuh::records", "Consent withdrawn");
    if (field == u"role") return QCoreApplication::translate("tumbuh::records", "Role");
    if (field == u"active") return QCoreApplication::translate("tumbuh::records", "Active");
    if (field == u"note") return QCoreApplication::translate("tumbuh::records", "Note");
    if (field == u"deleted_at") return QCoreApplication::translate("tumbuh::records", "Deleted on");
    return msg::fieldLabel(field);
}

bool AuditWords::isNikField(const QString& field)
{
    return field == u"nik" || field == u"mother_nik" || field == u"father_nik" || field == u"kk_number";
}

QString AuditWords::value(const QString& table, const QString& field, const QJsonValue& v) const
{
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return QStringLiteral("—");
    if (isNikField(field))
        return viewer_.nik(v.toString());
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : v.toArray())
            parts << plain(item);
        return parts.join(QStringLiteral(", "));
    }
    if (field.endsWith(u"_g") && v.isDouble())
        return kilograms(v.toInteger());
    if (field.endsWith(u"_mm") && v.isDouble())
        return centimetres(v.toInteger());
    if (isDate(field)) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        return d.isValid() ? d.toString(QStringLiteral("dd-MM-yyyy")) : v.toString();
    }
    if (field.endsWith(u"_at")) {
        const QDateTime t = sql::timestampFromText(v.toString());
        return t.isValid() ? t.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")) : v.toString();
    }
    if (field == u"sex") {
        const qint64 code = v.toInteger();
        return code == 1 ? QCoreApplication::translate("tumbuh::records", "Male") : code == 2 ? QCoreApplication::translate("tumbuh::records", "Female")
                                                                                              : plain(v);
    }
    if (field == u"length_position") {
        const qint64 code = v.toInteger();
        return code == 1 ? QCoreApplication::translate("tumbuh::records", "lying down (length)") : code == 2 ? QCoreApplication::translate("tumbuh::records", "standing (height)")
                                                                                                             : plain(v);
    }
    if (isYesNo(field))
        return v.toInteger() == 1 ? QCoreApplication::translate("tumbuh::records", "yes") : QCoreApplication::translate("tumbuh::records", "no");
    if (field == u"status") {
        if (table == u"children")
            return childStatusWord(v.toString());
        if (auto s = codes::referralStatusFrom(v.toString()))
            return statusWord(*s);
    }
    if (field == u"role")
        return roleWord(v.toString());
    return plain(v);
}

bool AuditWords::isConfidential(const AuditEntry& entry)
{
    return entry.table == u"referrals"
        && (store::isConfidential(reasonsOf(entry.before)) || store::isConfidential(reasonsOf(entry.after)));
}

QStringList AuditWords::lines(const AuditEntry& entry, bool redacted) const
{
    if (redacted)
        return {QCoreApplication::translate("tumbuh::records", "contents removed when the child's data was anonymised")};
    if (entry.table == u"users" && entry.after.contains(u"pin")) {
        const QString pin = entry.after.value(u"pin").toString();
        return {pin == u"reset" ? QCoreApplication::translate("tumbuh::records", "PIN reset") : QCoreApplication::translate("tumbuh::records", "PIN created")};
    }
    QStringList out;
    const bool confidential = isConfidential(entry);
    // An added or deleted row: its filled fields, without the links to
    // other rows (the child is named in its own column).
    const auto filled = [&](const QJsonObject& o) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (isBookkeeping(it.key()) || it.key() == u"deleted_at" || it.key().endsWith(u"_id")
                || (confidential && isSecret(it.key())))
                continue;
            const QString shownValue = value(entry.table, it.key(), it.value());
            if (shownValue == u"—")
                continue;
            // A bulk import counts rows per table.
            const QString label = entry.action == AuditAction::BulkInsert ? tableNoun(it.key()) : fieldLabel(it.key());
            out << QStringLiteral("%1: %2").arg(label, shownValue);
        }
    };
    switch (entry.action) {
    case AuditAction::Update: {
        QStringList keys = entry.before.keys();
        for (const QString& k : entry.after.keys())
            if (!keys.contains(k))
                keys << k;
        for (const QString& k : keys) {
            if (isBookkeeping(k) || (confidential && isSecret(k)))
                continue;
            const QJsonValue was = entry.before.value(k);
            const QJsonValue now = entry.after.value(k);
            if (was == now)
                continue;
            out << QStringLiteral("%1: %2 → %3").arg(fieldLabel(k), value(entry.table, k, was), value(entry.table, k, now));
        }
        break;
    }
    case AuditAction::Insert:
    case AuditAction::BulkInsert: filled(entry.after); break;
    case AuditAction::Delete: filled(entry.before.isEmpty() ? entry.after : entry.before); break;
    }
    return out;
}

QString AuditWords::summary(const AuditEntry& entry, bool redacted) const
{
    return lines(entry, redacted).join(QStringLiteral("; "));
}

QString AuditWords::summary(const AuditRow& row) const
{
    return summary(row.entry, row.redacted);
}

QJsonObject AuditWords::shown(const AuditEntry& entry, const QJsonObject& json) const
{
    QJsonObject out = json;
    if (isConfidential(entry)) {
        out.remove(QStringLiteral("reasons"));
        out.remove(QStringLiteral("destination"));
        out.remove(QStringLiteral("notes"));
    }
    if (viewer_.may(Permission::SeeFullNik))
        return out;
    for (auto it = out.begin(); it != out.end(); ++it)
        if (isNikField(it.key()) && it.value().isString())
            it.value() = viewer_.nik(it.value().toString());
    return out;
}

} // namespace tumbuh::records
