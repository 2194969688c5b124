// The register (Daftar balita) on a real SQLite file: search by name, NIK and
// mother's name, the filters, the status dot and the result column.
#include "uifixture.h"

#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/common/statusmarker.h"
#include "ui/register/childfilterproxy.h"
#include "ui/register/childlistmodel.h"
#include "ui/register/registerpage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QApplication>

#include <boost/test/unit_test.hpp>

#include <algorithm>

using namespace tumbuh;
using namespace tumbuh::ui;

namespace {

QStringList shownNames(const RegisterPage& page)
{
    QStringList names;
    const auto* proxy = page.proxy();
    for (int r = 0; r < proxy->rowCount(); ++r)
        names << proxy->index(r, ChildListModel::Name).data().toString();
    names.sort();
    return names;
}

QString cell(const RegisterPage& page, store::RowId child, int column, int role = Qt::DisplayRole)
{
    const int row = page.model()->rowOf(child);
    return page.model()->index(row, column).data(role).toString();
}

} // namespace

BOOST_AUTO_TEST_SUITE(register_page)

BOOST_AUTO_TEST_CASE(search_by_name_mother_and_nik)
{
    test::Posyandu p;
    DataNotifier notifier;
    CommandStack commands(&notifier);
    RegisterPage page(*p.db, notifier, commands, p.kader);
    BOOST_TEST(page.model()->rowCount() == 5);

    QTest::keyClicks(page.searchField(), QStringLiteral("ani"));
    BOOST_TEST(shownNames(page) == QStringList({QStringLiteral("Ani Lestari")}));

    // The mother's name: Siti Aminah has Budi and Dodi.
    page.searchField()->setText(QStringLiteral("SITI"));
    BOOST_TEST(shownNames(page) == QStringList({QStringLiteral("Budi Santoso"), QStringLiteral("Dodi Pratama")}));

    // "lestari" is Ani's name and her mother's.
    page.searchField()->setText(QStringLiteral("lestari"));
    BOOST_TEST(shownNames(page) == QStringList({QStringLiteral("Ani Lestari")}));

    // Every word must appear: the child's first name and the mother's.
    page.searchField()->setText(QStringLiteral("dodi siti"));
    BOOST_TEST(shownNames(page) == QStringList({QStringLiteral("Dodi Pratama")}));

    // NIK, typed with the spaces people copy.
    page.searchField()->setText(QStringLiteral("6471 0510"));
    BOOST_TEST(shownNames(page) == QStringList({QStringLiteral("Budi Santoso")}));
    page.searchField()->setText(QStringLiteral("250001"));
    BOOST_TEST(shownNames(page) == QStringList({QStringLiteral("Budi Santoso")}));

    page.searchField()->setText(QStringLiteral("tidak ada"));
    BOOST_TEST(shownNames(page).isEmpty());
    BOOST_TEST(!page.emptyNote()->isHidden());
    BOOST_TEST(page.emptyNote()->text().contains(QStringLiteral("Hapus saringan")));
    page.searchField()->clear();
    BOOST_TEST(page.proxy()->rowCount() == 5);
    BOOST_TEST(page.emptyNote()->isHidden());
}

BOOST_AUTO_TEST_CASE(filters_by_rt_rw_age_sex_status_and_posyandu)
{
    test::Posyandu p;
    ChildListModel model;
    ChildFilterProxy proxy;
    proxy.setSourceModel(&model);
    DataNotifier notifier;
    CommandStack commands(&notifier);
    RegisterPage page(*p.db, notifier, commands, p.kader);
    auto* px = page.proxy();

    px->setRtRw(QStringLiteral("001/002"));
    BOOST_TEST(shownNames(page) == QStringList({QStringLiteral("Budi Santoso"), QStringLiteral("Dodi Pratama")}));
    px->setRtRw({});

    using Age = ChildFilterProxy::AgeGroup;
    px->setAgeGroup(Age::M0To5);
    BOOST_TEST(shownNames(page) == QStringList({QStringLiteral("Ani Lestari")}));
    px->setAgeGroup(Age::M6To11);
    BOOST_TEST(shownNames(page) == QStringList({QStringLiteral("Dodi Pratama")}));
    px->setAgeGroup(Age::M12To23);
    BOOST_TEST(shownNames(page) == QStringList({QStringLiteral("Budi Santoso"), QStringLiteral("Eka Putri")}));
    px->setAgeGroup(Age::M24To59);
    BOOST_TEST(shownNames(page) == QStringList({QStringLiteral("Citra Dewi")}));
    px->setAgeGroup(Age::All);

    px->setSex(growth::Sex::Male);
    BOOST_TEST(shownNames(page) == QStringList({QStringLiteral("Budi Santoso"), QStringLiteral("Dodi Pratama")}));
    px->setSex(std::nullopt);

    using Status = ChildFilterProxy::StatusFilter;
    px->setStatus(Status::Moderate);
    BOOST_TEST(shownNames(page) == QStringList({QStringLiteral("Budi Santoso")}));
    px->setStatus(Status::Severe);
    BOOST_TEST(shownNames(page) == QStringList({QStringLiteral("Citra Dewi")}));
    px->setStatus(Status::AnyProblem);
    BOOST_TEST(shownNames(page) == QStringList({QStringLiteral("Budi Santoso"), QStringLiteral("Citra Dewi")}));
    px->setStatus(Status::NeverMeasured);
    BOOST_TEST(shownNames(page) == QStringList({QStringLiteral("Dodi Pratama")}));
    px->setStatus(Status::All);

    px->setPosyandu(p.melati);
    BOOST_TEST(shownNames(page) == QStringList({QStringLiteral("Eka Putri")}));
    px->setPosyandu(std::nullopt);

    // The combo boxes drive the same filters.
    auto* sex = page.findChildren<QComboBox*>().at(3);
    sex->setCurrentIndex(sex->findData(int(growth::Sex::Female)));
    BOOST_TEST(shownNames(page)
               == QStringList({QStringLiteral("Ani Lestari"), QStringLiteral("Citra Dewi"), QStringLiteral("Eka Putri")}));
}

