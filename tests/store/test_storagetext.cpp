// The store's storage forms (src/store/README.md, "Storage conventions"):
// schema 5's uid bytes (store/uidbytes.h, sql::uidBytes), day numbers and
// milliseconds, checked against Qt's and std::chrono's own conversions; the
// readers, which take both schema 5's numbers and the text of schemas 1-4;
// and sql::timestampText against Qt's own formatting.
#include "store/sqlutil.h"
#include "store/uidbytes.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QRandomGenerator>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <boost/test/unit_test.hpp>

#include <chrono>
#include <string>
#include <vector>

using namespace tumbuh::store;

namespace {

std::vector<QUuid> someUids()
{
    QRandomGenerator random(20261207);
    std::vector<QUuid> uids{QUuid::createUuid(),
                            QUuid(0xFFFFFFFFu, 0xFFFF, 0xFFFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF),
                            QUuid(0x0123ABCDu, 0x0A0B, 0xF00F, 0x80, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07),
                            QUuid::fromString(QStringLiteral("{0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b}"))};
    for (int i = 0; i < 10000; ++i) {
        QUuid u;
        u.data1 = random.generate();
        u.data2 = static_cast<ushort>(random.bounded(0x10000));
        u.data3 = static_cast<ushort>(random.bounded(0x10000));
        for (uchar& b : u.data4)
            b = static_cast<uchar>(random.bounded(0x100));
        uids.push_back(u);
    }
    return uids;
}

} // namespace

BOOST_AUTO_TEST_SUITE(storage_text)

BOOST_AUTO_TEST_CASE(uid_bytes_are_the_rfc_4122_bytes_of_any_uuid)
{
    for (const QUuid& u : someUids()) {
        const UidBytes b(u);
        const QByteArray rfc = u.toRfc4122();
        BOOST_TEST((QByteArray(reinterpret_cast<const char*>(b.data()), UidBytes::size()) == rfc));
        BOOST_TEST((sql::uidBytes(u) == rfc));
        // Read back from either form.
        BOOST_TEST((sql::uidFrom(QVariant(rfc)) == u));
        BOOST_TEST((sql::uidFrom(QVariant(sql::uidText(u))) == u));
        BOOST_TEST((sql::uidFromBytes(rfc.constData(), rfc.size()) == u));
    }
    // The text form: lower case, no braces; the 16 bytes start with data1,
    // big-endian.
    const QUuid u = QUuid::fromString(QStringLiteral("{0190A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B}"));
    BOOST_TEST(sql::uidText(u) == QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"));
    BOOST_TEST((sql::uidBytes(u).toHex() == QByteArray("0190a1b2c3d47e5f8a9b0c1d2e3f4a5b")));
    BOOST_TEST(sql::uidValue(QUuid()).isNull());
    BOOST_TEST(sql::uidFrom(QVariant()).isNull());
}

BOOST_AUTO_TEST_CASE(dates_are_days_since_1970_and_read_in_either_form)
{
    using namespace std::chrono;
    for (const QDate& d : {QDate(2024, 2, 29), QDate(1999, 12, 31), QDate(2000, 1, 1), QDate(2026, 12, 7),
                           QDate(1970, 1, 1), QDate(1969, 12, 31), QDate(1905, 3, 1)}) {
        const long long days = sys_days(year_month_day{year{d.year()}, month{static_cast<unsigned>(d.month())}, day{static_cast<unsigned>(d.day())}})
                                   .time_since_epoch()
                                   .count();
        BOOST_TEST(sql::dayNumber(d) == days);
        BOOST_TEST(sql::dateOrNull(d).toLongLong() == days);
        BOOST_TEST((sql::dateFrom(QVariant(static_cast<qlonglong>(days))) == d));
        BOOST_TEST((sql::dateFrom(QVariant(d.toString(Qt::ISODate))) == d));
        const QByteArray utf8 = d.toString(Qt::ISODate).toUtf8();
        BOOST_TEST((sql::dateFromUtf8(utf8.constData(), utf8.size()) == d));
    }
    BOOST_TEST(sql::dateOrNull(QDate()).isNull());
    BOOST_TEST(!sql::dateFrom(QVariant()).isValid());
}

BOOST_AUTO_TEST_CASE(moments_are_milliseconds_and_read_in_either_form)
{
    QRandomGenerator random(2026);
    std::vector<qint64> ms{0, -1, 1, 1717228800000LL, 951825600007LL, -2208988800000LL};
    for (int i = 0; i < 2000; ++i)
        ms.push_back(static_cast<qint64>(random.bounded(4102444800.0) * 1000.0));
    for (const qint64 m : ms) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(m, Qt::UTC);
        BOOST_TEST(sql::timestampMs(t) == m);
        BOOST_TEST(sql::timestampValue(t).toLongLong() == m);
        BOOST_TEST((sql::timestampFrom(QVariant(m)) == t));
        BOOST_TEST((sql::timestampFrom(QVariant(sql::timestampText(t))) == t));
        BOOST_TEST(sql::timestampFrom(QVariant(m)).timeSpec() == Qt::UTC);
    }
    // Another offset: the same instant.
    const QDateTime wita(QDate(2027, 1, 1), QTime(3, 0), QTimeZone(8 * 3600));
    BOOST_TEST(sql::timestampMs(wita) == 1'798'743'600'000LL);
    BOOST_TEST(sql::timestampValue(QDateTime()).isNull());
}

