// The store's hand-made storage texts (store/uidtext.h, store/isodate.h)
// against Qt's own formatting, which the rest of the store writes with.
#include "store/isodate.h"
#include "store/sqlutil.h"
#include "store/uidtext.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QRandomGenerator>
#include <QString>
#include <QUuid>

#include <boost/test/unit_test.hpp>

#include <string>
#include <string_view>
#include <vector>

using namespace tumbuh::store;

namespace {

std::string text(std::string_view v)
{
    return std::string(v);
}

} // namespace

BOOST_AUTO_TEST_SUITE(storage_text)

BOOST_AUTO_TEST_CASE(uid_text_is_qt_text_for_any_uuid)
{
    QRandomGenerator random(20261207);
    std::vector<QUuid> uids{QUuid(), QUuid::createUuid(),
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
    for (const QUuid& u : uids) {
        BOOST_TEST(text(UidText(u).view()) == sql::uidText(u).toStdString());
    }
    // And it reads back as the same UUID.
    const QUuid u = QUuid::createUuid();
    BOOST_TEST((QUuid::fromString(QString::fromStdString(text(UidText(u).view()))) == u));
}

BOOST_AUTO_TEST_CASE(iso_date_is_qt_text)
{
    for (const QDate& d : {QDate(2024, 2, 29), QDate(1999, 12, 31), QDate(2000, 1, 1), QDate(2026, 12, 7)})
        BOOST_TEST(text(IsoDate(d).view()) == d.toString(Qt::ISODate).toStdString());
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
