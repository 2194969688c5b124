#include "dayfixture.h"

#include "ui/posyanduday/resultpanel.h"

#include "store/childrepository.h"
#include "store/measurementrepository.h"
#include "store/posyandurepository.h"
#include "store/userrepository.h"

#include <boost/test/unit_test.hpp>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace tumbuh::ui::test {
namespace {

template <typename T>
std::string why(const store::Result<T>& r)
{
    return r.ok() ? std::string() : r.error().message.toStdString();
}

} // namespace

DayStore::DayStore()
{
    BOOST_REQUIRE(dir.isValid());
    auto opened = store::Database::open(dir.filePath(QStringLiteral("posyandu.db")));
    BOOST_REQUIRE_MESSAGE(opened.ok(), why(opened));
    db = std::move(opened).value();
    db->setToday(kToday);
    auto user = store::UserRepository(*db).add(store::User{{}, QStringLiteral("Kader Satu"), store::Role::Kader, true, std::nullopt}, 0);
    BOOST_REQUIRE(user.ok());
    kader = user->meta.id;
    for (const auto& [name, id] : {std::pair{QStringLiteral("Posyandu Melati"), &posyandu},
                                   std::pair{QStringLiteral("Posyandu Kenanga"), &otherPosyandu}}) {
        store::Posyandu p;
        p.name = name;
        p.rw = QStringLiteral("018");
        p.kelurahan = QStringLiteral("Kelurahan Contoh");
        auto r = store::PosyanduRepository(*db).add(p, kader);
        BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
        *id = r->meta.id;
    }
}

store::RowId DayStore::addChild(const QString& name, const QDate& birth, growth::Sex sex, store::RowId posyanduId,
                                store::ChildStatus status, const QDate& statusDate)
{
    store::Child c;
    c.name = name;
    c.sex = sex;
    c.birthDate = birth;
    c.motherName = QStringLiteral("Ibu ") + name.section(QLatin1Char(' '), 0, 0);
    c.posyanduId = posyanduId ? posyanduId : posyandu;
    c.status = status;
    c.statusDate = statusDate;
    auto r = store::ChildRepository(*db).add(c, kader);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    return r->meta.id;
}

store::RowId DayStore::addMeasurement(store::RowId childId, const QDate& date, std::optional<int> grams,
                                      std::optional<int> lengthMm, growth::Measure position)
{
    store::Measurement m;
    m.childId = childId;
    m.date = date;
    if (grams)
        m.weight = growth::Grams{*grams};
    if (lengthMm)
        m.length = growth::Millimetres{*lengthMm};
    m.position = position;
    m.measuredBy = QStringLiteral("Kader Satu");
    auto r = store::MeasurementRepository(*db).add(m, kader);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    return r->meta.id;
}

std::vector<store::Measurement> DayStore::history(store::RowId childId) const
{
    auto r = store::MeasurementRepository(*db).history(childId);
    BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
    return *r;
}

qint64 DayStore::count(const QString& sql) const
{
    QSqlQuery q(db->connection());
    BOOST_REQUIRE_MESSAGE(q.exec(sql), q.lastError().text().toStdString());
    BOOST_REQUIRE(q.next());
    return q.value(0).toLongLong();
}

Morning::Morning()
{
    using growth::Measure;
    using growth::Sex;
    ani = addChild(QStringLiteral("Ani Lestari"), QDate(2023, 6, 1), Sex::Female);
    addMeasurement(ani, kTwoMonthsAgo, 7900, 728, Measure::Lying);
    addMeasurement(ani, kLastMonth, 8200, 742, Measure::Lying);
    budi = addChild(QStringLiteral("Budi Santoso"), QDate(2022, 1, 10), Sex::Male);
    addMeasurement(budi, kLastMonth, 12000, 880, Measure::Standing);
    citra = addChild(QStringLiteral("Citra Dewi"), QDate(2024, 2, 20), Sex::Female);
    dedi = addChild(QStringLiteral("Dedi Pratama"), QDate(2023, 10, 5), Sex::Male);
    addMeasurement(dedi, kTwoMonthsAgo, 7000);
    addMeasurement(dedi, kLastMonth, 6900);
    eka = addChild(QStringLiteral("Eka Putri"), QDate(2019, 1, 1), Sex::Female);
    fajar = addChild(QStringLiteral("Fajar Nugroho"), QDate(2023, 1, 1), Sex::Male, 0, store::ChildStatus::MovedAway,
                     QDate(2024, 3, 1));
    gita = addChild(QStringLiteral("Gita Sari"), QDate(2023, 1, 1), Sex::Female, otherPosyandu);
}

PageHarness::PageHarness(DayStore& s, PosyanduDayOptions options)
{
    if (options.user == 0)
        options.user = s.kader;
    if (options.measuredBy.isEmpty())
        options.measuredBy = QStringLiteral("Kader Satu");
    if (!options.posyanduId)
        options.posyanduId = s.posyandu;
    page = std::make_unique<PosyanduDayPage>(*s.db, notifier, commands, std::move(options));
    page->resize(1366, 720);
    page->show();
    QApplication::setActiveWindow(page.get());
    BOOST_REQUIRE(QTest::qWaitForWindowActive(page.get()));
}

PageHarness::~PageHarness() = default;

QLineEdit* PageHarness::edit(const char* objectName) const
{
    auto* e = page->findChild<QLineEdit*>(QString::fromLatin1(objectName));
    BOOST_REQUIRE_MESSAGE(e, objectName);
    return e;
}

QLabel* PageHarness::label(const char* objectName) const
{
    auto* l = page->findChild<QLabel*>(QString::fromLatin1(objectName));
    BOOST_REQUIRE_MESSAGE(l, objectName);
    return l;
}

QString PageHarness::result() const
{
    return page->resultPanel()->plainText();
}

void PageHarness::type(const char* objectName, const QString& text)
{
    QLineEdit* e = edit(objectName);
    e->setFocus();
    e->selectAll();
    QTest::keyClicks(e, text);
}

void PageHarness::enter(const char* objectName)
{
    QTest::keyClick(edit(objectName), Qt::Key_Return);
}

} // namespace tumbuh::ui::test
