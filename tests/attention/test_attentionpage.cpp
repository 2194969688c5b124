// The "Perlu perhatian" page: its model under QAbstractItemModelTester, the
// filters, the buttons' signals, and the keyboard in a real MainWindow
// (offscreen): Ctrl+4 shows the page, Enter on a row opens the child.
#include "attentionfixture.h"

#include "growth/attention.h"
#include "store/childrepository.h"
#include "store/measurementrepository.h"
#include "ui/child/childpage.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/followup/attentionfilterproxy.h"
#include "ui/followup/attentionlistmodel.h"
#include "ui/followup/attentionpage.h"
#include "ui/mainwindow.h"
#include "ui/settings/appsettings.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <boost/test/unit_test.hpp>

using namespace tumbuh;
using namespace tumbuh::ui;
using attention::test::Families;

namespace {

int proxyRowOf(const AttentionPage& page, store::RowId child)
{
    for (int r = 0; r < page.proxy()->rowCount(); ++r)
        if (page.proxy()->index(r, 0).data(AttentionListModel::ChildIdRole).value<store::RowId>() == child)
            return r;
    return -1;
}

void selectChild(AttentionPage& page, store::RowId child)
{
    const int row = proxyRowOf(page, child);
    BOOST_REQUIRE(row >= 0);
    page.table()->setFocus();
    page.table()->setCurrentIndex(page.proxy()->index(row, AttentionListModel::Name));
    page.table()->selectRow(row);
}

QString cell(const AttentionPage& page, store::RowId child, int column, int role = Qt::DisplayRole)
{
    const int row = page.model()->rowOf(child);
    BOOST_REQUIRE(row >= 0);
    return page.model()->index(row, column).data(role).toString();
}

} // namespace

BOOST_AUTO_TEST_SUITE(attention_page)

BOOST_FIXTURE_TEST_CASE(model_and_filters, Families)
{
    DataNotifier notifier;
    AttentionPage page(*db, notifier);
    QAbstractItemModelTester modelTester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    BOOST_TEST(page.month() == attention::test::kMonth); // this month first
    page.show();
    BOOST_REQUIRE(page.waitUntilLoaded());
    BOOST_TEST(page.errorLabel()->isHidden());
    const int all = page.model()->rowCount();
    BOOST_REQUIRE(all >= 4);
    BOOST_TEST(page.proxy()->rowCount() == all);

    // Short words in the column, the rule with its numbers in the tooltip.
    const auto& budiRow = page.model()->rowAt(page.model()->rowOf(budi));
    BOOST_TEST(cell(page, budi, AttentionListModel::Reasons)
                   .contains(QString::fromStdString(budiRow.reasons.front().shortId)));
    BOOST_TEST(cell(page, budi, AttentionListModel::Reasons, Qt::ToolTipRole)
                   .contains(QString::fromStdString(budiRow.reasons.front().ruleId)));
    BOOST_TEST(cell(page, budi, AttentionListModel::Age) == QStringLiteral("1 th 2 bl"));
    BOOST_TEST(cell(page, budi, AttentionListModel::RtRw) == QStringLiteral("004/002"));
    BOOST_TEST(cell(page, budi, AttentionListModel::Mother) == QStringLiteral("Rina Wati"));
    BOOST_TEST(cell(page, budi, AttentionListModel::Action) == QStringLiteral("Rujuk"));
    BOOST_TEST(cell(page, budi, AttentionListModel::Referral).contains(QStringLiteral("terlambat")));
    BOOST_TEST(cell(page, dodi, AttentionListModel::Counselled) == QStringLiteral("sudah diedukasi"));
    BOOST_TEST(cell(page, budi, AttentionListModel::Counselled).isEmpty());
    // The violence referral: "Rujukan", nothing about why or where.
    BOOST_TEST(cell(page, citra, AttentionListModel::Referral) == QStringLiteral("Rujukan"));
    const QString secret = cell(page, citra, AttentionListModel::Referral, Qt::ToolTipRole);
    BOOST_TEST(!secret.contains(QStringLiteral("uptd")));
    BOOST_TEST(!secret.contains(QStringLiteral("kekerasan")));

    // By reason: not_weighed.
    page.reasonFilter()->setCurrentIndex(
        page.reasonFilter()->findData(static_cast<int>(growth::AttentionCode::NotWeighed)));
    BOOST_TEST(page.proxy()->rowCount() >= 1);
    BOOST_TEST(proxyRowOf(page, fajar) >= 0);
    for (int r = 0; r < page.proxy()->rowCount(); ++r)
        BOOST_TEST(page.proxy()
                       ->index(r, 0)
                       .data(AttentionListModel::ReasonCodesRole)
                       .toStringList()
                       .contains(QStringLiteral("not_weighed")));
    page.reasonFilter()->setCurrentIndex(0);
    BOOST_TEST(page.proxy()->rowCount() == all);

    // By action class: pantau.
    page.actionFilter()->setCurrentIndex(
        page.actionFilter()->findData(static_cast<int>(growth::ActionClass::Pantau)));
    int pantau = 0;
    for (int r = 0; r < all; ++r)
        pantau += page.model()->rowAt(r).action == growth::ActionClass::Pantau ? 1 : 0;
    BOOST_TEST(page.proxy()->rowCount() == pantau);
    BOOST_TEST(proxyRowOf(page, dodi) >= 0);
    BOOST_TEST(proxyRowOf(page, budi) < 0);
    page.actionFilter()->setCurrentIndex(0);

    // Overdue referrals only: Budi.
    page.overdueFilter()->setChecked(true);
    BOOST_TEST(page.proxy()->rowCount() == 1);
    BOOST_TEST(proxyRowOf(page, budi) == 0);
    page.overdueFilter()->setChecked(false);
    BOOST_TEST(page.proxy()->rowCount() == all);

    // Another month and one posyandu: made again.
    page.setPosyandu(melati);
    BOOST_REQUIRE(page.waitUntilLoaded());
    for (int r = 0; r < page.model()->rowCount(); ++r)
        BOOST_TEST(page.model()->rowAt(r).posyanduId == melati);
    BOOST_TEST(page.model()->rowOf(fajar) >= 0);
    page.setPosyandu(std::nullopt);
    page.setMonth(QDate(2026, 2, 1));
    BOOST_REQUIRE(page.waitUntilLoaded());
    BOOST_TEST(page.model()->rowOf(hadi) >= 0);
}

