// Adding and editing a child are undoable like every other edit: the
// register's dialog saves through the window's command stack, Ctrl+Z takes
// the change back (an added child and the family it brought are deleted, an
// edit gets its previous values back), redo does it again, the Edit menu
// names the child and the audit log holds every step.
#include "uifixture.h"

#include "store/auditlog.h"
#include "store/childrepository.h"
#include "store/householdrepository.h"
#include "ui/child/childpage.h"
#include "ui/common/datefield.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/mainwindow.h"
#include "ui/posyanduday/posyandudaypage.h"
#include "ui/register/childdialog.h"
#include "ui/register/childform.h"
#include "ui/register/childlistmodel.h"
#include "ui/register/householdform.h"
#include "ui/register/registerpage.h"
#include "ui/settings/appsettings.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <boost/test/unit_test.hpp>

#include <functional>
#include <optional>
#include <vector>

using namespace tumbuh;
using namespace tumbuh::ui;

namespace {

// The window as the program builds it, on the fixture's SQLite file.
struct Window {
    Window() : settings(settingsDir.filePath(QStringLiteral("tumbuh.ini")))
    {
        window.show();
        QApplication::setActiveWindow(&window);
        BOOST_REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    // The Edit menu's entry with this standard shortcut.
    QAction* editAction(QKeySequence::StandardKey key) const
    {
        for (QAction* menu : window.menuBar()->actions())
            if (menu->menu())
                for (QAction* a : menu->menu()->actions())
                    if (!a->shortcut().isEmpty() && a->shortcut() == QKeySequence(key))
                        return a;
        return nullptr;
    }

    void pressUndo()
    {
        // Back in the window once the dialog has closed.
        QApplication::setActiveWindow(&window);
        BOOST_REQUIRE(QTest::qWaitForWindowActive(&window));
        QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
    }

    test::Posyandu p;
    QTemporaryDir settingsDir;
    AppSettings settings;
    DataNotifier notifier;
    CommandStack commands{&notifier};
    MainWindow window{*p.db, settings, notifier, commands, p.kader, nullptr};
};

void type(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClicks(field, text);
}

// Runs `fill` on the child dialog as soon as `open` has shown it (the dialog
// is modal), then presses its Save button.
bool throughDialog(const std::function<void()>& open, const std::function<void(ChildDialog&)>& fill)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ChildDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        fill(*dialog);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        if (dialog->isVisible()) // refused: do not leave the test waiting
            dialog->reject();
    });
    open();
    return seen;
}

// The child as read back from the file through a second connection: what
// a restart would show.
store::Result<store::Child> reread(const test::Posyandu& p, store::RowId id)
{
    auto db = store::Database::open(p.path());
    BOOST_REQUIRE_MESSAGE(db, test::why(db));
    return store::ChildRepository(**db).get(id);
}

