#pragma once
// Internal: one column of an entity, described once: its name and the struct
// member it stores. Reading it from a result row, binding it for a write and
// showing it in the audit log's JSON all follow from the member's type (see
// Stored<> below, and src/store/README.md, "Storage conventions", for the storage
// conventions). The tables themselves are in store/<entity>columns.h.
#include "store/row.h"
#include "store/sqlutil.h"
#include "store/storagecodes.h"

#include "growth/types.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace tumbuh::store {

// How a member of type V is stored: read(row, column, out), value(v) for a
// bound parameter, json(v) for the audit log. A missing value is NULL in
// both the database and the JSON.
template <typename V>
struct Stored;

// Text that may be absent: empty = NULL.
template <>
struct Stored<QString> {
    static void read(const Row& r, int i, QString& out) { out = r.text(i); }
    static QVariant value(const QString& v) { return sql::textOrNull(v); }
    static QJsonValue json(const QString& v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); }
};

// Required text (a name, a destination): written as given, never NULL.
struct RequiredText {
    static void read(const Row& r, int i, QString& out) { out = r.text(i); }
    static QVariant value(const QString& v) { return v; }
    static QJsonValue json(const QString& v) { return v; }
};

// A reference that must be there (child_id, a child's posyandu_id).
template <>
struct Stored<RowId> {
    static void read(const Row& r, int i, RowId& out) { out = r.integer(i); }
    static QVariant value(RowId v) { return static_cast<qlonglong>(v); }
    static QJsonValue json(RowId v) { return v; }
};

template <>
struct Stored<std::optional<RowId>> {
    static void read(const Row& r, int i, std::optional<RowId>& out) { out = r.optionalId(i); }
    static QVariant value(const std::optional<RowId>& v) { return sql::idOrNull(v); }
    static QJsonValue json(const std::optional<RowId>& v) { return v ? QJsonValue(*v) : QJsonValue(); }
};

template <>
struct Stored<QDate> {
    static void read(const Row& r, int i, QDate& out) { out = r.date(i); }
    static QVariant value(const QDate& v) { return sql::dateOrNull(v); }
    static QJsonValue json(const QDate& v) { return v.isValid() ? QJsonValue(v.toString(Qt::ISODate)) : QJsonValue(); }
};

// 0 or 1.
template <>
struct Stored<bool> {
    static void read(const Row& r, int i, bool& out) { out = r.integer(i) != 0; }
    static QVariant value(bool v) { return v ? 1 : 0; }
    static QJsonValue json(bool v) { return v ? 1 : 0; }
};

// Yes, no, or not recorded (NULL).
template <>
struct Stored<std::optional<bool>> {
    static void read(const Row& r, int i, std::optional<bool>& out)
    {
        out = r.isNull(i) ? std::nullopt : std::optional<bool>(r.integer(i) != 0);
    }
    static QVariant value(const std::optional<bool>& v) { return v ? QVariant(*v ? 1 : 0) : QVariant(); }
    static QJsonValue json(const std::optional<bool>& v) { return v ? QJsonValue(*v ? 1 : 0) : QJsonValue(); }
};

// Grams, millimetres: the integer, or NULL when not measured.
template <typename Unit>
struct Stored<std::optional<Unit>> {
    static void read(const Row& r, int i, std::optional<Unit>& out) { out = r.unit<Unit>(i); }
    static QVariant value(const std::optional<Unit>& v) { return sql::unitOrNull(v); }
    static QJsonValue json(const std::optional<Unit>& v) { return v ? QJsonValue(v->value) : QJsonValue(); }
};

template <>
struct Stored<growth::Sex> {
    static void read(const Row& r, int i, growth::Sex& out)
    {
        out = codes::sexFrom(static_cast<int>(r.integer(i))).value_or(growth::Sex::Male);
    }
    static QVariant value(growth::Sex v) { return codes::sexCode(v); }
    static QJsonValue json(growth::Sex v) { return codes::sexCode(v); }
};

// 1 = lying, 2 = standing, NULL = unknown.
template <>
struct Stored<growth::Measure> {
    static void read(const Row& r, int i, growth::Measure& out)
    {
        out = r.isNull(i)       ? growth::Measure::Unknown
            : r.integer(i) == 1 ? growth::Measure::Lying
                                : growth::Measure::Standing;
    }
    static QVariant value(growth::Measure v)
    {
        return v == growth::Measure::Unknown ? QVariant() : QVariant(static_cast<int>(v));
    }
    static QJsonValue json(growth::Measure v)
    {
        return v == growth::Measure::Unknown ? QJsonValue() : QJsonValue(static_cast<int>(v));
    }
};