BOOST_AUTO_TEST_CASE(text_form_gives_each_column_its_old_text)
{
    const QUuid u = QUuid::fromString(QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"));
    BOOST_TEST(sql::textForm(u"uid", sql::uidValue(u)).toString() == sql::uidText(u));
    BOOST_TEST(sql::textForm(u"row_uid", sql::uidValue(u)).toString() == sql::uidText(u));
    BOOST_TEST(sql::textForm(u"measured_on", QVariant(qlonglong{19889})).toString() == QStringLiteral("2024-06-15"));
    BOOST_TEST(sql::textForm(u"birth_date", QVariant(qlonglong{-1})).toString() == QStringLiteral("1969-12-31"));
    BOOST_TEST(sql::textForm(u"created_at", QVariant(qlonglong{1717228800007LL})).toString()
               == QStringLiteral("2024-06-01T08:00:00.007Z"));
    BOOST_TEST(sql::textForm(u"measured_on", QVariant(QStringLiteral("2024-06-15"))).toString()
               == QStringLiteral("2024-06-15"));
    BOOST_TEST(sql::textForm(u"weight_g", QVariant(qlonglong{10500})).toLongLong() == 10500);
    BOOST_TEST(sql::textForm(u"deleted_at", QVariant()).isNull());
}

BOOST_AUTO_TEST_CASE(timestamp_text_is_qt_text)
{
    // sql::timestampText writes the text by hand; Qt's ISODateWithMs of the
    // UTC time is what every earlier file holds.
    auto qt = [](const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs).toStdString(); };
    std::vector<QDateTime> times{
        QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1, 1, 1), QTime(0, 0, 0, 1), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        // Another offset: the same instant in UTC, across a day and a year.
        QDateTime(QDate(2027, 1, 1), QTime(3, 0), QTimeZone(7 * 3600)),
        QDateTime(QDate(2026, 12, 7), QTime(11, 55, 33, 120), QTimeZone(7 * 3600)),
        QDateTime::currentDateTime(),
        QDateTime::currentDateTimeUtc()};
    QRandomGenerator random(7122026);
    for (int i = 0; i < 5000; ++i)
        times.push_back(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(random.bounded(4102444800.0) * 1000.0), Qt::UTC));
    for (const QDateTime& t : times)
        BOOST_TEST(sql::timestampText(t).toStdString() == qt(t));
    // Outside Qt's four-digit years, and an invalid time: Qt's own text.
    for (const QDateTime& t : {QDateTime(QDate(-5, 3, 1), QTime(1, 2), Qt::UTC),
                               QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC), QDateTime()})
        BOOST_TEST(sql::timestampText(t).toStdString() == qt(t));
}