std::vector<store::AuditAction> historyOf(store::Database& db, const QString& table, const QUuid& uid)
{
    std::vector<store::AuditAction> out;
    auto entries = store::AuditLog(db).forRow(table, uid);
    BOOST_REQUIRE_MESSAGE(entries, test::why(entries));
    for (const auto& e : *entries)
        out.push_back(e.action);
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(child_command)

BOOST_AUTO_TEST_CASE(ctrl_z_takes_back_an_added_child_and_the_new_family)
{
    Window w;
    RegisterPage* page = w.window.registerPage();
    const int children = page->model()->rowCount();
    const bool saved = throughDialog([&] { page->addChild(); }, [](ChildDialog& d) {
        type(d.childForm()->nameEdit(), QStringLiteral("Gita Anjani"));
        d.childForm()->femaleButton()->setChecked(true);
        type(d.childForm()->birthDateField()->lineEdit(), QStringLiteral("17-08-2025"));
        type(d.childForm()->motherEdit(), QStringLiteral("Nur Aini"));
        type(d.householdForm()->addressEdit(), QStringLiteral("Jl. Anggrek 7"));
        type(d.householdForm()->rtEdit(), QStringLiteral("004"));
        type(d.householdForm()->rwEdit(), QStringLiteral("002")); });
    BOOST_REQUIRE(saved);
    BOOST_REQUIRE(page->model()->rowCount() == children + 1);
    const store::RowId gita = *page->selectedChild();
    auto added = reread(w.p, gita);
    BOOST_REQUIRE_MESSAGE(added, test::why(added));
    BOOST_TEST(added->name == QStringLiteral("Gita Anjani"));
    BOOST_REQUIRE(added->householdId.has_value());
    const store::RowId family = *added->householdId;
    const QUuid childUid = added->meta.uid;
    const QUuid familyUid = store::HouseholdRepository(*w.p.db).get(family)->meta.uid;

    // The Edit menu names the child.
    QAction* undo = w.editAction(QKeySequence::Undo);
    BOOST_REQUIRE(undo);
    BOOST_TEST(undo->isEnabled());
    BOOST_TEST(undo->text() == QStringLiteral("Batalkan: Tambah anak Gita Anjani"));

    w.pressUndo();
    BOOST_TEST(!reread(w.p, gita).ok());
    BOOST_TEST(!store::HouseholdRepository(*w.p.db).get(family).ok());
    BOOST_TEST(page->model()->rowCount() == children);
    BOOST_TEST(page->model()->rowOf(gita) == -1);
    BOOST_TEST(!undo->isEnabled());

    // Redo brings back the same rows (same id, same uid).
    QAction* redo = w.editAction(QKeySequence::Redo);
    BOOST_REQUIRE(redo);
    BOOST_TEST(redo->isEnabled());
    redo->trigger();
    auto back = reread(w.p, gita);
    BOOST_REQUIRE_MESSAGE(back, test::why(back));
    BOOST_TEST((back->meta.uid == childUid));
    BOOST_TEST(back->householdId == std::optional<store::RowId>(family));
    BOOST_TEST(store::HouseholdRepository(*w.p.db).get(family).ok());
    BOOST_TEST(page->model()->rowOf(gita) >= 0);

    // Each step is in the audit log: added, deleted by the undo, restored.
    using A = store::AuditAction;
    const std::vector<A> steps{A::Insert, A::Delete, A::Update};
    BOOST_TEST((historyOf(*w.p.db, QStringLiteral("children"), childUid) == steps));
    BOOST_TEST((historyOf(*w.p.db, QStringLiteral("households"), familyUid) == steps));
}

BOOST_AUTO_TEST_CASE(ctrl_z_puts_back_the_name_and_family_an_edit_changed)
{
    Window w;
    RegisterPage* page = w.window.registerPage();
    page->selectChild(w.p.budi);
    const qint64 audited = w.p.auditCount();
    const bool saved = throughDialog([&] { page->editSelectedChild(); }, [](ChildDialog& d) {
        d.childForm()->nameEdit()->setText(QStringLiteral("Budi Santoso Putra"));
        d.householdForm()->rtEdit()->setText(QStringLiteral("009")); });
    BOOST_REQUIRE(saved);
    BOOST_TEST(reread(w.p, w.p.budi)->name == QStringLiteral("Budi Santoso Putra"));
    BOOST_TEST(store::HouseholdRepository(*w.p.db).get(w.p.siti)->rt == QStringLiteral("009"));
    const auto nameShown = [&] {
        return page->model()->index(page->model()->rowOf(w.p.budi), ChildListModel::Name).data().toString();
    };
    BOOST_TEST(nameShown() == QStringLiteral("Budi Santoso Putra"));
    BOOST_TEST(w.editAction(QKeySequence::Undo)->text()
               == QStringLiteral("Batalkan: Ubah data Budi Santoso Putra"));

    w.pressUndo();
    BOOST_TEST(reread(w.p, w.p.budi)->name == QStringLiteral("Budi Santoso"));
    BOOST_TEST(store::HouseholdRepository(*w.p.db).get(w.p.siti)->rt == QStringLiteral("001"));
    BOOST_TEST(nameShown() == QStringLiteral("Budi Santoso"));

    w.editAction(QKeySequence::Redo)->trigger();
    BOOST_TEST(reread(w.p, w.p.budi)->name == QStringLiteral("Budi Santoso Putra"));
    BOOST_TEST(store::HouseholdRepository(*w.p.db).get(w.p.siti)->rt == QStringLiteral("009"));
    BOOST_TEST(nameShown() == QStringLiteral("Budi Santoso Putra"));
    // Child and family, written three times each: edit, undo, redo.
    BOOST_TEST(w.p.auditCount() == audited + 6);
}

BOOST_AUTO_TEST_CASE(the_child_page_edit_is_undone_from_the_same_history)
{
    Window w;
    w.window.showChild(w.p.citra);
    const bool saved = throughDialog([&] { w.window.childPage()->editChild(); },
                                     [](ChildDialog& d) {
                                         d.childForm()->nameEdit()->setText(QStringLiteral("Citra Ayu"));
                                     });
    BOOST_REQUIRE(saved);
    BOOST_TEST(reread(w.p, w.p.citra)->name == QStringLiteral("Citra Ayu"));
    BOOST_TEST(w.commands.undoCount() == 1);
    BOOST_REQUIRE(w.commands.undo());
    BOOST_TEST(reread(w.p, w.p.citra)->name == QStringLiteral("Citra Dewi"));
}

BOOST_AUTO_TEST_CASE(a_child_added_on_the_posyandu_day_is_undone_from_the_same_history)
{
    test::Posyandu p;
    DataNotifier notifier;
    CommandStack commands(&notifier);
    PosyanduDayOptions options;
    options.user = p.kader;
    options.posyanduId = p.mawar;
    PosyanduDayPage page(*p.db, notifier, commands, options);
    page.show();
    std::optional<store::RowId> added;
    QObject::connect(&notifier, &DataNotifier::childChanged, &page, [&](store::RowId id) { added = id; });
    const bool saved = throughDialog(
        [&] { QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("addChildButton")), Qt::LeftButton); },
        [](ChildDialog& d) {
            type(d.childForm()->nameEdit(), QStringLiteral("Hana Wulandari"));
            d.childForm()->femaleButton()->setChecked(true);
            type(d.childForm()->birthDateField()->lineEdit(), QStringLiteral("01-12-2024"));
            type(d.childForm()->motherEdit(), QStringLiteral("Sri Wahyuni"));
        });
    BOOST_REQUIRE(saved);
    BOOST_REQUIRE(added.has_value());
    BOOST_TEST(reread(p, *added).ok());
    BOOST_TEST(commands.undoText() == QStringLiteral("Tambah anak Hana Wulandari"));
    BOOST_REQUIRE(commands.undo());
    BOOST_TEST(!reread(p, *added).ok());
}

BOOST_AUTO_TEST_SUITE_END()
