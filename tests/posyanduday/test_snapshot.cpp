// Pictures of the page, in Indonesian, to look at it as a cadre would.
// Written only when TUMBUH_SNAPSHOT names a PNG file:
//   TUMBUH_SNAPSHOT=/tmp/posyandu-day.png [TUMBUH_SNAPSHOT_DB=demo.db] test_posyanduday --run_test=snapshot
#include "dayfixture.h"
#include "print.h"

#include "ui/posyanduday/daysession.h"
#include "ui/posyanduday/rostermodel.h"

#include "store/i18n.h"
#include "store/posyandurepository.h"

#include <boost/test/unit_test.hpp>

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <map>

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
    if (!target.isEmpty() && qEnvironmentVariableIsEmpty("TUMBUH_SNAPSHOT_DB"))
        BOOST_TEST(image.save(QString::fromLocal8Bit(target)));
}

// A look at a demo database (tumbuh-cli demo) in the middle of a simulated
// posyandu morning, typed as a cadre would: the demo's next session day, which
// usually lies after today, so this is for looking at the page while working
// on it; docs/screenshots/posyandu-day.png comes from the program itself
// (docs/screenshots/README.md). Runs only when TUMBUH_SNAPSHOT_DB names the
// demo file and TUMBUH_SNAPSHOT the PNG to write; the demo file itself is not
// changed (a copy is used).
BOOST_AUTO_TEST_CASE(page_on_the_demo_database)
{
    const QString demo = qEnvironmentVariable("TUMBUH_SNAPSHOT_DB");
    const QString target = qEnvironmentVariable("TUMBUH_SNAPSHOT");
    if (demo.isEmpty() || target.isEmpty())
        return;
    struct Indonesian {
        Indonesian() { store::installTranslator(*QCoreApplication::instance(), QStringLiteral("id")); }
        ~Indonesian() { store::installTranslator(*QCoreApplication::instance(), QStringLiteral("en")); }
    } language;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    BOOST_REQUIRE(QFile::copy(demo, path));
    auto opened = store::Database::open(path);
    BOOST_REQUIRE(opened.ok());
    auto db = std::move(opened).value();
    auto posyandu = store::PosyanduRepository(*db).list();
    BOOST_REQUIRE(posyandu.ok() && !posyandu->empty());
    const store::RowId where = posyandu->front().meta.id;

    // The next posyandu day: a month after the day most of these children
    // were last measured, so that most have a "last month" to compare with.
    DaySession probe(*db, {});
    auto roster = probe.loadRoster(db->today(), where);
    BOOST_REQUIRE(roster.ok());
    std::map<QDate, int> lastDays;
    for (const auto& e : *roster)
        if (const auto& m = e.today ? e.today : e.previous)
            ++lastDays[m->date];
    BOOST_REQUIRE(!lastDays.empty());
    const auto usual = std::max_element(lastDays.begin(), lastDays.end(),
                                        [](const auto& a, const auto& b) { return a.second < b.second; });
    db->setToday(usual->first.addMonths(1));

    DataNotifier notifier;
    CommandStack commands(&notifier);
    PosyanduDayOptions options;
    options.posyanduId = where;
    options.measuredBy = QStringLiteral("Kader Demo");
    PosyanduDayPage page(*db, notifier, commands, options);
    page.resize(1366, 700);
    page.show();
    QApplication::setActiveWindow(&page);
    BOOST_REQUIRE(QTest::qWaitForWindowActive(&page));

    auto* weight = page.findChild<QLineEdit*>(QStringLiteral("weightEdit"));
    auto* length = page.findChild<QLineEdit*>(QStringLiteral("lengthEdit"));
    auto typeFor = [&](int gainGrams, int growthMm) {
        const RosterEntry* e = page.rosterModel()->entryOf(*page.currentChildId());
        const auto& last = e->previous;
        const int grams = last && last->weight ? last->weight->value + gainGrams : 3300 + 450 * e->ageMonths;
        weight->setText(QLocale().toString((grams + 50) / 100 / 10.0, 'f', 1)); // scales read 0.1 kg
        // The latest length, even from an earlier month, so that every
        // index has its z-score in the picture.
        auto history = probe.history(e->child.meta.id);
        BOOST_REQUIRE(history.ok());
        const store::Measurement* lastLength = DaySession::latestBefore(
            **history, db->today(), [](const store::Measurement& m) { return m.length.has_value(); });
        if (lastLength)
            length->setText(QLocale().toString((lastLength->length->value + growthMm) / 10.0, 'f', 1));
    };
    // Those who came last month, by name, as the queue of the morning.
    std::vector<std::pair<QString, store::RowId>> queue;
    for (const auto& e : *roster)
        if (e.previous && e.previous->date == usual->first)
            queue.emplace_back(e.child.name, e.child.meta.id);
    std::sort(queue.begin(), queue.end());
    BOOST_REQUIRE(queue.size() >= 10u);
    // Nine done this morning, mostly gaining, one losing weight, one the same.
    const int gains[] = {350, 250, -100, 400, 300, 0, 500, 280, 320};
    for (std::size_t i = 0; i < std::size(gains); ++i) {
        BOOST_REQUIRE(page.selectChild(queue[i].second));
        typeFor(gains[i], 9);
        QTest::keyClick(weight, Qt::Key_Return);
    }
    // The tenth is being typed.
    BOOST_REQUIRE(page.selectChild(queue[9].second));
    typeFor(330, 8);
    weight->setFocus();
    QTest::qWait(100); // layout requests chain up through several widgets
    BOOST_TEST(page.grab().toImage().save(target));
}

BOOST_AUTO_TEST_SUITE_END()
