// The follow-up screens (issue 10 points 3, 4, 6): the referral, status and
// counselling dialogs driven from the keyboard on real databases, the child
// page's "Rujukan & edukasi" section, the household view, and the
// destinations file.
#include "uifixture.h"

#include "growth/attention.h"
#include "records/followup/destinations.h"
#include "store/auditlog.h"
#include "store/childrepository.h"
#include "store/counsellingrepository.h"
#include "store/referraleventrepository.h"
#include "store/referralrepository.h"
#include "store/referralworkflow.h"
#include "ui/child/childfollowupview.h"
#include "ui/child/childpage.h"
#include "ui/common/datefield.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/followup/counsellingdialog.h"
#include "ui/followup/householddialog.h"
#include "ui/followup/referraldialog.h"
#include "ui/followup/referralstatusdialog.h"
#include "ui/followup/attentionpage.h"
#include "ui/mainwindow.h"
#include "ui/settings/appsettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <boost/test/unit_test.hpp>

using namespace tumbuh;
using namespace tumbuh::ui;

namespace {

// Replaces a date field's text as a cadre does: select all, type.
void typeDate(DateField* field, const QString& text)
{
    QLineEdit* edit = field->lineEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

store::Referral referral(test::Posyandu& p, store::RowId child, const QDate& on, const QStringList& reasons,
                         const QDate& followUp = {})
{
    store::Referral r;
    r.childId = child;
    r.referredOn = on;
    r.reasons = reasons;
    r.destination = QStringLiteral("puskesmas_gizi");
    r.referredBy = QStringLiteral("Kader Uji");
    r.followUpOn = followUp;
    auto made = store::ReferralWorkflow(*p.db).refer(r, {}, p.kader);
    BOOST_REQUIRE_MESSAGE(made, test::why(made));
    return *made;
}

QString cell(const QTableWidget* t, int row, int column)
{
    const QTableWidgetItem* i = t->item(row, column);
    return i ? i->text() : QString();
}

QStringList column(const QTableWidget* t, int c)
{
    QStringList out;
    for (int row = 0; row < t->rowCount(); ++row)
        out << cell(t, row, c);
    return out;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    BOOST_REQUIRE_MESSAGE(f.open(QIODevice::ReadOnly), "cannot read " << path.toStdString());
    return f.readAll();
}

} // namespace

BOOST_AUTO_TEST_SUITE(followup_destinations)

BOOST_AUTO_TEST_CASE(a_good_file_is_read_health_first)
{
    const auto parsed = records::parseDestinations(
        "\xEF\xBB\xBF"
        "code,label_id,group,label_en,contact\r\n"
        "dinsos,Dinas Sosial,lintas_sektor,Social affairs,\"Jl. Merdeka 1, Balikpapan\"\r\n"
        "bidan,Bidan desa,health,,\r\n"
        ",,,,\r\n");
    BOOST_REQUIRE_MESSAGE(parsed.ok(), parsed.error.toStdString());
    BOOST_REQUIRE(parsed.destinations.size() == 2u);
    BOOST_TEST(parsed.destinations[0].code == QStringLiteral("bidan"));
    BOOST_TEST(int(parsed.destinations[0].group) == int(records::DestinationGroup::Health));
    // No English name: the Indonesian one.
    BOOST_TEST(parsed.destinations[0].label(true) == QStringLiteral("Bidan desa"));
    BOOST_TEST(parsed.destinations[1].code == QStringLiteral("dinsos"));
    BOOST_TEST(parsed.destinations[1].contact == QStringLiteral("Jl. Merdeka 1, Balikpapan"));
    BOOST_TEST(parsed.destinations[1].label(true) == QStringLiteral("Social affairs"));
}

BOOST_AUTO_TEST_CASE(a_missing_column_is_named_with_its_line)
{
    const auto parsed = records::parseDestinations("code,group,label_id,contact\nbidan,health,Bidan desa,\n");
    BOOST_TEST(!parsed.ok());
    BOOST_TEST(parsed.errorLine == 1);
    BOOST_TEST(parsed.error.contains(QStringLiteral("label_en")), parsed.error.toStdString());
    BOOST_TEST(parsed.destinations.empty());
}

BOOST_AUTO_TEST_CASE(an_unknown_group_or_a_repeated_code_is_refused_with_its_line)
{
    const auto group = records::parseDestinations(
        "code,group,label_id,label_en,contact\nbidan,health,Bidan desa,,\ndinsos,sosial,Dinas Sosial,,\n");
    BOOST_TEST(!group.ok());
    BOOST_TEST(group.errorLine == 3);
    BOOST_TEST(group.error.contains(QStringLiteral("sosial")), group.error.toStdString());
    BOOST_TEST(group.error.contains(QStringLiteral("3")), group.error.toStdString());

    const auto twice = records::parseDestinations(
        "code,group,label_id,label_en,contact\nbidan,health,Bidan desa,,\nbidan,health,Bidan lain,,\n");
    BOOST_TEST(!twice.ok());
    BOOST_TEST(twice.errorLine == 3);

    const auto empty = records::parseDestinations("code,group,label_id,label_en,contact\n");
    BOOST_TEST(!empty.ok());
    const auto noName = records::parseDestinations("code,group,label_id,label_en,contact\nbidan,health,,Midwife,\n");
    BOOST_TEST(!noName.ok());
    BOOST_TEST(noName.errorLine == 2);
}

BOOST_AUTO_TEST_CASE(the_compiled_default_equals_the_shipped_file)
{
    const auto parsed = records::parseDestinations(readFile(QStringLiteral(TUMBUH_SOURCE_DIR "/resources/followup/destinations.csv")));
    BOOST_REQUIRE_MESSAGE(parsed.ok(), parsed.error.toStdString());
    BOOST_TEST(parsed.destinations == records::defaultDestinations());
    // Health first, then the other sectors; child protection carries SAPA 129.
    const auto& list = records::defaultDestinations();
    BOOST_REQUIRE(!list.empty());
    BOOST_TEST(list.front().code == QStringLiteral("bidan_desa"));
    BOOST_TEST(int(list.back().group) == int(records::DestinationGroup::CrossSector));
    const auto* ppa = records::findDestination(list, QStringLiteral("uptd_ppa"));
    BOOST_REQUIRE(ppa);
    BOOST_TEST(ppa->contact.contains(QStringLiteral("129")));
}

BOOST_AUTO_TEST_CASE(a_puskesmas_copy_next_to_the_database_is_used_and_a_bad_one_is_not)
{
    QTemporaryDir dir;
    BOOST_REQUIRE(dir.isValid());
    BOOST_TEST(records::loadDestinations(dir.path()).source.isEmpty());
    BOOST_TEST(records::loadDestinations(dir.path()).destinations == records::defaultDestinations());
    const QString path = QDir(dir.path()).filePath(records::destinationsFileName());
    {
        QFile f(path);
        BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("code,group,label_id,label_en,contact\nposbindu,health,Posbindu Kelurahan,,\n");
    }
    auto own = records::loadDestinations(dir.path());
    BOOST_TEST(own.error.isEmpty());
    BOOST_TEST(own.source == path);
    BOOST_REQUIRE(own.destinations.size() == 1u);
    BOOST_TEST(own.destinations[0].labelId == QStringLiteral("Posbindu Kelurahan"));
    {
        QFile f(path);
        BOOST_REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("code,group\nposbindu,health\n");
    }
    auto bad = records::loadDestinations(dir.path());
    BOOST_TEST(!bad.error.isEmpty());
    BOOST_TEST(bad.error.contains(QStringLiteral("label_id")), bad.error.toStdString());
    BOOST_TEST(bad.destinations == records::defaultDestinations());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(followup_dialogs)

BOOST_AUTO_TEST_CASE(a_referral_is_made_from_the_keyboard_and_audited)
{
    test::Posyandu p;
    DataNotifier notifier;
    QSignalSpy changed(&notifier, &DataNotifier::referralsChanged);
    ReferralDialog dialog(*p.db, notifier, p.kader, p.budi, {QStringLiteral("underweight"), QStringLiteral("2T")}, 10);
    dialog.show();

    // The rules' reasons are ticked, the family reasons offered unticked.
    QStringList ticked;
    QStringList offered;
    for (const QCheckBox* box : dialog.reasonBoxes()) {
        offered << box->objectName();
        if (box->isChecked())
            ticked << box->objectName();
    }
    BOOST_TEST(ticked == (QStringList{QStringLiteral("underweight"), QStringLiteral("2T")}));
    BOOST_TEST(offered.contains(QStringLiteral("kekerasan")));
    BOOST_TEST(dialog.reasonBoxes().back()->text().contains(QStringLiteral("Kekerasan")), dialog.reasonBoxes().back()->text().toStdString());
    // Today, and the follow-up the setting's days later.
    BOOST_TEST(dialog.dateField()->date() == test::kToday);
    BOOST_TEST(dialog.followUpField()->date() == test::kToday.addDays(10));
    BOOST_TEST(dialog.referredByEdit()->text() == QStringLiteral("Kader Uji"));

    typeDate(dialog.dateField(), QStringLiteral("14-03-2026"));
    QTest::keyClick(dialog.dateField()->lineEdit(), Qt::Key_Tab);
    BOOST_TEST(!dialog.dateField()->lineEdit()->hasFocus());
    // The follow-up date moved with the referral's date.
    BOOST_TEST(dialog.followUpField()->date() == QDate(2026, 3, 24));
    dialog.noteEdit()->setFocus();
    QTest::keyClicks(dialog.noteEdit(), QStringLiteral("Ibu akan datang Senin"));
    QTest::keyClick(dialog.noteEdit(), Qt::Key_Return);

    BOOST_TEST(dialog.result() == int(QDialog::Accepted));
    BOOST_REQUIRE(dialog.referral().has_value());
    auto list = store::ReferralRepository(*p.db).forChild(p.budi);
    BOOST_REQUIRE(list);
    BOOST_REQUIRE(list->size() == 1u);
    const store::Referral& r = list->front();
    BOOST_TEST(r.referredOn == QDate(2026, 3, 14));
    BOOST_TEST(r.followUpOn == QDate(2026, 3, 24));
    BOOST_TEST(r.reasons == (QStringList{QStringLiteral("underweight"), QStringLiteral("2T")}));
    BOOST_TEST(r.destination == QStringLiteral("puskesmas_gizi"));
    BOOST_TEST(!r.forHousehold);
    BOOST_TEST(int(r.status) == int(store::ReferralStatus::Referred));
    auto events = store::ReferralEventRepository(*p.db).history(r.meta.id);
    BOOST_REQUIRE(events);
    BOOST_REQUIRE(events->size() == 1u);
    BOOST_TEST(events->front().note == QStringLiteral("Ibu akan datang Senin"));
    auto audit = store::AuditLog(*p.db).forRow(QStringLiteral("referrals"), r.meta.uid);
    BOOST_REQUIRE(audit);
    BOOST_TEST(!audit->empty());
    BOOST_TEST(changed.count() == 1);
}

BOOST_AUTO_TEST_CASE(a_future_date_is_refused_with_the_message_and_nothing_is_lost)
{
    test::Posyandu p;
    DataNotifier notifier;
    ReferralDialog dialog(*p.db, notifier, p.kader, p.citra, {QStringLiteral("severely_stunted")}, 14);
    dialog.show();
    dialog.householdButton()->setChecked(true);
    dialog.noteEdit()->setText(QStringLiteral("catatan penting"));
    typeDate(dialog.dateField(), QStringLiteral("20-03-2026"));
    QTest::keyClick(dialog.dateField()->lineEdit(), Qt::Key_Return);

    BOOST_TEST(dialog.isVisible());
    BOOST_TEST(!dialog.referral().has_value());
    const QString message = dialog.messageText(QStringLiteral("referred_on"));
    BOOST_TEST(message.contains(QStringLiteral("masa depan")), message.toStdString());
    BOOST_TEST(dialog.noteEdit()->text() == QStringLiteral("catatan penting"));
    BOOST_TEST(dialog.householdButton()->isChecked());
    auto list = store::ReferralRepository(*p.db).forChild(p.citra);
    BOOST_REQUIRE(list);
    BOOST_TEST(list->empty());

    // No reason ticked: refused too.
    typeDate(dialog.dateField(), QStringLiteral("15-03-2026"));
    for (QCheckBox* box : dialog.reasonBoxes())
        box->setChecked(false);
    dialog.save();
    BOOST_TEST(!dialog.messageText(QStringLiteral("reasons")).isEmpty());
    BOOST_TEST(store::ReferralRepository(*p.db).forChild(p.citra)->empty());

    // Fixed: saved, for the household.
    dialog.reasonBoxes().front()->setChecked(true);
    dialog.save();
    BOOST_REQUIRE(dialog.referral().has_value());
    BOOST_TEST(dialog.referral()->forHousehold);
    BOOST_TEST(dialog.referral()->referredOn == test::kToday);
}

BOOST_AUTO_TEST_CASE(the_status_dialog_offers_only_the_next_steps_and_records_them)
{
    test::Posyandu p;
    DataNotifier notifier;
    const store::Referral r = referral(p, p.budi, QDate(2026, 3, 2), {QStringLiteral("2T")});
    {
        ReferralStatusDialog dialog(*p.db, notifier, p.kader, r.meta.id);
        dialog.show();
        QStringList steps;
        for (int i = 0; i < dialog.stepBox()->count(); ++i)
            steps << dialog.stepBox()->itemText(i);
        BOOST_TEST(steps == (QStringList{QStringLiteral("diterima"), QStringLiteral("tidak datang"), QStringLiteral("dibatalkan")}));
        // A date before the referral: the store refuses, the message shows.
        typeDate(dialog.dateField(), QStringLiteral("01-03-2026"));
        dialog.save();
        BOOST_TEST(dialog.isVisible());
        BOOST_TEST(!(dialog.messageText(QStringLiteral("happened_on")) + dialog.messageText()).isEmpty());
        BOOST_TEST(int(store::ReferralRepository(*p.db).get(r.meta.id)->status) == int(store::ReferralStatus::Referred));

        typeDate(dialog.dateField(), QStringLiteral("10-03-2026"));
        dialog.stepBox()->setCurrentIndex(0);
        dialog.noteEdit()->setFocus();
        QTest::keyClicks(dialog.noteEdit(), QStringLiteral("diperiksa TPG"));
        QTest::keyClick(dialog.noteEdit(), Qt::Key_Return);
        BOOST_TEST(dialog.result() == int(QDialog::Accepted));
    }
    auto arrived = store::ReferralRepository(*p.db).get(r.meta.id);
    BOOST_REQUIRE(arrived);
    BOOST_TEST(int(arrived->status) == int(store::ReferralStatus::Arrived));
    BOOST_TEST(arrived->arrivedOn == QDate(2026, 3, 10));
    {
        // Closing a referral is the nutritionist's (store/access.h).
        ReferralStatusDialog dialog(*p.db, notifier, p.gizi, r.meta.id);
        QStringList steps;
        for (int i = 0; i < dialog.stepBox()->count(); ++i)
            steps << dialog.stepBox()->itemText(i);
        BOOST_TEST(steps == (QStringList{QStringLiteral("selesai"), QStringLiteral("dibatalkan")}));
        BOOST_TEST(dialog.historyList()->count() == 2);
        BOOST_TEST(dialog.historyList()->item(1)->text().contains(QStringLiteral("diperiksa TPG")));
        dialog.noteEdit()->setText(QStringLiteral("PMT 90 hari"));
        dialog.save();
    }
    auto done = store::ReferralRepository(*p.db).get(r.meta.id);
    BOOST_TEST(int(done->status) == int(store::ReferralStatus::Completed));
    BOOST_TEST(done->closedOn == test::kToday);
    // Closed: nothing more to choose.
    ReferralStatusDialog closed(*p.db, notifier, p.kader, r.meta.id);
    BOOST_TEST(closed.stepBox()->count() == 0);
    BOOST_TEST(!closed.messageText().isEmpty());
}

BOOST_AUTO_TEST_CASE(counselling_is_recorded_from_the_keyboard)
{
    test::Posyandu p;
    DataNotifier notifier;
    QSignalSpy changed(&notifier, &DataNotifier::counsellingChanged);
    CounsellingDialog dialog(*p.db, notifier, p.kader, p.citra);
    dialog.show();
    BOOST_REQUIRE(dialog.topicBox()->count() > 1);
    BOOST_TEST(dialog.focusWidget() == dialog.topicBox());
    QTest::keyClick(dialog.topicBox(), Qt::Key_Down);
    const QString topic = dialog.topicBox()->currentData().toString();
    BOOST_TEST(!topic.isEmpty());
    dialog.noteEdit()->setFocus();
    QTest::keyClicks(dialog.noteEdit(), QStringLiteral("contoh MP-ASI"));
    QTest::keyClick(dialog.noteEdit(), Qt::Key_Return);
    BOOST_TEST(dialog.result() == int(QDialog::Accepted));

    auto list = store::CounsellingRepository(*p.db).forChild(p.citra);
    BOOST_REQUIRE(list);
    BOOST_REQUIRE(list->size() == 1u);
    BOOST_TEST(list->front().topic == topic);
    BOOST_TEST(list->front().notes == QStringLiteral("contoh MP-ASI"));
    BOOST_TEST(list->front().counselledOn == test::kToday);
    BOOST_TEST(list->front().counselledBy == QStringLiteral("Kader Uji"));
    BOOST_TEST(changed.count() == 1);

    // A future date is refused with its message.
    CounsellingDialog later(*p.db, notifier, p.kader, p.citra);
    typeDate(later.dateField(), QStringLiteral("16-03-2026"));
    later.save();
    BOOST_TEST(later.messageText().contains(QStringLiteral("masa depan")), later.messageText().toStdString());
    BOOST_TEST(store::CounsellingRepository(*p.db).forChild(p.citra)->size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(followup_child_page)

BOOST_AUTO_TEST_CASE(the_child_page_lists_referrals_and_counselling)
{
    test::Posyandu p;
    DataNotifier notifier;
    CommandStack commands(&notifier);
    // The nutritionist's page: she refers, counsels and also cancels a
    // referral (a kader may not close one, store/access.h).
    ChildPage page(*p.db, notifier, commands, p.gizi);
    page.show();
    page.showChild(p.budi);
    ChildFollowUpView* view = page.followUp();
    BOOST_TEST(view->referralTable()->rowCount() == 0);
    BOOST_TEST(!view->statusButton()->isEnabled());

    // Through the page's button and the dialog, as a cadre does.
    // The dialog starts with the rules' reasons for Budi this month (2T).
    QStringList ticked;
    view->setDialogRunner([&ticked](QDialog& d) {
        auto& dialog = dynamic_cast<ReferralDialog&>(d);
        for (const QCheckBox* box : dialog.reasonBoxes())
            if (box->isChecked())
                ticked << box->objectName();
        dialog.show();
        dialog.noteEdit()->setFocus();
        QTest::keyClick(dialog.noteEdit(), Qt::Key_Return);
    });
    // Ctrl+R, as the button's tooltip says (a button's shortcut clicks it a moment later).
    page.activateWindow();
    BOOST_REQUIRE(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(view->referralTable(), Qt::Key_R, Qt::ControlModifier);
    BOOST_TEST(QTest::qWaitFor([&] { return view->referralTable()->rowCount() == 1; }, 2000));
    BOOST_TEST(ticked.contains(QStringLiteral("2T")), ticked.join(QLatin1Char(' ')).toStdString());
    BOOST_REQUIRE(view->referralTable()->rowCount() == 1);
    BOOST_TEST(cell(view->referralTable(), 0, ChildFollowUpView::Status) == QStringLiteral("dirujuk"));
    BOOST_TEST(cell(view->referralTable(), 0, ChildFollowUpView::Destination).contains(QStringLiteral("TPG")));
    BOOST_TEST(cell(view->referralTable(), 0, ChildFollowUpView::Date) == QStringLiteral("15 Mar 2026"));

    // An overdue one (still dirujuk past its follow-up date), and a
    // confidential one.
    referral(p, p.budi, QDate(2026, 2, 1), {QStringLiteral("T")}, QDate(2026, 2, 15));
    referral(p, p.budi, QDate(2026, 3, 1), {store::familyreason::Kekerasan}, QDate(2026, 3, 29));
    emit notifier.referralsChanged(p.budi);
    BOOST_REQUIRE(view->referralTable()->rowCount() == 3);
    const QStringList statuses = column(view->referralTable(), ChildFollowUpView::Status);
    const QStringList reasons = column(view->referralTable(), ChildFollowUpView::Reasons);
    BOOST_TEST(statuses.filter(QStringLiteral("terlambat 28 hari")).size() == 1, statuses.join(QStringLiteral(" | ")).toStdString());
    BOOST_TEST(reasons.filter(QRegularExpression(QStringLiteral("^rahasia: Kekerasan"))).size() == 1,
               reasons.join(QStringLiteral(" | ")).toStdString());

    view->setDialogRunner([](QDialog& d) {
        auto& dialog = dynamic_cast<CounsellingDialog&>(d);
        dialog.noteEdit()->setText(QStringLiteral("dari halaman anak"));
        dialog.save();
    });
    view->counselButton()->click();
    BOOST_REQUIRE(view->counsellingTable()->rowCount() == 1);
    BOOST_TEST(cell(view->counsellingTable(), 0, ChildFollowUpView::CounselNote) == QStringLiteral("dari halaman anak"));
    BOOST_TEST(!cell(view->counsellingTable(), 0, ChildFollowUpView::Topic).isEmpty());

    // Ubah status… on the selected row.
    view->referralTable()->selectRow(0);
    BOOST_TEST(view->statusButton()->isEnabled());
    view->setDialogRunner([](QDialog& d) {
        auto& dialog = dynamic_cast<ReferralStatusDialog&>(d);
        dialog.stepBox()->setCurrentIndex(dialog.stepBox()->findText(QStringLiteral("dibatalkan")));
        dialog.save();
    });
    const auto selected = view->selectedReferral();
    BOOST_REQUIRE(selected.has_value());
    view->statusButton()->click();
    BOOST_TEST(int(store::ReferralRepository(*p.db).get(selected->meta.id)->status) == int(store::ReferralStatus::Cancelled));
    BOOST_TEST(column(view->referralTable(), ChildFollowUpView::Status).contains(QStringLiteral("dibatalkan")));
}

BOOST_AUTO_TEST_CASE(the_slip_of_the_selected_referral_is_saved_as_pdf)
{
    test::Posyandu p;
    DataNotifier notifier;
    CommandStack commands(&notifier);
    ChildPage page(*p.db, notifier, commands, p.kader);
    page.show();
    referral(p, p.budi, QDate(2026, 3, 12), {QStringLiteral("2T")});
    page.showChild(p.budi);
    ChildFollowUpView* view = page.followUp();
    BOOST_REQUIRE(view->referralTable()->rowCount() == 1);
    view->referralTable()->selectRow(0);
    BOOST_TEST(view->saveSlipButton()->isEnabled());
    BOOST_TEST(view->suggestedSlipPath().endsWith(QStringLiteral("surat-rujukan-budi-santoso-2026-03-12.pdf")),
               view->suggestedSlipPath().toStdString());

    QTemporaryDir out;
    BOOST_REQUIRE(out.isValid());
    const QString pdf = out.filePath(QStringLiteral("slip.pdf"));
    QString why;
    BOOST_REQUIRE_MESSAGE(view->writeSlipPdf(pdf, &why), why.toStdString());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    BOOST_REQUIRE(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    BOOST_TEST(words.contains(QStringLiteral("Budi Santoso")), words.toStdString());
    BOOST_TEST(words.contains(QStringLiteral("0001")));
    BOOST_TEST(!words.contains(QStringLiteral("6471051001250001")));
    // The open database is never overwritten by a slip.
    BOOST_TEST(!view->writeSlipPdf(p.path(), &why));
    BOOST_TEST(!why.isEmpty());
}

BOOST_AUTO_TEST_CASE(the_household_view_lists_the_siblings_and_open_referrals)
{
    test::Posyandu p;
    DataNotifier notifier;
    referral(p, p.budi, QDate(2026, 3, 12), {QStringLiteral("2T")});
    store::Counselling c;
    c.childId = p.dodi;
    c.counselledOn = QDate(2026, 3, 12);
    c.topic = QString::fromStdString(growth::defaultAttentionRules().topics.front().code);
    c.counselledBy = QStringLiteral("Bidan Uji");
    BOOST_REQUIRE(store::CounsellingRepository(*p.db).add(c, p.kader));

    HouseholdDialog dialog(*p.db, notifier, p.dodi);
    // Budi and Dodi live with Siti Aminah; Ani, Citra, Eka elsewhere.
    const QStringList names = column(dialog.childrenTable(), HouseholdDialog::ChildName);
    BOOST_TEST(names == (QStringList{QStringLiteral("Budi Santoso"), QStringLiteral("Dodi Pratama")}));
    // Budi's 2T makes his dot red ("Bermasalah"); Dodi was never measured.
    BOOST_TEST(cell(dialog.childrenTable(), 0, HouseholdDialog::ChildStatus) != cell(dialog.childrenTable(), 1, HouseholdDialog::ChildStatus));
    BOOST_TEST(cell(dialog.childrenTable(), 1, HouseholdDialog::ChildLastVisit) == QStringLiteral("belum pernah"));
    BOOST_TEST(dialog.familyLabel()->text().contains(QStringLiteral("RT 001 / RW 002")), dialog.familyLabel()->text().toStdString());
    BOOST_TEST(dialog.familyLabel()->text().contains(QStringLiteral("Jl. Kenanga 001")));
    BOOST_REQUIRE(dialog.referralsTable()->rowCount() == 1);
    BOOST_TEST(cell(dialog.referralsTable(), 0, 1) == QStringLiteral("Budi Santoso"));
    BOOST_REQUIRE(dialog.counsellingTable()->rowCount() == 1);
    BOOST_TEST(cell(dialog.counsellingTable(), 0, 1) == QStringLiteral("Dodi Pratama"));

    // A new referral of the family shows up without reopening.
    referral(p, p.dodi, QDate(2026, 3, 14), {store::familyreason::Bansos});
    emit notifier.referralsChanged(p.dodi);
    BOOST_TEST(dialog.referralsTable()->rowCount() == 2);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(followup_window)

// The Perlu perhatian page's Rujuk… and Catat edukasi… open the dialogs for
// the child of the row, with the row's reasons ticked.
BOOST_AUTO_TEST_CASE(the_attention_page_requests_open_the_dialogs)
{
    test::Posyandu p;
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("tumbuh.ini")));
    settings.referralFollowUpDays.set(21);
    DataNotifier notifier;
    CommandStack commands(&notifier);
    MainWindow window(*p.db, settings, notifier, commands, p.kader, nullptr);
    QStringList ticked;
    window.setDialogRunner([&ticked](QDialog& d) {
        if (auto* refer = dynamic_cast<ReferralDialog*>(&d)) {
            for (const QCheckBox* box : refer->reasonBoxes())
                if (box->isChecked())
                    ticked << box->objectName();
            refer->save();
        } else if (auto* counsel = dynamic_cast<CounsellingDialog*>(&d)) {
            counsel->save();
        }
    });
    const QUuid citra = store::ChildRepository(*p.db).get(p.citra)->meta.uid;
    emit window.attentionPage()->referRequested(citra, {QStringLiteral("severely_stunted"), QStringLiteral("sibling_at_risk")});
    BOOST_TEST(ticked == (QStringList{QStringLiteral("severely_stunted"), QStringLiteral("sibling_at_risk")}));
    auto referrals = store::ReferralRepository(*p.db).forChild(p.citra);
    BOOST_REQUIRE(referrals);
    BOOST_REQUIRE(referrals->size() == 1u);
    BOOST_TEST(referrals->front().followUpOn == test::kToday.addDays(21));

    emit window.attentionPage()->counselRequested(citra);
    BOOST_TEST(store::CounsellingRepository(*p.db).forChild(p.citra)->size() == 1u);
    // The topic of the child's strongest reason is chosen in the dialog.
    emit window.attentionPage()->counselRequested(citra, QStringLiteral("cegah_stunting"));
    const auto counselled = store::CounsellingRepository(*p.db).forChild(p.citra);
    BOOST_REQUIRE(counselled->size() == 2u);
    BOOST_TEST((counselled->at(0).topic == QStringLiteral("cegah_stunting") || counselled->at(1).topic == QStringLiteral("cegah_stunting")));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(followup_screenshots)

// The child page with its referrals and the household view, as pictures;
// with TUMBUH_SCREENSHOT_DIR set they are saved there (child-referrals.png,
// household.png) to be looked at.
BOOST_AUTO_TEST_CASE(child_referrals_and_household_pictures)
{
    test::Posyandu p;
    DataNotifier notifier;
    CommandStack commands(&notifier);
    const store::Referral done = referral(p, p.budi, QDate(2026, 1, 12), {QStringLiteral("T")}, QDate(2026, 1, 26));
    store::ReferralWorkflow flow(*p.db);
    BOOST_REQUIRE(flow.transition(done.meta.id, store::ReferralStatus::Arrived, QDate(2026, 1, 20), {}, p.kader));
    BOOST_REQUIRE(flow.transition(done.meta.id, store::ReferralStatus::Completed, QDate(2026, 2, 2),
                                  QStringLiteral("PMT 90 hari"), p.kader));
    referral(p, p.budi, QDate(2026, 2, 12), {QStringLiteral("underweight")}, QDate(2026, 2, 26));
    referral(p, p.budi, QDate(2026, 3, 12), {QStringLiteral("2T"), QStringLiteral("underweight")});
    store::Referral family;
    family.childId = p.budi;
    family.forHousehold = true;
    family.referredOn = QDate(2026, 3, 12);
    family.reasons = {store::familyreason::Ekonomi, store::familyreason::Bansos};
    family.consent = true;
    family.destination = QStringLiteral("dinsos_pkh");
    family.referredBy = QStringLiteral("Kader Uji");
    BOOST_REQUIRE(flow.refer(family, QStringLiteral("belum menerima PKH"), p.kader));
    store::Counselling c;
    c.childId = p.budi;
    c.counselledOn = QDate(2026, 3, 12);
    c.topic = QString::fromStdString(growth::defaultAttentionRules().topics.front().code);
    c.counselledBy = QStringLiteral("Kader Uji");
    c.notes = QStringLiteral("menu MP-ASI 3x sehari");
    BOOST_REQUIRE(store::CounsellingRepository(*p.db).add(c, p.kader));

    ChildPage page(*p.db, notifier, commands, p.kader);
    page.resize(1280, 800);
    page.show();
    page.showChild(p.budi);
    QApplication::processEvents();
    BOOST_TEST(page.followUp()->referralTable()->rowCount() == 4);
    const QImage child = page.grab().toImage();
    BOOST_TEST(!child.isNull());

    HouseholdDialog household(*p.db, notifier, p.budi);
    household.resize(820, 600);
    household.show();
    QApplication::processEvents();
    const QImage family_ = household.grab().toImage();
    BOOST_TEST(!family_.isNull());
    BOOST_TEST(household.referralsTable()->rowCount() == 3); // the completed one is not open

    if (const QString dir = qEnvironmentVariable("TUMBUH_SCREENSHOT_DIR"); !dir.isEmpty()) {
        BOOST_TEST(child.save(QDir(dir).filePath(QStringLiteral("child-referrals.png"))));
        BOOST_TEST(family_.save(QDir(dir).filePath(QStringLiteral("household.png"))));
    }
}

BOOST_AUTO_TEST_SUITE_END()