BOOST_AUTO_TEST_CASE(status_dot_and_result_column_show_the_engine_verdict)
{
    test::Posyandu p;
    DataNotifier notifier;
    CommandStack commands(&notifier);
    RegisterPage page(*p.db, notifier, commands, p.kader);
    const ChildListModel* m = page.model();

    BOOST_TEST(int(m->rowAt(m->rowOf(p.ani)).marker) == int(Marker::Normal));
    BOOST_TEST(int(m->rowAt(m->rowOf(p.budi)).marker) == int(Marker::Moderate));
    BOOST_TEST(int(m->rowAt(m->rowOf(p.citra)).marker) == int(Marker::Severe));
    BOOST_TEST(int(m->rowAt(m->rowOf(p.dodi)).marker) == int(Marker::None));

    // Age in years and months, sex, RT/RW, last weighing.
    BOOST_TEST(cell(page, p.budi, ChildListModel::Age) == QStringLiteral("1 th 2 bl"));
    BOOST_TEST(cell(page, p.ani, ChildListModel::Age) == QStringLiteral("3 bl"));
    BOOST_TEST(cell(page, p.budi, ChildListModel::Sex) == QStringLiteral("L"));
    BOOST_TEST(cell(page, p.budi, ChildListModel::RtRw) == QStringLiteral("001/002"));
    BOOST_TEST(cell(page, p.budi, ChildListModel::LastVisit) == QStringLiteral("12 Mar 2026"));
    BOOST_TEST(cell(page, p.dodi, ChildListModel::LastVisit) == QStringLiteral("belum pernah"));

    // Budi lost 100 g: T, and the last two weighings were both T: 2T.
    // The letter, the BB/U label, then any other index that is not normal.
    BOOST_TEST(cell(page, p.budi, ChildListModel::Result).startsWith(QStringLiteral("2T · Berat badan kurang")));
    BOOST_TEST(cell(page, p.citra, ChildListModel::Result) == QStringLiteral("B · Berat badan normal · Sangat pendek"));
    BOOST_TEST(cell(page, p.ani, ChildListModel::Result) == QStringLiteral("N · Berat badan normal"));
    const QString tip = cell(page, p.budi, ChildListModel::Status, Qt::ToolTipRole);
    BOOST_TEST(tip.contains(QStringLiteral("BB/U: Berat badan kurang")));
    BOOST_TEST(tip.contains(QStringLiteral("2T")));
    BOOST_TEST(cell(page, p.citra, ChildListModel::Status, Qt::ToolTipRole).contains(QStringLiteral("Sangat pendek")));
}

