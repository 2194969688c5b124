#include "dayfixture.h"
#include "print.h"

#include "ui/posyanduday/resultpanel.h"
#include "ui/posyanduday/rosterfilterproxy.h"
#include "ui/posyanduday/rostermodel.h"

#include "growth/assessment.h"
#include "store/auditlog.h"
#include "store/childrepository.h"
#include "store/i18n.h"
#include "store/measurementrepository.h"
#include "ui/common/displaytext.h"
#include "ui/common/growthinput.h"

#include <boost/test/unit_test.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace tumbuh;
using namespace tumbuh::ui;
using namespace tumbuh::ui::test;

namespace {

bool done(const PageHarness& h, store::RowId child)
{
    const RosterModel* m = h.page->rosterModel();
    return m->index(m->rowOf(child), RosterModel::Status).data(RosterModel::DoneRole).toBool();
}

QString status(const PageHarness& h, store::RowId child)
{
    const RosterModel* m = h.page->rosterModel();
    return m->index(m->rowOf(child), RosterModel::Status).data().toString();
}

std::string text(const QString& s)
{
    return s.toStdString();
}

} // namespace

BOOST_AUTO_TEST_SUITE(page)

BOOST_AUTO_TEST_CASE(opens_on_today_with_the_first_child_waiting)
{
    Morning s;
    PageHarness h(s);
    BOOST_TEST(h.page->date() == kToday);
    BOOST_TEST(h.page->rosterProxy()->rowCount() == 4);
    BOOST_TEST((h.page->currentChildId() == s.ani));
    BOOST_TEST(text(h.label("childName")->text()) == "Ani Lestari");
    BOOST_TEST(text(h.label("progressLabel")->text()) == "0 of 4 children measured");
    // Last visit beside each field.
    BOOST_TEST(text(h.label("weightLast")->text()) == "last month: 8.2 kg");
    BOOST_TEST(text(h.label("lengthLast")->text()) == "last month: 74.2 cm (lying)");
    // Lying is the default under 24 months.
    BOOST_TEST(h.page->findChild<QRadioButton*>(QStringLiteral("lyingRadio"))->isChecked());
}

