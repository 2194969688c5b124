#include "store/sqlutil.h"

#include "store/database.h"
#include "store/messages.h"

#include <QCoreApplication>
#include <QSqlError>

#include <array>

namespace tumbuh::store::sql {

QString timestampText(const QDateTime& t)
{
    // Qt::ISODateWithMs of the UTC time ("2026-12-07T04:55:33.123Z"),
    // written by hand: QDateTime::toString costs ~27,000 instructions, and
    // an import writes several timestamps per row. Anything outside the
    // years 0-9999 (and an invalid time) goes to Qt, which says it its way.
    const QDateTime u = t.toUTC();
    const QDate d = u.date();
    const QTime c = u.time();
    if (!d.isValid() || !c.isValid() || d.year() < 0 || d.year() > 9999)
        return u.toString(Qt::ISODateWithMs);
    char16_t out[24];
    auto put = [&out](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            out[at + i] = static_cast<char16_t>(u'0' + value % 10);
            value /= 10;
        }
    };
    put(0, d.year(), 4);
    out[4] = u'-';
    put(5, d.month(), 2);
    out[7] = u'-';
    put(8, d.day(), 2);
    out[10] = u'T';
    put(11, c.hour(), 2);
    out[13] = u':';
    put(14, c.minute(), 2);
    out[16] = u':';
    put(17, c.second(), 2);
    out[19] = u'.';
    put(20, c.msec(), 3);
    out[23] = u'Z';
    return QString(reinterpret_cast<const QChar*>(out), 24);
}