BOOST_FIXTURE_TEST_CASE(buttons_ask_for_the_dialogs_only_when_someone_listens, Families)
{
    DataNotifier notifier;
    AttentionPage page(*db, notifier);
    page.show();
    QApplication::setActiveWindow(&page);
    BOOST_REQUIRE(QTest::qWaitForWindowActive(&page));
    BOOST_REQUIRE(page.waitUntilLoaded());
    selectChild(page, budi);
    // Nothing connected: disabled, and says so.
    BOOST_TEST(!page.referButton()->isEnabled());
    BOOST_TEST(page.referButton()->toolTip() == QStringLiteral("Belum tersedia"));
    BOOST_TEST(!page.counselButton()->isEnabled());

    QUuid referred;
    QStringList reasons;
    QUuid counselled;
    QObject::connect(&page, &AttentionPage::referRequested, &page, [&](const QUuid& uid, const QStringList& codes) {
        referred = uid;
        reasons = codes;
    });
    QString topic;
    QObject::connect(&page, &AttentionPage::counselRequested, &page, [&](const QUuid& uid, const QString& t) {
        counselled = uid;
        topic = t;
    });
    selectChild(page, dodi);
    selectChild(page, budi);
    BOOST_TEST(page.referButton()->isEnabled());
    BOOST_TEST(page.counselButton()->isEnabled());
    // A button's shortcut clicks it as if pressed (animateClick: a moment later).
    QTest::keyClick(page.table(), Qt::Key_R, Qt::ControlModifier);
    BOOST_TEST(QTest::qWaitFor([&] { return !referred.isNull(); }, 2000));
    const auto budiChild = store::ChildRepository(*db).get(budi);
    BOOST_REQUIRE(budiChild);
    BOOST_TEST(referred == budiChild->meta.uid);
    BOOST_TEST(reasons.contains(QStringLiteral("2T")), reasons.join(QLatin1Char(',')).toStdString());
    QTest::keyClick(page.table(), Qt::Key_E, Qt::ControlModifier);
    BOOST_TEST(QTest::qWaitFor([&] { return !counselled.isNull(); }, 2000));
    BOOST_TEST(counselled == budiChild->meta.uid);
    // The counselling topic of Budi's strongest reason, as the rules file gives it.
    const auto& rule = tumbuh::growth::defaultAttentionRules().rule(
        *tumbuh::growth::codeFromText(reasons.first().toStdString()));
    BOOST_TEST(topic.toStdString() == rule.topic);
}

BOOST_FIXTURE_TEST_CASE(a_new_measurement_refreshes_the_list, Families)
{
    DataNotifier notifier;
    AttentionPage page(*db, notifier);
    page.show();
    BOOST_REQUIRE(page.waitUntilLoaded());
    BOOST_REQUIRE(page.model()->rowOf(fajar) >= 0);
    // Weighed today, a normal 9-month-old: no longer "not weighed".
    store::Measurement m;
    m.childId = fajar;
    m.date = attention::test::kToday;
    m.weight = growth::Grams{8900};
    m.length = growth::Millimetres{720};
    m.position = growth::Measure::Lying;
    BOOST_REQUIRE(store::MeasurementRepository(*db).add(m, kader));
    emit notifier.measurementsChanged(fajar);
    BOOST_TEST(QTest::qWaitFor([&] { return !page.isLoading() && page.model()->rowOf(fajar) < 0; }, 10000));
}

BOOST_FIXTURE_TEST_CASE(ctrl_4_shows_the_page_and_enter_opens_the_child, Families)
{
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("tumbuh.ini")));
    DataNotifier notifier;
    CommandStack commands(&notifier);
    MainWindow window(*db, settings, notifier, commands, kader, nullptr);
    window.show();
    QApplication::setActiveWindow(&window);
    BOOST_REQUIRE(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    BOOST_TEST((window.currentPage() == MainWindow::Page::Attention));
    AttentionPage* page = window.attentionPage();
    BOOST_TEST(page->isVisible());
    BOOST_REQUIRE(page->waitUntilLoaded());
    BOOST_TEST(page->model()->rowCount() >= 4);
    selectChild(*page, budi);
    QTest::keyClick(page->table(), Qt::Key_Return);
    BOOST_TEST((window.currentPage() == MainWindow::Page::Child));
    BOOST_TEST(window.childPage()->childId() == std::optional<store::RowId>(budi));
    // And back.
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    BOOST_TEST((window.currentPage() == MainWindow::Page::Attention));
}

BOOST_AUTO_TEST_SUITE_END()
