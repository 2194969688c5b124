// A picture of the page on a demo-like posyandu, in Indonesian, to look at
// it as a cadre would. Written only when TUMBUH_SNAPSHOT names a PNG file:
//   TUMBUH_SNAPSHOT=/tmp/posyandu-day.png ctest -R test_posyanduday
#include "dayfixture.h"
#include "print.h"

#include "store/i18n.h"

#include <boost/test/unit_test.hpp>

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QPixmap>
#include <QRadioButton>
#include <QTest>

#include <array>

using namespace tumbuh;
using namespace tumbuh::ui;
using namespace tumbuh::ui::test;

BOOST_AUTO_TEST_SUITE(snapshot)

BOOST_AUTO_TEST_CASE(page_on_a_demo_like_posyandu)
{
    struct Indonesian {
        Indonesian() { store::installTranslator(*QCoreApplication::instance(), QStringLiteral("id")); }
        ~Indonesian() { store::installTranslator(*QCoreApplication::instance(), QStringLiteral("en")); }
    } language;

    Morning s;
    // More children, some already done this morning, so the roster looks
    // like a real one.
    const std::array<const char*, 14> first = {"Rina", "Joko", "Sari", "Agus", "Wulan", "Bayu", "Putri",
                                               "Rizky", "Nur", "Tono", "Lina", "Yoga", "Mega", "Hadi"};
    const std::array<const char*, 6> last = {"Saputra", "Wijaya", "Lestari", "Hidayat", "Kurniawan", "Rahayu"};
    for (std::size_t i = 0; i < first.size(); ++i) {
        const QDate birth = kToday.addMonths(-static_cast<int>(3 + 4 * i)).addDays(-static_cast<int>(i));
        const store::RowId id = s.addChild(QStringLiteral("%1 %2").arg(QLatin1String(first[i]), QLatin1String(last[i % last.size()])),
                                           birth, i % 2 ? growth::Sex::Male : growth::Sex::Female);
        const int base = 5000 + static_cast<int>(i) * 550;
        s.addMeasurement(id, kLastMonth, base);
        if (i % 3 == 0)
            s.addMeasurement(id, kToday, base + (i % 2 ? 250 : -50));
    }

    PageHarness h(s);
    h.page->resize(1366, 700);
    BOOST_REQUIRE(h.page->selectChild(s.ani));
    h.type("weightEdit", QStringLiteral("8,5"));
    h.type("lengthEdit", QStringLiteral("72,5"));
    QTest::mouseClick(h.page->findChild<QRadioButton*>(QStringLiteral("standingRadio")), Qt::LeftButton);
    h.type("armEdit", QStringLiteral("14,2"));
    h.edit("weightEdit")->setFocus();
    QTest::qWait(100); // layout requests chain up through several widgets

    const QImage image = h.page->grab().toImage();
    BOOST_TEST(image.width() == 1366);
    const QByteArray target = qgetenv("TUMBUH_SNAPSHOT");
    if (!target.isEmpty())
        BOOST_TEST(image.save(QString::fromLocal8Bit(target)));
}

BOOST_AUTO_TEST_SUITE_END()