template <>
struct Stored<ChildStatus> {
    static void read(const Row& r, int i, ChildStatus& out)
    {
        out = codes::childStatusFrom(r.text(i)).value_or(ChildStatus::Active);
    }
    static QVariant value(ChildStatus v) { return codes::childStatusText(v); }
    static QJsonValue json(ChildStatus v) { return codes::childStatusText(v); }
};

template <>
struct Stored<ReferralStatus> {
    static void read(const Row& r, int i, ReferralStatus& out)
    {
        out = codes::referralStatusFrom(r.text(i)).value_or(ReferralStatus::Referred);
    }
    static QVariant value(ReferralStatus v) { return codes::referralStatusText(v); }
    static QJsonValue json(ReferralStatus v) { return codes::referralStatusText(v); }
};

template <>
struct Stored<GuardianRelation> {
    static void read(const Row& r, int i, GuardianRelation& out)
    {
        out = codes::guardianRelationFrom(r.text(i)).value_or(GuardianRelation::Other);
    }
    static QVariant value(GuardianRelation v) { return codes::guardianRelationText(v); }
    static QJsonValue json(GuardianRelation v) { return codes::guardianRelationText(v); }
};

template <>
struct Stored<Role> {
    static void read(const Row& r, int i, Role& out) { out = codes::roleFrom(r.text(i)).value_or(Role::Kader); }
    static QVariant value(Role v) { return codes::roleText(v); }
    static QJsonValue json(Role v) { return codes::roleText(v); }
};

// A list of codes: a JSON array in one text column.
template <>
struct Stored<QStringList> {
    static void read(const Row& r, int i, QStringList& out)
    {
        out.clear();
        const QJsonArray values = QJsonDocument::fromJson(r.text(i).toUtf8()).array();
        for (const auto& v : values)
            out << v.toString();
    }
    static QVariant value(const QStringList& v)
    {
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(v)).toJson(QJsonDocument::Compact));
    }
    static QJsonValue json(const QStringList& v) { return QJsonArray::fromStringList(v); }
};

template <typename>
struct MemberPointer;

template <typename Owner, typename Value>
struct MemberPointer<Value Owner::*> {
    using OwnerType = Owner;
    using ValueType = Value;
};

// One column of T: plain function pointers, so that a table is a plain list.
template <typename T>
struct Column {
    QString name;
    const void* member; // which member it stores (see memberKey), for bulk writers that name members
    void (*read)(const Row& row, int column, T& out);
    QVariant (*value)(const T& in);
    QJsonValue (*json)(const T& in);
    // A text kept once in a table of names (id, name), the column holding
    // its id (measurements.measurer_id -> measurers): `names` is that
    // table, `key` the name the value goes by in the audit log's JSON and in
    // the select list ("measured_by"). Empty for an ordinary column.
    QString names = {};
    QString key = {};

    // How the select list reads it, `prefix` "m." or empty: the column, or
    // the name its id refers to.
    QString select(const QString& prefix) const
    {
        if (names.isEmpty())
            return prefix + name;
        return QStringLiteral("(SELECT name FROM %1 WHERE id = %2%3) AS %4").arg(names, prefix, name, key);
    }
    // The audit log's key.
    const QString& jsonKey() const { return key.isEmpty() ? name : key; }
};

// A distinct address per member pointer: lets Entity::name(&T::member) find
// a column without comparing member pointers of different types.
template <auto Member>
inline constexpr char memberKey = 0;

// column<&Household::fatherNik>("father_nik"): stored as its type says;
// column<&Posyandu::name, RequiredText>("name") to choose another way.
template <auto Member, typename How = Stored<typename MemberPointer<decltype(Member)>::ValueType>>
Column<typename MemberPointer<decltype(Member)>::OwnerType> column(const char* name)
{
    using T = typename MemberPointer<decltype(Member)>::OwnerType;
    return {QString::fromLatin1(name), &memberKey<Member>,
            [](const Row& r, int i, T& out) { How::read(r, i, out.*Member); },
            [](const T& in) { return QVariant(How::value(in.*Member)); },
            [](const T& in) { return QJsonValue(How::json(in.*Member)); }};
}

// named<&Measurement::measuredBy>("measurer_id", "measurers", "measured_by"):
// a text member (empty = none) stored as the id of its row in the table of
// names `names` (store/nameids.h gives the id, adding the name when new).
// Reading gives the name back; the audit log keeps the name under `key`.
template <auto Member>
Column<typename MemberPointer<decltype(Member)>::OwnerType> named(const char* name, const char* names, const char* key)
{
    auto c = column<Member>(name);
    c.names = QString::fromLatin1(names);
    c.key = QString::fromLatin1(key);
    return c;
}

} // namespace tumbuh::store
