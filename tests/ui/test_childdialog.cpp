// The add/edit dialog: messages appear under the field they concern, while
// typing, never in a pop-up; NIK disagreements are warnings and saving goes
// on; a good child and the family are saved together.
#include "uifixture.h"

#include "store/childrepository.h"
#include "store/householdrepository.h"
#include "ui/common/datefield.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/numberfield.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/register/childdialog.h"
#include "ui/register/childform.h"
#include "ui/register/householdform.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QTest>

#include <boost/test/unit_test.hpp>

using namespace tumbuh;
using namespace tumbuh::ui;

namespace {

// The window's notifier and undo history, which the dialog saves through.
struct Saving {
    DataNotifier notifier;
    CommandStack commands{&notifier};
};

// With TUMBUH_UI_SHOTS=<folder>, the dialogs are saved as PNG there: for
// looking at them and for the user guide.
void shoot(QWidget& w, const char* name)
{
    const QString dir = qEnvironmentVariable("TUMBUH_UI_SHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    w.grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}

bool anyMessageBox()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (qobject_cast<QMessageBox*>(w) && w->isVisible())
            return true;
    return false;
}

void type(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClicks(field, text);
}

// Fills a valid new child: a girl born on 17 Aug 2025, mother Nur Aini.
void fillGoodChild(ChildDialog& d)
{
    type(d.childForm()->nameEdit(), QStringLiteral("Gita Anjani"));
    d.childForm()->femaleButton()->setChecked(true);
    type(d.childForm()->birthDateField()->lineEdit(), QStringLiteral("17-08-2025"));
    type(d.childForm()->birthWeightField(), QStringLiteral("3,1"));
    type(d.childForm()->motherEdit(), QStringLiteral("Nur Aini"));
}

} // namespace

BOOST_AUTO_TEST_SUITE(child_dialog)

BOOST_AUTO_TEST_CASE(a_new_form_is_not_covered_in_messages)
{
    test::Posyandu p;
    Saving s;
    ChildDialog d(*p.db, s.commands, s.notifier, p.kader, std::nullopt, p.mawar);
    d.show();
    BOOST_TEST(int(d.messageFor(QStringLiteral("name"))->kind()) == int(FieldMessage::Kind::None));
    BOOST_TEST(int(d.messageFor(QStringLiteral("birth_date"))->kind()) != int(FieldMessage::Kind::Error));
}

BOOST_AUTO_TEST_CASE(bad_nik_is_shown_under_the_nik_field_while_typing)
{
    test::Posyandu p;
    Saving s;
    ChildDialog d(*p.db, s.commands, s.notifier, p.kader, std::nullopt, p.mawar);
    d.show();
    type(d.childForm()->nikEdit(), QStringLiteral("64710510"));
    // Typing schedules the check; it runs after a short pause.
    QTest::qWait(500);
    FieldMessage* m = d.messageFor(QStringLiteral("nik"));
    BOOST_TEST(int(m->kind()) == int(FieldMessage::Kind::Error));
    BOOST_TEST(m->isVisible());
    BOOST_TEST(m->text().contains(QStringLiteral("16")));
    // Right under the field, in the same column.
    BOOST_TEST(m->mapTo(&d, QPoint()).x() == d.childForm()->nikEdit()->mapTo(&d, QPoint()).x());
    BOOST_TEST(m->mapTo(&d, QPoint()).y() > d.childForm()->nikEdit()->mapTo(&d, QPoint()).y());
    // Other fields stay quiet.
    BOOST_TEST(int(d.messageFor(QStringLiteral("name"))->kind()) == int(FieldMessage::Kind::None));
    BOOST_TEST(!anyMessageBox());

    fillGoodChild(d);
    BOOST_TEST(!d.save());
    shoot(d, "child-dialog.png");
    BOOST_TEST(int(d.messageFor(QStringLiteral("nik"))->kind()) == int(FieldMessage::Kind::Error));
    BOOST_TEST(!anyMessageBox());
    BOOST_TEST(d.focusWidget() == d.childForm()->nikEdit());
}

BOOST_AUTO_TEST_CASE(future_and_unreadable_birth_dates)
{
    test::Posyandu p;
    Saving s;
    ChildDialog d(*p.db, s.commands, s.notifier, p.kader, std::nullopt, p.mawar);
    d.show();
    type(d.childForm()->birthDateField()->lineEdit(), QStringLiteral("01-01-2027"));
    d.validateNow();
    FieldMessage* m = d.messageFor(QStringLiteral("birth_date"));
    BOOST_TEST(int(m->kind()) == int(FieldMessage::Kind::Error));
    BOOST_TEST(m->isVisible());

    d.childForm()->birthDateField()->lineEdit()->clear();
    type(d.childForm()->birthDateField()->lineEdit(), QStringLiteral("32-13-2024"));
    d.validateNow();
    BOOST_TEST(int(m->kind()) == int(FieldMessage::Kind::Error));
    BOOST_TEST(m->text().contains(QStringLiteral("17-08-2023")));

    // A good date shows the age it gives, quietly.
    d.childForm()->birthDateField()->lineEdit()->clear();
    type(d.childForm()->birthDateField()->lineEdit(), QStringLiteral("15/1/2025"));
    d.validateNow();
    BOOST_TEST(int(m->kind()) == int(FieldMessage::Kind::Hint));
    BOOST_TEST(m->text().contains(QStringLiteral("1 th 2 bl")));
}

BOOST_AUTO_TEST_CASE(unreadable_numbers_and_missing_sex_block_saving)
{
    test::Posyandu p;
    Saving s;
    ChildDialog d(*p.db, s.commands, s.notifier, p.kader, std::nullopt, p.mawar);
    d.show();
    type(d.childForm()->nameEdit(), QStringLiteral("Hadi"));
    type(d.childForm()->birthDateField()->lineEdit(), QStringLiteral("01-02-2025"));
    type(d.childForm()->birthWeightField(), QStringLiteral("3,2,1"));
    BOOST_TEST(!d.save());
    BOOST_TEST(int(d.messageFor(QStringLiteral("birth_weight_g"))->kind()) == int(FieldMessage::Kind::Error));
    BOOST_TEST(int(d.messageFor(QStringLiteral("sex"))->kind()) == int(FieldMessage::Kind::Error));
    BOOST_TEST(d.savedChildId() == 0);
}

BOOST_AUTO_TEST_CASE(nik_disagreeing_with_the_birth_date_is_a_warning_and_saves)
{
    test::Posyandu p;
    Saving s;
    ChildDialog d(*p.db, s.commands, s.notifier, p.kader, std::nullopt, p.mawar);
    d.show();
    fillGoodChild(d);
    // DD 57 = 17 + 40 (a girl), MM 08, YY 24: the year disagrees.
    type(d.childForm()->nikEdit(), QStringLiteral("6471055708240003"));
    d.validateNow();
    FieldMessage* m = d.messageFor(QStringLiteral("nik"));
    BOOST_TEST(int(m->kind()) == int(FieldMessage::Kind::Warning));
    BOOST_TEST(m->isVisible());
    BOOST_REQUIRE(d.save());
    auto saved = store::ChildRepository(*p.db).get(d.savedChildId());
    BOOST_REQUIRE(saved);
    BOOST_TEST(saved->nik == QStringLiteral("6471055708240003"));
}

BOOST_AUTO_TEST_CASE(a_good_child_and_a_new_family_are_saved)
{
    test::Posyandu p;
    Saving s;
    ChildDialog d(*p.db, s.commands, s.notifier, p.kader, std::nullopt, p.mawar);
    d.show();
    fillGoodChild(d);
    d.childForm()->approximateBox()->setChecked(true);
    type(d.householdForm()->addressEdit(), QStringLiteral("Jl. Anggrek 7"));
    type(d.householdForm()->rtEdit(), QStringLiteral("004"));
    type(d.householdForm()->rwEdit(), QStringLiteral("002"));
    BOOST_REQUIRE(d.save());
    BOOST_TEST(!anyMessageBox());

    auto child = store::ChildRepository(*p.db).get(d.savedChildId());
    BOOST_REQUIRE(child);
    BOOST_TEST(child->name == QStringLiteral("Gita Anjani"));
    BOOST_TEST(int(child->sex) == int(growth::Sex::Female));
    BOOST_TEST(child->birthDate == QDate(2025, 8, 17));
    BOOST_TEST(child->birthDateApproximate);
    BOOST_TEST(child->birthWeight->value == 3100);
    BOOST_TEST(child->motherName == QStringLiteral("Nur Aini"));
    BOOST_TEST(child->posyanduId == p.mawar);
    BOOST_REQUIRE(child->householdId.has_value());
    BOOST_TEST(d.savedHouseholdId() == child->householdId);
    auto family = store::HouseholdRepository(*p.db).get(*child->householdId);
    BOOST_REQUIRE(family);
    BOOST_TEST(family->rt == QStringLiteral("004"));
    BOOST_TEST(family->motherName == QStringLiteral("Nur Aini"));
}

BOOST_AUTO_TEST_CASE(editing_keeps_the_family_and_saves_changes)
{
    test::Posyandu p;
    Saving s;
    ChildDialog d(*p.db, s.commands, s.notifier, p.kader, p.budi, p.mawar);
    BOOST_TEST(d.childForm()->nameEdit()->text() == QStringLiteral("Budi Santoso"));
    BOOST_TEST(d.householdForm()->selectedId() == std::optional<store::RowId>(p.siti));
    BOOST_TEST(d.householdForm()->rtEdit()->text() == QStringLiteral("001"));
    d.householdForm()->rtEdit()->setText(QStringLiteral("009"));
    d.childForm()->nameEdit()->setText(QStringLiteral("Budi Santoso Putra"));
    BOOST_REQUIRE(d.save());
    BOOST_TEST(store::ChildRepository(*p.db).get(p.budi)->name == QStringLiteral("Budi Santoso Putra"));
    BOOST_TEST(store::HouseholdRepository(*p.db).get(p.siti)->rt == QStringLiteral("009"));
}

BOOST_AUTO_TEST_CASE(the_kia_book_box_is_ticked_for_a_new_child_and_saved)
{
    test::Posyandu p;
    Saving s;
    {
        ChildDialog d(*p.db, s.commands, s.notifier, p.kader, std::nullopt, p.mawar);
        d.show();
        BOOST_TEST(d.childForm()->hasKiaBox()->isChecked());
        BOOST_TEST(d.childForm()->hasKiaBox()->isVisible());
        fillGoodChild(d);
        // Space on the focused box unticks it, as a keyboard user does.
        d.childForm()->hasKiaBox()->setFocus();
        QTest::keyClick(d.childForm()->hasKiaBox(), Qt::Key_Space);
        BOOST_TEST(!d.childForm()->hasKiaBox()->isChecked());
        type(d.householdForm()->addressEdit(), QStringLiteral("Jl. Anggrek 9"));
        shoot(d, "child-dialog-kia.png");
        BOOST_REQUIRE(d.save());
        BOOST_TEST(!store::ChildRepository(*p.db).get(d.savedChildId())->hasKia);
    }
    // Editing shows what is stored and saves the change back.
    ChildDialog edit(*p.db, s.commands, s.notifier, p.kader, p.budi, p.mawar);
    BOOST_TEST(edit.childForm()->hasKiaBox()->isChecked());
    edit.childForm()->hasKiaBox()->setChecked(false);
    BOOST_REQUIRE(edit.save());
    BOOST_TEST(!store::ChildRepository(*p.db).get(p.budi)->hasKia);
    ChildDialog again(*p.db, s.commands, s.notifier, p.kader, p.budi, p.mawar);
    BOOST_TEST(!again.childForm()->hasKiaBox()->isChecked());
}

BOOST_AUTO_TEST_SUITE_END()
