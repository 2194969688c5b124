// The store's hand-made storage texts (store/uidtext.h, store/isodate.h)
// against Qt's own formatting, which the rest of the store writes with.
#include "store/isodate.h"
#include "store/sqlutil.h"
#include "store/uidtext.h"

#include <QDate>
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

BOOST_AUTO_TEST_SUITE_END()