BOOST_AUTO_TEST_CASE(decimal_comma_is_saved_as_grams_and_enter_moves_on)
{
    Morning s;
    PageHarness h(s);
    QAbstractItemModelTester tester(h.page->rosterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(h.page->rosterProxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    h.type("weightEdit", QStringLiteral("8,5"));
    // The result is there before saving: 8.5 - 8.2 = 300 g, KBM at 12 months 200 g.
    BOOST_TEST(h.result().contains(QStringLiteral("N — Gained 300 g (KBM 200 g)")), text(h.result()));
    BOOST_TEST(h.result().contains(QStringLiteral("WFA")));
    BOOST_TEST(text(status(h, s.ani)).find("typing") != std::string::npos);

    h.enter();
    const auto saved = s.history(s.ani);
    BOOST_REQUIRE(saved.size() == 3u);
    BOOST_TEST(saved.back().date == kToday);
    BOOST_TEST(saved.back().weight->value == 8500);
    BOOST_TEST(!saved.back().length.has_value());
    BOOST_TEST(saved.back().measuredBy == QStringLiteral("Kader Satu"));
    BOOST_TEST(saved.back().posyanduId == s.posyandu);

    BOOST_TEST(done(h, s.ani));
    BOOST_TEST(text(status(h, s.ani)) == "✓ N");
    BOOST_TEST(text(h.label("progressLabel")->text()) == "1 of 4 children measured");
    // Next child waiting, cursor in an empty weight field.
    BOOST_TEST((h.page->currentChildId() == s.budi));
    BOOST_TEST(h.edit("weightEdit")->hasFocus());
    BOOST_TEST(h.edit("weightEdit")->text().isEmpty());
    BOOST_TEST(h.label("statusMessage")->text().contains(QStringLiteral("Saved: Ani Lestari — N")));
    // From 24 months the default is standing.
    BOOST_TEST(h.page->findChild<QRadioButton*>(QStringLiteral("standingRadio"))->isChecked());
}

BOOST_AUTO_TEST_CASE(enter_skips_children_already_done)
{
    Morning s;
    s.addMeasurement(s.budi, kToday, 12100, 885, growth::Measure::Standing);
    PageHarness h(s);
    BOOST_TEST((h.page->currentChildId() == s.ani));
    h.type("weightEdit", QStringLiteral("8.4"));
    h.enter();
    BOOST_TEST((h.page->currentChildId() == s.citra));
    h.type("weightEdit", QStringLiteral("6,1"));
    h.enter();
    BOOST_TEST((h.page->currentChildId() == s.dedi));
    h.type("weightEdit", QStringLiteral("7,2"));
    h.enter();
    // Everyone done: the last child stays, the page says so.
    BOOST_TEST(h.label("statusMessage")->text().contains(QStringLiteral("Every child on the list has been measured")));
    BOOST_TEST(h.page->rosterModel()->doneCount() == 4);
}

BOOST_AUTO_TEST_CASE(paper_order_with_tab)
{
    Morning s;
    PageHarness h(s);
    h.edit("weightEdit")->setFocus();
    const char* order[] = {"lengthEdit", "lyingRadio", "headEdit", "armEdit", "oedemaCheck", "notesEdit"};
    for (const char* next : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        BOOST_TEST(text(QApplication::focusWidget()->objectName()) == next);
    }
}

BOOST_AUTO_TEST_CASE(standing_before_24_months_adds_0_7_cm)
{
    Morning s;
    PageHarness h(s);
    h.type("weightEdit", QStringLiteral("8,5"));
    h.type("lengthEdit", QStringLiteral("75,0"));
    auto* standing = h.page->findChild<QRadioButton*>(QStringLiteral("standingRadio"));
    QTest::mouseClick(standing, Qt::LeftButton);
    BOOST_REQUIRE(standing->isChecked());

    const QString note = h.label("positionNote")->text();
    BOOST_TEST(text(note) == "Measured standing before 24 months: counted as length + 0.7 cm (75.0 → 75.7 cm)");
    BOOST_TEST(h.result().contains(note));

    // The z-score shown is the one of 75.7 cm lying.
    std::vector<growth::Visit> earlier = toVisits(s.history(s.ani));
    growth::Visit lying{toYmd(kToday), growth::Grams{8500}, growth::Millimetres{757}, growth::Measure::Lying, {}, {}, false};
    const auto expected = growth::assessVisit(toFacts(store::ChildRepository(*s.db).get(s.ani).value()), lying, earlier);
    const QString z = DisplayText::z(expected.lengthForAge.z.z);
    BOOST_TEST(h.label("indicatorZ1")->text() == z, text(h.label("indicatorZ1")->text()) << " vs " << text(z));

    // Saved as typed, with the position: the rule is applied only when computing.
    h.enter();
    const auto saved = s.history(s.ani).back();
    BOOST_TEST(saved.length->value == 750);
    BOOST_TEST((saved.position == growth::Measure::Standing));
}

BOOST_AUTO_TEST_CASE(the_rule_in_indonesian)
{
    Morning s;
    struct Indonesian {
        Indonesian() { store::installTranslator(*QCoreApplication::instance(), QStringLiteral("id")); }
        ~Indonesian() { store::installTranslator(*QCoreApplication::instance(), QStringLiteral("en")); }
    } language;
    PageHarness h(s);
    h.type("lengthEdit", QStringLiteral("75,0"));
    QTest::mouseClick(h.page->findChild<QRadioButton*>(QStringLiteral("standingRadio")), Qt::LeftButton);
    BOOST_TEST(text(h.label("positionNote")->text())
               == "Diukur berdiri sebelum 24 bulan: dihitung sebagai panjang badan + 0,7 cm (75,0 → 75,7 cm)");
    h.type("weightEdit", QStringLiteral("8,5"));
    BOOST_TEST(h.result().contains(QStringLiteral("N — Naik 300 g (KBM 200 g)")), text(h.result()));
    BOOST_TEST(text(h.label("weightLast")->text()) == "bulan lalu: 8,2 kg");
}

BOOST_AUTO_TEST_CASE(implausible_weight_is_flagged_then_refused_by_the_store)
{
    Morning s;
    PageHarness h(s);
    const qint64 before = s.count(QStringLiteral("SELECT count(*) FROM measurements"));
    h.type("weightEdit", QStringLiteral("85"));
    // While typing: WHO's flag (BB/U far above +5).
    BOOST_TEST(h.result().contains(QStringLiteral("implausible value — measure again?")), text(h.result()));
    h.enter();
    // The store's plausible range (0.5-60 kg) refuses it; the message is
    // beside the weight, nothing is saved, the child stays.
    QLabel* error = h.label("weightError");
    BOOST_TEST(!error->isHidden());
    BOOST_TEST(text(error->text()) == "Weight must be between 0.5 and 60 kg; 85 kg was entered.");
    BOOST_TEST(s.count(QStringLiteral("SELECT count(*) FROM measurements")) == before);
    BOOST_TEST((h.page->currentChildId() == s.ani));
    BOOST_TEST(h.edit("weightEdit")->hasFocus());
    // Correcting the value clears the message.
    h.type("weightEdit", QStringLiteral("8,5"));
    BOOST_TEST(error->isHidden());
}

BOOST_AUTO_TEST_CASE(unreadable_numbers_are_explained_beside_the_field)
{
    Morning s;
    PageHarness h(s);
    h.type("weightEdit", QStringLiteral("8,5,1"));
    BOOST_TEST(!h.label("weightError")->isHidden());
    BOOST_TEST(h.label("weightError")->text().contains(QStringLiteral("one decimal")));
    h.enter();
    BOOST_TEST(s.history(s.ani).size() == 2u);
    h.type("lengthEdit", QStringLiteral("abc"));
    BOOST_TEST(h.label("lengthError")->text().contains(QStringLiteral("number")));
}

BOOST_AUTO_TEST_CASE(height_drop_against_last_month)
{
    Morning s;
    PageHarness h(s);
    BOOST_REQUIRE(h.page->selectChild(s.budi));
    h.type("weightEdit", QStringLiteral("12,3"));
    h.type("lengthEdit", QStringLiteral("86"));
    BOOST_TEST(h.result().contains(QStringLiteral("Height fell by 2.0 cm since the last measurement — measure again?")),
               text(h.result()));
    BOOST_TEST(h.result().contains(QStringLiteral("HFA")));
}

BOOST_AUTO_TEST_CASE(not_gaining_twice_is_2t_with_grams)
{
    Morning s;
    PageHarness h(s);
    BOOST_REQUIRE(h.page->selectChild(s.dedi));
    h.type("weightEdit", QStringLiteral("6,8"));
    const QString r = h.result();
    BOOST_TEST(r.contains(QStringLiteral("T — Did not gain: lost 100 g (KBM 300 g)")), text(r));
    BOOST_TEST(!h.label("twoTBadge")->isHidden());
    BOOST_TEST(r.contains(QStringLiteral("Refer to the health worker")));
    BOOST_TEST(r.contains(QStringLiteral("2T: did not gain weight twice in a row")));
    // The dot of the register and the child's page: 2T is at least a problem.
    BOOST_TEST(!h.label("resultStatus")->isHidden());
    const QString word = h.label("resultStatus")->text();
    BOOST_TEST((word == QStringLiteral("Problem") || word == QStringLiteral("Severe problem")), text(word));
    BOOST_TEST(h.label("resultStatus")->toolTip().contains(QStringLiteral("2T: did not gain weight twice in a row")));
    h.enter();
    BOOST_TEST(text(status(h, s.dedi)) == "✓ T 2T");
}

BOOST_AUTO_TEST_CASE(undo_the_last_save)
{
    Morning s;
    PageHarness h(s);
    h.type("weightEdit", QStringLiteral("8,5"));
    h.enter();
    BOOST_REQUIRE(done(h, s.ani));
    const store::Measurement saved = s.history(s.ani).back();
    auto* undo = h.page->findChild<QPushButton*>(QStringLiteral("undoButton"));
    BOOST_TEST(undo->isEnabled());

    // Ctrl+Z from the (empty) weight field of the next child.
    BOOST_REQUIRE(h.edit("weightEdit")->hasFocus());
    QTest::keyClick(h.edit("weightEdit"), Qt::Key_Z, Qt::ControlModifier);

    BOOST_TEST(s.history(s.ani).size() == 2u);
    auto row = store::MeasurementRepository(*s.db).findByUid(saved.meta.uid);
    BOOST_REQUIRE(row.ok() && row->has_value());
    BOOST_TEST((*row)->meta.isDeleted());
    auto audit = store::AuditLog(*s.db).forRow(QStringLiteral("measurements"), saved.meta.uid);
    BOOST_REQUIRE(audit.ok());
    BOOST_REQUIRE(audit->size() == 2u);
    BOOST_TEST((audit->at(0).action == store::AuditAction::Insert));
    BOOST_TEST((audit->at(1).action == store::AuditAction::Delete));
    BOOST_TEST(audit->at(1).userId.value_or(0) == s.kader);

    // The tick is gone; Ani is back with her values, ready to be corrected.
    BOOST_TEST(!done(h, s.ani));
    BOOST_TEST((h.page->currentChildId() == s.ani));
    BOOST_TEST(text(h.edit("weightEdit")->text()) == "8.5");
    BOOST_TEST(!undo->isEnabled());
    h.type("weightEdit", QStringLiteral("8,45"));
    h.enter();
    BOOST_TEST(s.history(s.ani).back().weight->value == 8450);
}

BOOST_AUTO_TEST_CASE(the_undo_button)
{
    Morning s;
    PageHarness h(s);
    h.type("weightEdit", QStringLiteral("8,5"));
    h.enter();
    QTest::mouseClick(h.page->findChild<QPushButton*>(QStringLiteral("undoButton")), Qt::LeftButton);
    BOOST_TEST(!done(h, s.ani));
    BOOST_TEST(s.history(s.ani).size() == 2u);
}

BOOST_AUTO_TEST_CASE(correcting_a_child_done_today)
{
    Morning s;
    s.addMeasurement(s.ani, kToday, 8500);
    PageHarness h(s);
    BOOST_REQUIRE(h.page->selectChild(s.ani));
    BOOST_TEST(text(h.edit("weightEdit")->text()) == "8.5");
    h.type("weightEdit", QStringLiteral("8,6"));
    h.enter();
    const auto hist = s.history(s.ani);
    BOOST_REQUIRE(hist.size() == 3u); // corrected, not added
    BOOST_TEST(hist.back().weight->value == 8600);
}

BOOST_AUTO_TEST_CASE(a_future_date_is_refused)
{
    Morning s;
    PageHarness h(s);
    BOOST_TEST(!h.page->setDate(kToday.addDays(1)));
    BOOST_TEST(h.page->date() == kToday);
    BOOST_TEST(!h.label("dateError")->isHidden());
    BOOST_TEST(h.label("dateError")->text().contains(QStringLiteral("future")));
    BOOST_TEST(h.page->findChild<QDateEdit*>(QStringLiteral("dateEdit"))->maximumDate() == kToday);

    // An earlier posyandu day from paper: last month's weighings are "done".
    BOOST_TEST(h.page->setDate(kLastMonth));
    BOOST_TEST(h.label("dateError")->isHidden());
    BOOST_TEST(done(h, s.ani));
    BOOST_TEST(done(h, s.dedi));
    BOOST_TEST(!done(h, s.citra));
    BOOST_TEST((h.page->currentChildId() == s.citra));
}

BOOST_AUTO_TEST_CASE(search_then_enter_goes_to_the_child)
{
    Morning s;
    PageHarness h(s);
    QLineEdit* filter = h.edit("rosterFilter");
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("dedi"));
    BOOST_TEST(h.page->rosterProxy()->rowCount() == 1);
    QTest::keyClick(filter, Qt::Key_Return);
    BOOST_TEST((h.page->currentChildId() == s.dedi));
    BOOST_TEST(h.edit("weightEdit")->hasFocus());
    h.type("weightEdit", QStringLiteral("7,3"));
    h.enter();
    // The search is cleared and the next waiting child by name follows Dedi:
    // wrapping round to Ani.
    BOOST_TEST(filter->text().isEmpty());
    BOOST_TEST((h.page->currentChildId() == s.ani));
}

BOOST_AUTO_TEST_CASE(typed_values_survive_switching_child)
{
    Morning s;
    PageHarness h(s);
    h.type("weightEdit", QStringLiteral("8,5"));
    BOOST_REQUIRE(h.page->selectChild(s.citra));
    BOOST_TEST(h.edit("weightEdit")->text().isEmpty());
    BOOST_TEST(text(status(h, s.ani)).find("typing") != std::string::npos);
    BOOST_REQUIRE(h.page->selectChild(s.ani));
    BOOST_TEST(text(h.edit("weightEdit")->text()) == "8,5");
}

BOOST_AUTO_TEST_CASE(a_new_child_on_the_spot_and_changes_from_elsewhere)
{
    Morning s;
    PosyanduDayOptions options;
    DayStore* store = &s;
    PageHarness* harness = nullptr;
    options.addChild = [&](QWidget*, store::RowId posyanduId) -> std::optional<store::RowId> {
        const store::RowId id = store->addChild(QStringLiteral("Intan Permata"), QDate(2024, 1, 5),
                                                growth::Sex::Female, posyanduId);
        emit harness->notifier.childChanged(id);
        return id;
    };
    PageHarness h(s, options);
    harness = &h;
    QTest::mouseClick(h.page->findChild<QPushButton*>(QStringLiteral("addChildButton")), Qt::LeftButton);
    BOOST_TEST(h.page->rosterModel()->rowCount() == 5);
    BOOST_TEST(text(h.label("childName")->text()) == "Intan Permata");
    BOOST_TEST(h.label("weightLast")->isHidden());
    h.type("weightEdit", QStringLiteral("7"));
    BOOST_TEST(h.result().contains(QStringLiteral("B — first time weighed")));

    // Another page deletes Ani's last weighing: her line follows.
    const store::RowId last = s.history(s.ani).back().meta.id;
    BOOST_REQUIRE(store::MeasurementRepository(*s.db).remove(last, s.kader).ok());
    emit h.notifier.measurementsChanged(s.ani);
    BOOST_TEST(h.page->rosterModel()->entryOf(s.ani)->previous->weight->value == 7900);
    // A child moved away disappears.
    auto budi = store::ChildRepository(*s.db).get(s.budi).value();
    budi.status = store::ChildStatus::MovedAway;
    budi.statusDate = kToday;
    BOOST_REQUIRE(store::ChildRepository(*s.db).update(budi, s.kader).ok());
    emit h.notifier.childChanged(s.budi);
    BOOST_TEST(h.page->rosterModel()->rowOf(s.budi) == -1);
}

BOOST_AUTO_TEST_CASE(measured_earlier_this_month_is_said_not_ticked)
{
    Morning s;
    s.addMeasurement(s.citra, QDate(2024, 6, 3), 6000);
    PageHarness h(s);
    BOOST_TEST(!done(h, s.citra));
    BOOST_TEST(text(status(h, s.citra)) == "(3 Jun)");
    BOOST_REQUIRE(h.page->selectChild(s.citra));
    BOOST_TEST(h.label("childFacts")->text().contains(QStringLiteral("already measured this month on 3 Jun 2024")));
    // A second weighing this month is still compared with last month's (none: B).
    h.type("weightEdit", QStringLiteral("6,2"));
    BOOST_TEST(h.result().contains(QStringLiteral("B — first time weighed")), text(h.result()));
}

BOOST_AUTO_TEST_CASE(keeps_typed_values_when_the_language_changes)
{
    Morning s;
    PageHarness h(s);
    h.type("weightEdit", QStringLiteral("8,5"));
    store::installTranslator(*QCoreApplication::instance(), QStringLiteral("id"));
    QApplication::processEvents();
    BOOST_TEST(text(h.label("childFacts")->text()).find("Perempuan") != std::string::npos);
    BOOST_TEST(text(h.edit("weightEdit")->text()) == "8,5");
    BOOST_TEST(h.result().contains(QStringLiteral("Naik 300 g")), text(h.result()));
    store::installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
    QApplication::processEvents();
    BOOST_TEST(h.result().contains(QStringLiteral("Gained 300 g")), text(h.result()));
}

BOOST_AUTO_TEST_CASE(ctrl_z_inside_a_window_with_its_own_undo_action)
{
    // As in the program: the window has Edit > Undo on Ctrl+Z too. On the
    // page, Ctrl+Z must undo exactly once (not twice, and not be lost as an
    // ambiguous shortcut); the menu's Undo must bring the values back too.
    Morning s;
    DataNotifier notifier;
    CommandStack commands(&notifier);
    QWidget window;
    QAction* undoAction = commands.createUndoAction(&window);
    undoAction->setShortcut(QKeySequence::Undo);
    window.addAction(undoAction);
    PosyanduDayOptions options;
    options.user = s.kader;
    options.posyanduId = s.posyandu;
    auto* page = new PosyanduDayPage(*s.db, notifier, commands, options, &window);
    auto* box = new QVBoxLayout(&window);
    box->addWidget(page);
    window.resize(1366, 720);
    window.show();
    QApplication::setActiveWindow(&window);
    BOOST_REQUIRE(QTest::qWaitForWindowActive(&window));

    auto* weight = page->findChild<QLineEdit*>(QStringLiteral("weightEdit"));
    for (const char* value : {"8,5", "12,2"}) { // Ani, then Budi
        weight->setFocus();
        QTest::keyClicks(weight, QString::fromLatin1(value));
        QTest::keyClick(weight, Qt::Key_Return);
    }
    BOOST_REQUIRE(s.history(s.ani).size() == 3u);
    BOOST_REQUIRE(s.history(s.budi).size() == 2u);

    QTest::keyClick(weight, Qt::Key_Z, Qt::ControlModifier);
    BOOST_TEST(s.history(s.budi).size() == 1u); // Budi's save taken back...
    BOOST_TEST(s.history(s.ani).size() == 3u);  // ...and only that one
    BOOST_TEST((page->currentChildId() == s.budi));
    BOOST_TEST(text(weight->text()) == "12.2");

    // Edit > Undo (the menu): Ani's save comes back into the form.
    undoAction->trigger();
    BOOST_TEST(s.history(s.ani).size() == 2u);
    BOOST_TEST((page->currentChildId() == s.ani));
    BOOST_TEST(text(weight->text()) == "8.5");
    BOOST_TEST(page->findChild<QLabel*>(QStringLiteral("statusMessage"))->text().contains(QStringLiteral("back in the form")));

    // Ctrl+F on the page searches the roster.
    QTest::keyClick(weight, Qt::Key_F, Qt::ControlModifier);
    BOOST_TEST(text(QApplication::focusWidget()->objectName()) == "rosterFilter");
}

BOOST_AUTO_TEST_SUITE_END()