BOOST_AUTO_TEST_CASE(uid_and_timestamp_are_read_as_qt_reads_them)
{
    // sql::uidFromText/uidFromLatin1 and the timestamp readers parse the
    // store's own forms by hand; the result must be what Qt's parsers give
    // (same instant, same time spec), and anything else must still go to Qt.
    QRandomGenerator random(8122026);
    std::vector<QString> uids{QStringLiteral("00000000-0000-0000-0000-000000000000"),
                              QStringLiteral("FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF"),
                              QStringLiteral("0190A1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"),
                              QStringLiteral("{0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b}"),
                              QStringLiteral("0190a1b2c3d47e5f8a9b0c1d2e3f4a5b"),
                              QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5g"),
                              QStringLiteral("0190a1b2-c3d4-7e5f-8a9b+0c1d2e3f4a5b"),
                              QStringLiteral("not a uid"),
                              QString()};
    for (int i = 0; i < 5000; ++i)
        uids.push_back(QUuid(random.generate(), static_cast<ushort>(random.bounded(0x10000)),
                             static_cast<ushort>(random.bounded(0x10000)), static_cast<uchar>(random.bounded(0x100)),
                             static_cast<uchar>(random.bounded(0x100)), static_cast<uchar>(random.bounded(0x100)),
                             static_cast<uchar>(random.bounded(0x100)), static_cast<uchar>(random.bounded(0x100)),
                             static_cast<uchar>(random.bounded(0x100)), static_cast<uchar>(random.bounded(0x100)),
                             static_cast<uchar>(random.bounded(0x100)))
                           .toString(QUuid::WithoutBraces));
    int parsed = 0;
    for (const QString& s : uids) {
        const QUuid expected = QUuid::fromString(s);
        const QByteArray latin1 = s.toLatin1();
        BOOST_TEST((sql::uidFromText(s) == expected), s.toStdString());
        BOOST_TEST((sql::uidFromLatin1(latin1.constData(), latin1.size()) == expected), s.toStdString());
        parsed += expected.isNull() ? 0 : 1;
    }
    BOOST_TEST(parsed >= 5000); // the random ones, at least

    const auto qt = [](const QString& s) { return QDateTime::fromString(s, Qt::ISODateWithMs).toUTC(); };
    std::vector<QString> times{QStringLiteral("2024-02-29T23:59:59.999Z"), QStringLiteral("1970-01-01T00:00:00.000Z"),
                               QStringLiteral("1969-12-31T23:59:59.999Z"), QStringLiteral("0001-01-01T00:00:00.001Z"),
                               QStringLiteral("9999-12-31T23:59:59.999Z"), QStringLiteral("2024-02-30T10:00:00.000Z"),
                               QStringLiteral("2024-05-01T08:30:00.000+07:00"), QStringLiteral("2024-05-01T08:30:00Z")};
    for (int i = 0; i < 5000; ++i)
        times.push_back(sql::timestampText(QDateTime::fromMSecsSinceEpoch(
            static_cast<qint64>(random.bounded(4102444800.0) * 1000.0) - 2208988800000, Qt::UTC)));
    for (const QString& s : times) {
        const QDateTime expected = qt(s);
        const QByteArray utf8 = s.toUtf8();
        for (const QDateTime& t : {sql::timestampFromText(s), sql::timestampFromUtf8(utf8.constData(), utf8.size())}) {
            BOOST_TEST(t.isValid() == expected.isValid(), s.toStdString());
            if (expected.isValid()) {
                BOOST_TEST(t.toMSecsSinceEpoch() == expected.toMSecsSinceEpoch(), s.toStdString());
                BOOST_TEST((t.timeSpec() == Qt::UTC), s.toStdString());
                BOOST_TEST(sql::timestampText(t).toStdString() == sql::timestampText(expected).toStdString());
            }
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