namespace {

// Digits at fixed positions; -1 when one is not a digit. CharT: QChar (from
// a QString) or char (UTF-8 straight from SQLite).
template <typename CharT>
int digits(const CharT* p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const auto c = static_cast<char16_t>(p[i].unicode());
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

template <>
int digits(const char* p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

inline char16_t at(const QChar* p, int i) { return p[i].unicode(); }
inline char16_t at(const char* p, int i) { return static_cast<char16_t>(p[i]); }

// 'YYYY-MM-DD' at p (n characters).
template <typename CharT>
QDate parseDate(const CharT* p, qsizetype n)
{
    if (n != 10 || at(p, 4) != u'-' || at(p, 7) != u'-')
        return {};
    const int y = digits(p, 4), m = digits(p + 5, 2), d = digits(p + 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d);
}

// The store writes exactly 'YYYY-MM-DDTHH:MM:SS.zzzZ'; reading it by hand is
// several times faster than QDateTime::fromString, which matters when a
// roster of 50,000 children is read. Anything else: invalid here, and the
// callers go the general way.
template <typename CharT>
QDateTime parseTimestamp(const CharT* p, qsizetype n)
{
    if (n != 24 || at(p, 10) != u'T' || at(p, 13) != u':' || at(p, 16) != u':' || at(p, 19) != u'.'
        || at(p, 23) != u'Z')
        return {};
    const QDate d = parseDate(p, 10);
    const int h = digits(p + 11, 2), mi = digits(p + 14, 2), sec = digits(p + 17, 2), ms = digits(p + 20, 3);
    if (!d.isValid() || h < 0 || mi < 0 || sec < 0 || ms < 0)
        return {};
    if (h > 23 || mi > 59 || sec > 59)
        return QDateTime(d, QTime(h, mi, sec, ms), Qt::UTC); // as Qt makes of it
    // The same instant as QDateTime(d, QTime(...), Qt::UTC), a third of the
    // cost: that constructor goes through Qt's general date-time checks.
    constexpr qint64 unixEpochJulianDay = 2440588;
    constexpr qint64 msPerDay = 86'400'000;
    const qint64 msOfDay = ((qint64{h} * 60 + mi) * 60 + sec) * 1000 + ms;
    return QDateTime::fromMSecsSinceEpoch((d.toJulianDay() - unixEpochJulianDay) * msPerDay + msOfDay, Qt::UTC);
}

int hexDigit(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

// 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx' (either case), as schemas 1-4
// wrote uids; nullopt for anything else.
template <typename CharT>
std::optional<QUuid> parseUid(const CharT* p, qsizetype n)
{
    if (n != 36 || at(p, 8) != u'-' || at(p, 13) != u'-' || at(p, 18) != u'-' || at(p, 23) != u'-')
        return std::nullopt;
    std::array<uchar, 16> b{};
    int k = 0;
    for (int i = 0; i < 36; i += 2) {
        if (i == 8 || i == 13 || i == 18 || i == 23)
            ++i;
        const int hi = hexDigit(at(p, i)), lo = hexDigit(at(p, i + 1));
        if (hi < 0 || lo < 0)
            return std::nullopt;
        b[static_cast<std::size_t>(k++)] = static_cast<uchar>(hi * 16 + lo);
    }
    return QUuid::fromRfc4122(QByteArrayView(b.data(), 16));
}

} // namespace

namespace {

// The julian day of 1970-01-01, day 0 of schema 5's day numbers.
constexpr qint64 kEpochJulianDay = 2440588;

// A QVariant from SQLite holds an integer (qlonglong), text (QString) or a
// blob (QByteArray).
bool holdsInteger(const QVariant& v)
{
    const int t = v.typeId();
    return t == QMetaType::LongLong || t == QMetaType::Int || t == QMetaType::ULongLong || t == QMetaType::UInt;
}

} // namespace

qint64 timestampMs(const QDateTime& t)
{
    return t.toMSecsSinceEpoch();
}

QDateTime timestampFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Schema 5: the milliseconds. Schemas 1-4 wrote exactly
// 'YYYY-MM-DDTHH:MM:SS.zzzZ'; reading it by hand is several times faster
// than QDateTime::fromString, which matters when a roster of 50,000 children
// is read. Anything else goes the general way.
QDateTime timestampFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    if (holdsInteger(v))
        return timestampFromMs(v.toLongLong());
    return timestampFromText(v.toString());
}

QDateTime timestampFromText(const QString& s)
{
    if (QDateTime t = parseTimestamp(s.constData(), s.size()); t.isValid())
        return t;
    return QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

QDateTime timestampFromUtf8(const char* p, qsizetype n)
{
    if (QDateTime t = parseTimestamp(p, n); t.isValid())
        return t;
    return timestampFromText(QString::fromUtf8(p, n));
}

QVariant timestampValue(const QDateTime& t)
{
    return t.isValid() ? QVariant(timestampMs(t)) : QVariant();
}

QVariant timestampOrNull(const std::optional<QDateTime>& t)
{
    return t ? timestampValue(*t) : QVariant();
}

std::optional<QDateTime> optionalTimestamp(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return timestampFrom(v);
}

qint64 dayNumber(const QDate& d)
{
    return d.toJulianDay() - kEpochJulianDay;
}

QDate dateFromDayNumber(qint64 days)
{
    return QDate::fromJulianDay(days + kEpochJulianDay);
}

QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(dayNumber(d)) : QVariant();
}

QDate dateFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    if (holdsInteger(v))
        return dateFromDayNumber(v.toLongLong());
    return dateFromText(v.toString());
}

QDate dateFromText(const QString& s)
{
    if (QDate d = parseDate(s.constData(), s.size()); d.isValid())
        return d;
    return QDate::fromString(s, Qt::ISODate);
}

QDate dateFromUtf8(const char* p, qsizetype n)
{
    if (QDate d = parseDate(p, n); d.isValid())
        return d;
    return dateFromText(QString::fromUtf8(p, n));
}

QString uidText(const QUuid& uid)
{
    return uid.toString(QUuid::WithoutBraces);
}

QByteArray uidBytes(const QUuid& uid)
{
    return uid.toRfc4122();
}

QVariant uidValue(const QUuid& uid)
{
    return uid.isNull() ? QVariant() : QVariant(uidBytes(uid));
}

QUuid uidFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QByteArray) {
        const QByteArray b = v.toByteArray();
        return uidFromBytes(b.constData(), b.size());
    }
    return uidFromText(v.toString());
}