BOOST_AUTO_TEST_CASE(the_dot_counts_t_and_2t_as_referral_triggers)
{
    // Eka's weight and length are normal for her age; before this her only
    // weighing was March's (B).
    test::Posyandu p;
    const auto marker = [](const RegisterPage& page, store::RowId child) {
        return int(page.model()->rowAt(page.model()->rowOf(child)).marker);
    };
    p.measure(p.eka, QDate(2026, 2, 3), 10.25, 80.5, growth::Measure::Lying); // March: -50 g: T
    {
        DataNotifier notifier;
        CommandStack commands(&notifier);
        RegisterPage page(*p.db, notifier, commands, p.kader);
        BOOST_TEST(marker(page, p.eka) == int(Marker::Attention));
        const QString tip = cell(page, p.eka, ChildListModel::Status, Qt::ToolTipRole);
        BOOST_TEST(tip.contains(QStringLiteral("T: berat badan tidak naik")), tip.toStdString());
        BOOST_TEST(tip.startsWith(QStringLiteral("Perlu diperhatikan")), tip.toStdString());
        BOOST_TEST(cell(page, p.eka, ChildListModel::Result) == QStringLiteral("T · Berat badan normal"));
    }
    // January, 50 g less than February: February was T too, March is 2T.
    p.measure(p.eka, QDate(2026, 1, 6), 10.2, 80.0, growth::Measure::Lying);
    DataNotifier notifier;
    CommandStack commands(&notifier);
    RegisterPage page(*p.db, notifier, commands, p.kader);
    BOOST_TEST(marker(page, p.eka) == int(Marker::Moderate));
    const QString tip = cell(page, p.eka, ChildListModel::Status, Qt::ToolTipRole);
    BOOST_TEST(tip.startsWith(QStringLiteral("Bermasalah")), tip.toStdString());
    BOOST_TEST(tip.contains(QStringLiteral("2T: dua kali berturut-turut")), tip.toStdString());
    BOOST_TEST(cell(page, p.eka, ChildListModel::Result) == QStringLiteral("2T · Berat badan normal"));
    // The status filter sees it without the row ever being shown.
    page.proxy()->setStatus(ChildFilterProxy::StatusFilter::Moderate);
    BOOST_TEST(shownNames(page).contains(QStringLiteral("Eka Putri")));

    // A child re-read alone (after a save elsewhere) is judged the same way:
    // weighed again in March, 250 g over February's (KBM 200 g): N.
    page.show();
    p.measure(p.eka, QDate(2026, 3, 14), 10.5, 81.2, growth::Measure::Lying);
    emit notifier.measurementsChanged(p.eka);
    BOOST_TEST(marker(page, p.eka) == int(Marker::Normal));
    p.measure(p.eka, QDate(2026, 3, 15), 10.3, 81.2, growth::Measure::Lying); // +50 g: T after T
    emit notifier.measurementsChanged(p.eka);
    BOOST_TEST(marker(page, p.eka) == int(Marker::Moderate));
}

BOOST_AUTO_TEST_CASE(a_change_elsewhere_reaches_the_list)
{
    test::Posyandu p;
    DataNotifier notifier;
    CommandStack commands(&notifier);
    RegisterPage page(*p.db, notifier, commands, p.kader);
    page.show();
    p.measure(p.dodi, QDate(2026, 3, 14), 7.9, 68.0, growth::Measure::Lying);
    emit notifier.measurementsChanged(p.dodi);
    BOOST_TEST(cell(page, p.dodi, ChildListModel::LastVisit) == QStringLiteral("14 Mar 2026"));
    // While hidden (another page in front), the change waits for the next show.
    page.hide();
    p.measure(p.budi, QDate(2026, 3, 14), 8.2, 74.5, growth::Measure::Lying);
    emit notifier.measurementsChanged(p.budi);
    BOOST_TEST(cell(page, p.budi, ChildListModel::LastVisit) == QStringLiteral("12 Mar 2026"));
    page.show();
    BOOST_TEST(cell(page, p.budi, ChildListModel::LastVisit) == QStringLiteral("14 Mar 2026"));
    BOOST_TEST(int(page.model()->rowAt(page.model()->rowOf(p.dodi)).marker) != int(Marker::None));
    emit notifier.childRemoved(p.dodi);
    BOOST_TEST(page.model()->rowOf(p.dodi) == -1);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(register_keys)

// Ctrl+N and F2 open the child dialog from anywhere on the page, in either
// language: setting a button's text (with its &mnemonic) must not take the
// keys away.
BOOST_AUTO_TEST_CASE(ctrl_n_and_f2_open_the_child_dialog)
{
    test::Posyandu p;
    DataNotifier notifier;
    CommandStack commands(&notifier);
    RegisterPage page(*p.db, notifier, commands, p.kader);
    page.show();
    page.activateWindow();
    BOOST_REQUIRE(QTest::qWaitForWindowActive(&page));

    // The dialog is modal: note its title and close it from a timer.
    const auto dialogOnKey = [&](QWidget* target, Qt::Key key, Qt::KeyboardModifiers mods) {
        QString title;
        QTimer::singleShot(200, [&] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                title = modal->windowTitle().isEmpty() ? QStringLiteral("(untitled)") : modal->windowTitle();
                modal->close();
            }
        });
        QTest::keyClick(target, key, mods);
        QTest::qWait(400);
        return title;
    };
    BOOST_TEST(!dialogOnKey(page.searchField(), Qt::Key_N, Qt::ControlModifier).isEmpty());
    // F2 edits the selected child: select the first row.
    page.selectChild(p.budi);
    page.activateWindow();
    BOOST_REQUIRE(QTest::qWaitForWindowActive(&page));
    BOOST_TEST(!dialogOnKey(page.table(), Qt::Key_F2, Qt::NoModifier).isEmpty());
}

BOOST_AUTO_TEST_SUITE_END()