QUuid uidFromText(const QString& s)
{
    if (const auto u = parseUid(s.constData(), s.size()))
        return *u;
    return QUuid::fromString(s);
}

QUuid uidFromLatin1(const char* p, qsizetype n)
{
    if (const auto u = parseUid(p, n))
        return *u;
    return QUuid::fromString(QLatin1StringView(p, n));
}

std::optional<QUuid> uidFromCanonicalText(const char* p, qsizetype n)
{
    return parseUid(p, n);
}

QUuid uidFromBytes(const char* p, qsizetype n)
{
    if (n == 16)
        return QUuid::fromRfc4122(QByteArrayView(p, n));
    return uidFromLatin1(p, n);
}

QVariant textForm(QStringView column, const QVariant& v)
{
    if (v.isNull())
        return v;
    if (column == u"uid" || column == u"row_uid")
        return uidText(uidFrom(v));
    if (column.endsWith(u"_on") || column == u"birth_date" || column == u"status_date")
        return dateFrom(v).toString(Qt::ISODate);
    if (column.endsWith(u"_at") || column == u"locked_until")
        return timestampText(timestampFrom(v));
    return v;
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QString textFrom(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}

QVariant idOrNull(const std::optional<RowId>& id)
{
    return id && *id != 0 ? QVariant(static_cast<qlonglong>(*id)) : QVariant();
}

std::optional<RowId> optionalId(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

Error errorFrom(const QSqlError& e)
{
    // The driver reports SQLite's extended code; a full disk, a busy or
    // read-only file get the store's own message (store/messages.h).
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return msg::sqliteError(ok ? code : -1, e.text());
}

Result<QSqlQuery*> exec(Database& db, const QString& sql, std::initializer_list<QVariant> values)
{
    return exec(db, sql, QVariantList(values));
}

Result<QSqlQuery*> exec(Database& db, const QString& sql, const QVariantList& values)
{
    auto prepared = db.prepared(sql);
    if (!prepared)
        return prepared.error();
    QSqlQuery& q = **prepared;
    int i = 0;
    for (const QVariant& v : values)
        q.bindValue(i++, v);
    if (!q.exec()) {
        Error e = errorFrom(q.lastError());
        q.finish();
        return e;
    }
    return &q;
}

Result<QVariant> scalar(Database& db, const QString& sql, std::initializer_list<QVariant> values)
{
    auto q = exec(db, sql, values);
    if (!q)
        return q.error();
    Finisher done(*q);
    if (!(*q)->next())
        return QVariant();
    return (*q)->value(0);
}

void stampInsert(RowMeta& meta, Stamp stamp)
{
    const QDateTime now = Database::now();
    if (stamp == Stamp::Now) {
        if (meta.uid.isNull())
            meta.uid = QUuid::createUuid();
        meta.createdAt = now;
        meta.updatedAt = now;
        meta.deletedAt.reset();
        return;
    }
    // Keep: fill only what is missing, so a half-filled meta still yields a row.
    if (meta.uid.isNull())
        meta.uid = QUuid::createUuid();
    if (!meta.createdAt.isValid())
        meta.createdAt = now;
    if (!meta.updatedAt.isValid())
        meta.updatedAt = meta.createdAt;
}

void stampUpdate(RowMeta& meta, const RowMeta& stored, Stamp stamp)
{
    meta.id = stored.id;
    meta.uid = stored.uid; // a row's uid never changes
    if (stamp == Stamp::Now) {
        meta.createdAt = stored.createdAt;
        meta.updatedAt = Database::now();
        meta.deletedAt = stored.deletedAt;
        return;
    }
    if (!meta.createdAt.isValid())
        meta.createdAt = stored.createdAt;
    if (!meta.updatedAt.isValid())
        meta.updatedAt = Database::now();
}

} // namespace tumbuh::store::sql
