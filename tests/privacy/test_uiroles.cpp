// The program follows the role (issue 12, store/access.h): a kader's screens
// never show a full NIK (every label, field, button, tooltip and model cell
// of every page, the child dialog, the printed card and slip), while a
// nutritionist's do; what a role may not do is disabled with the refusal as
// its tooltip and, reached anyway, refused with that message and nothing
// written (the file's content hash is unchanged). Real SQLite file, real
// widgets on the offscreen platform, real PDFs read back with pdftotext.
#include "support/recordsfixture.h"

#include "store/access.h"
#include "store/childrepository.h"
#include "store/database.h"
#include "store/householdrepository.h"
#include "store/measurementrepository.h"
#include "store/posyandurepository.h"
#include "store/referralworkflow.h"
#include "store/userrepository.h"
#include "ui/child/childfollowupview.h"
#include "ui/child/childpage.h"
#include "ui/common/nikfield.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/core/savemeasurementcommand.h"
#include "ui/followup/attentionlistmodel.h"
#include "ui/followup/attentionpage.h"
#include "ui/followup/referralstatusdialog.h"
#include "ui/mainwindow.h"
#include "ui/posyanduday/posyandudayoptions.h"
#include "ui/posyanduday/posyandudaypage.h"
#include "ui/core/savechildcommand.h"
#include "ui/register/childdialog.h"
#include "ui/register/childfilterproxy.h"
#include "ui/register/childform.h"
#include "ui/register/householdform.h"
#include "ui/register/registerpage.h"
#include "ui/report/reportpage.h"
#include "ui/settings/appsettings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <memory>

using namespace tumbuh;
using namespace tumbuh::ui;
using records::test::contentHash;
using records::test::queryLines;

namespace {

const QDate kToday(2026, 3, 15);
// Synthetic NIKs (Samarinda's 6471 prefix, made-up digits).
const QString kBudiNik = QStringLiteral("6471051001250001");
const QString kEkaNik = QStringLiteral("6471054107240002");
const QString kFatherNik = QStringLiteral("6471050101900003");
const QString kMotherNik = QStringLiteral("6471054101920004");

template <typename T>
std::string why(const store::Result<T>& r)
{
    return r.ok() ? std::string() : r.error().message.toStdString();
}

// Two posyandu; Budi (with NIK, parents with NIKs, measured, referred) at
// Mawar, Eka (with NIK, measured) at Melati. Users: a kader whose home
// posyandu is Mawar, a nutritionist (gizi), an admin.
struct World {
    World()
    {
        BOOST_REQUIRE(dir.isValid());
        auto opened = store::Database::open(path());
        BOOST_REQUIRE_MESSAGE(opened, why(opened));
        db = std::move(*opened);
        db->setToday(kToday);

        store::PosyanduRepository places(*db);
        store::Posyandu p;
        p.name = QStringLiteral("Posyandu Mawar");
        p.kelurahan = QStringLiteral("Sukamaju");
        auto m = places.add(p, 0);
        BOOST_REQUIRE_MESSAGE(m, why(m));
        mawar = m->meta.id;
        p.name = QStringLiteral("Posyandu Melati");
        auto l = places.add(p, 0);
        BOOST_REQUIRE_MESSAGE(l, why(l));
        melati = l->meta.id;

        kader = addUser(QStringLiteral("kader"), store::Role::Kader, mawar);
        gizi = addUser(QStringLiteral("gizi"), store::Role::Nutritionist, std::nullopt);
        admin = addUser(QStringLiteral("admin"), store::Role::Admin, std::nullopt);

        store::Household h;
        h.posyanduId = mawar;
        h.motherName = QStringLiteral("Siti Aminah");
        h.fatherName = QStringLiteral("Joko Santoso");
        h.fatherNik = kFatherNik;
        h.motherNik = kMotherNik;
        h.rt = QStringLiteral("001");
        h.rw = QStringLiteral("002");
        h.address = QStringLiteral("Jl. Kenanga 1");
        auto saved = store::HouseholdRepository(*db).add(h, admin);
        BOOST_REQUIRE_MESSAGE(saved, why(saved));
        household = saved->meta.id;

        budi = addChild(QStringLiteral("Budi Santoso"), growth::Sex::Male, QDate(2025, 1, 10),
                        QStringLiteral("Siti Aminah"), household, mawar, kBudiNik);
        measure(budi, QDate(2026, 1, 12), 8.0, 73.0);
        measure(budi, QDate(2026, 2, 12), 7.9, 73.5);
        measure(budi, QDate(2026, 3, 12), 7.8, 74.0);
        eka = addChild(QStringLiteral("Eka Putri"), growth::Sex::Female, QDate(2024, 7, 1),
                       QStringLiteral("Wulan Sari"), std::nullopt, melati, kEkaNik);
        ekaMeasurement = measure(eka, QDate(2026, 3, 1), 10.2, 81.0);

        store::Referral r;
        r.childId = budi;
        r.referredOn = QDate(2026, 3, 12);
        r.reasons = QStringList{QStringLiteral("bgm")};
        r.destination = QStringLiteral("puskesmas_gizi");
        r.referredBy = QStringLiteral("kader");
        auto made = store::ReferralWorkflow(*db).refer(r, {}, kader);
        BOOST_REQUIRE_MESSAGE(made, why(made));
        referral = made->meta.id;
    }

    QString path() const { return dir.filePath(QStringLiteral("posyandu.db")); }
    QByteArray hash() const { return contentHash(path(), true); }

    store::UserId addUser(const QString& name, store::Role role, std::optional<store::RowId> home)
    {
        store::User u;
        u.name = name;
        u.role = role;
        u.posyanduId = home;
        auto saved = store::UserRepository(*db).add(u, 0);
        BOOST_REQUIRE_MESSAGE(saved, why(saved));
        return saved->meta.id;
    }
    store::RowId addChild(const QString& name, growth::Sex sex, const QDate& birth, const QString& mother,
                          std::optional<store::RowId> home, store::RowId posyandu, const QString& nik)
    {
        store::Child c;
        c.name = name;
        c.sex = sex;
        c.birthDate = birth;
        c.motherName = mother;
        c.householdId = home;
        c.posyanduId = posyandu;
        c.nik = nik;
        auto saved = store::ChildRepository(*db).add(c, admin);
        BOOST_REQUIRE_MESSAGE(saved, why(saved));
        return saved->meta.id;
    }
    store::RowId measure(store::RowId child, const QDate& date, double kg, double cm)
    {
        store::Measurement m;
        m.childId = child;
        m.date = date;
        m.weight = growth::Grams{static_cast<std::int32_t>(std::lround(kg * 1000))};
        m.length = growth::Millimetres{static_cast<std::int32_t>(std::lround(cm * 10))};
        m.position = growth::Measure::Lying;
        auto saved = store::MeasurementRepository(*db).add(m, admin);
        BOOST_REQUIRE_MESSAGE(saved, why(saved));
        return saved->meta.id;
    }

    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    store::RowId mawar = 0, melati = 0, household = 0, budi = 0, eka = 0, ekaMeasurement = 0, referral = 0;
    store::UserId kader = 0, gizi = 0, admin = 0;
};

// The program's window as `tumbuh` builds it, for one user.
struct Window {
    Window(World& w, store::UserId user) : settings(settingsDir.filePath(QStringLiteral("tumbuh.ini")))
    {
        PosyanduDayOptions day;
        day.user = user;
        day.posyanduId = w.mawar;
        dayPage = new PosyanduDayPage(*w.db, notifier, commands, day);
        window = std::make_unique<MainWindow>(*w.db, settings, notifier, commands, user, dayPage);
        window->setDialogRunner([](QDialog&) {});
        window->show();
        QApplication::processEvents();
    }

    QTemporaryDir settingsDir;
    AppSettings settings;
    DataNotifier notifier;
    CommandStack commands{&notifier};
    PosyanduDayPage* dayPage = nullptr;
    std::unique_ptr<MainWindow> window;
};

void addModelTexts(const QAbstractItemModel* model, const QModelIndex& parent, QStringList& out)
{
    if (!model)
        return;
    for (int r = 0; r < model->rowCount(parent); ++r)
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex i = model->index(r, c, parent);
            out << i.data(Qt::DisplayRole).toString() << i.data(Qt::ToolTipRole).toString();
            if (c == 0 && model->hasChildren(i))
                addModelTexts(model, i, out);
        }
    for (int c = 0; c < model->columnCount(parent); ++c)
        out << model->headerData(c, Qt::Horizontal).toString() << model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
}

// Every text a user can see or hover over below `root`, visible or not
// (a hidden widget may be shown at any moment).
QStringList everyText(QWidget* root)
{
    QStringList out;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        out << w->toolTip() << w->windowTitle() << w->statusTip();
        if (auto* l = qobject_cast<QLabel*>(w))
            out << l->text();
        if (auto* e = qobject_cast<QLineEdit*>(w))
            out << e->text() << e->placeholderText();
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            out << b->text();
        if (auto* v = qobject_cast<QAbstractItemView*>(w))
            addModelTexts(v->model(), QModelIndex(), out);
        if (auto* c = qobject_cast<QComboBox*>(w))
            addModelTexts(c->model(), QModelIndex(), out);
        if (auto* t = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < t->count(); ++i)
                out << t->tabText(i) << t->tabToolTip(i);
    }
    out.removeAll(QString());
    return out;
}

void settle(int ms = 50)
{
    QApplication::processEvents();
    QTest::qWait(ms);
}

// Every page of the window, the child page of Budi, the posyandu day with
// Budi selected, the edit dialog of Budi: all the texts.
QString allScreens(World& w, store::UserId user)
{
    Window win(w, user);
    QStringList texts;
    for (int i = 0; i < MainWindow::kPageCount; ++i) {
        win.window->showPage(static_cast<MainWindow::Page>(i));
        settle();
        if (i == static_cast<int>(MainWindow::Page::Attention))
            BOOST_CHECK(QTest::qWaitFor([&] { return win.window->attentionPage()->model()->rowCount() > 0; }, 5000));
        if (i == static_cast<int>(MainWindow::Page::Report))
            BOOST_CHECK(QTest::qWaitFor([&] { return !win.window->reportPage()->isBusy(); }, 5000));
        texts << everyText(win.window.get());
    }
    win.window->showChild(w.budi);
    settle();
    texts << everyText(win.window.get());
    win.window->showPage(MainWindow::Page::PosyanduDay);
    BOOST_CHECK(win.dayPage->selectChild(w.budi));
    settle();
    texts << everyText(win.window.get());
    ChildDialog dialog(*w.db, win.commands, win.notifier, user, w.budi, w.mawar, win.window.get());
    texts << everyText(&dialog);
    return texts.join(QLatin1Char('\n'));
}

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    BOOST_REQUIRE(p.waitForFinished(30000));
    BOOST_REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

BOOST_AUTO_TEST_SUITE(ui_roles)

BOOST_AUTO_TEST_CASE(a_kaders_screens_never_show_a_full_nik_a_nutritionists_do)
{
    World w;
    const QString kader = allScreens(w, w.kader);
    BOOST_TEST(!store::containsFullNik(kader));
    for (const QString& nik : {kBudiNik, kFatherNik, kMotherNik})
        BOOST_TEST(!kader.contains(nik), nik.toStdString());
    // The masked value is there: the walk did reach the NIKs.
    BOOST_TEST(kader.contains(store::maskNik(kBudiNik)));
    BOOST_TEST(kader.contains(store::maskNik(kFatherNik)));

    const QString gizi = allScreens(w, w.gizi);
    BOOST_TEST(gizi.contains(kBudiNik));
    BOOST_TEST(gizi.contains(kMotherNik));
    BOOST_TEST(store::containsFullNik(gizi));
}

BOOST_AUTO_TEST_CASE(a_kader_finds_a_child_by_the_full_nik_and_sees_it_masked)
{
    World w;
    Window win(w, w.kader);
    RegisterPage* page = win.window->registerPage();
    page->searchField()->setText(kBudiNik);
    settle(400);
    BOOST_REQUIRE(page->proxy()->rowCount() == 1);
    QStringList shown;
    addModelTexts(page->proxy(), QModelIndex(), shown);
    const QString text = shown.join(QLatin1Char('\n'));
    BOOST_TEST(text.contains(QStringLiteral("Budi Santoso")));
    BOOST_TEST(text.contains(store::maskNik(kBudiNik)));
    BOOST_TEST(!store::containsFullNik(text));
}

BOOST_AUTO_TEST_CASE(card_and_slip_printed_by_a_kader_have_no_full_nik)
{
    World w;
    Window win(w, w.kader);
    win.window->showChild(w.budi);
    settle();
    const QString card = w.dir.filePath(QStringLiteral("kartu.pdf"));
    QString error;
    BOOST_REQUIRE_MESSAGE(win.window->childPage()->writeCardPdf(card, &error), error.toStdString());
    const QString cardText = pdfText(card);
    BOOST_TEST(cardText.contains(QStringLiteral("Budi")));
    BOOST_TEST(!store::containsFullNik(cardText));

    ChildFollowUpView* followUp = win.window->childPage()->followUp();
    BOOST_REQUIRE(followUp->referralTable()->rowCount() >= 1);
    followUp->referralTable()->selectRow(0);
    const QString slip = w.dir.filePath(QStringLiteral("rujukan.pdf"));
    BOOST_REQUIRE_MESSAGE(followUp->writeSlipPdf(slip, &error), error.toStdString());
    const QString slipText = pdfText(slip);
    BOOST_TEST(slipText.contains(QStringLiteral("Budi")));
    BOOST_TEST(!store::containsFullNik(slipText));
    BOOST_TEST(!slipText.contains(kBudiNik.left(8)));
}

BOOST_AUTO_TEST_CASE(a_kader_editing_without_retyping_keeps_the_stored_niks)
{
    World w;
    DataNotifier notifier;
    CommandStack commands(&notifier);
    {
        ChildDialog d(*w.db, commands, notifier, w.kader, w.budi, w.mawar);
        BOOST_TEST(d.childForm()->nikEdit()->text() == store::maskNik(kBudiNik));
        BOOST_TEST(d.childForm()->nikEdit()->isReadOnly());
        BOOST_TEST(d.childForm()->nikField()->retypeButton()->isVisibleTo(d.childForm()));
        BOOST_TEST(d.householdForm()->motherNikEdit()->text() == store::maskNik(kMotherNik));
        d.childForm()->motherEdit()->setText(QStringLiteral("Siti Aminah Putri"));
        BOOST_REQUIRE_MESSAGE(d.save(), d.generalMessage()->text().toStdString());
    }
    const QString db = w.path();
    BOOST_TEST(queryLines(db, QStringLiteral("SELECT nik, mother_name FROM children WHERE id = %1").arg(w.budi))
               == QStringList{kBudiNik + QStringLiteral("|Siti Aminah Putri")});
    BOOST_TEST(queryLines(db, QStringLiteral("SELECT father_nik, mother_nik FROM households WHERE id = %1").arg(w.household))
               == QStringList{kFatherNik + QLatin1Char('|') + kMotherNik});

    // Retyped: what was typed is saved.
    const QString typed = QStringLiteral("6471051001250009");
    {
        ChildDialog d(*w.db, commands, notifier, w.kader, w.budi, w.mawar);
        d.childForm()->nikField()->retypeButton()->click();
        BOOST_TEST(d.childForm()->nikEdit()->text().isEmpty());
        BOOST_TEST(!d.childForm()->nikEdit()->isReadOnly());
        QTest::keyClicks(d.childForm()->nikEdit(), typed);
        BOOST_REQUIRE_MESSAGE(d.save(), d.generalMessage()->text().toStdString());
    }
    BOOST_TEST(queryLines(db, QStringLiteral("SELECT nik FROM children WHERE id = %1").arg(w.budi)) == QStringList{typed});

    // The nutritionist sees and edits the full NIK.
    ChildDialog d(*w.db, commands, notifier, w.gizi, w.budi, w.mawar);
    BOOST_TEST(d.childForm()->nikEdit()->text() == typed);
    BOOST_TEST(!d.childForm()->nikEdit()->isReadOnly());
    BOOST_TEST(d.householdForm()->motherNikEdit()->text() == kMotherNik);
}

// Row CloseReferral: a kader records "diterima" only.
BOOST_AUTO_TEST_CASE(closing_a_referral_is_refused_to_a_kader)
{
    World w;
    DataNotifier notifier;
    const QString refusal = store::refusalText(store::Role::Kader, store::Permission::CloseReferral);
    {
        ReferralStatusDialog d(*w.db, notifier, w.kader, w.referral);
        auto* steps = qobject_cast<QStandardItemModel*>(d.stepBox()->model());
        BOOST_REQUIRE(steps);
        int closing = -1;
        for (int i = 0; i < d.stepBox()->count(); ++i) {
            const auto s = static_cast<store::ReferralStatus>(d.stepBox()->itemData(i).toInt());
            const bool enabled = steps->item(i)->isEnabled();
            BOOST_TEST(enabled == (s == store::ReferralStatus::Arrived), i);
            if (!enabled) {
                BOOST_TEST(steps->item(i)->toolTip() == refusal);
                closing = i;
            }
        }
        BOOST_REQUIRE(closing >= 0);
        // Reached anyway (the item chosen by code): refused, nothing written.
        const QByteArray before = w.hash();
        d.stepBox()->setCurrentIndex(closing);
        d.save();
        BOOST_TEST(d.messageText() == refusal);
        BOOST_TEST(d.result() != QDialog::Accepted);
        BOOST_TEST((w.hash() == before));
    }
    {
        // "Diterima" is the kader's to record.
        ReferralStatusDialog d(*w.db, notifier, w.kader, w.referral);
        const int arrived = d.stepBox()->findData(static_cast<int>(store::ReferralStatus::Arrived));
        BOOST_REQUIRE(arrived >= 0);
        d.stepBox()->setCurrentIndex(arrived);
        const QByteArray before = w.hash();
        d.save();
        BOOST_TEST(d.result() == QDialog::Accepted, d.messageText().toStdString());
        BOOST_TEST((w.hash() != before));
    }
    // The nutritionist closes it.
    ReferralStatusDialog d(*w.db, notifier, w.gizi, w.referral);
    const int done = d.stepBox()->findData(static_cast<int>(store::ReferralStatus::Completed));
    BOOST_REQUIRE(done >= 0);
    d.stepBox()->setCurrentIndex(done);
    const QByteArray before = w.hash();
    d.save();
    BOOST_TEST(d.result() == QDialog::Accepted, d.messageText().toStdString());
    BOOST_TEST((w.hash() != before));
}

// Row ExportByName: the report's Excel and CSV carry the by-name list.
BOOST_AUTO_TEST_CASE(by_name_exports_of_the_report_are_refused_to_a_kader)
{
    World w;
    const QString refusal = store::refusalText(store::Role::Kader, store::Permission::ExportByName);
    for (const store::UserId user : {w.kader, w.gizi, w.admin}) {
        const bool kader = user == w.kader;
        Window win(w, user);
        ReportPage* report = win.window->reportPage();
        win.window->showPage(MainWindow::Page::Report);
        BOOST_REQUIRE(QTest::qWaitFor([&] { return !report->isBusy() && report->pdfButton()->isEnabled(); }, 10000));
        BOOST_TEST(report->excelButton()->isEnabled() == !kader);
        BOOST_TEST(report->csvButton()->isEnabled() == !kader);
        BOOST_TEST((report->excelButton()->toolTip() == refusal) == kader);
        BOOST_TEST((report->csvButton()->toolTip() == refusal) == kader);

        const QByteArray before = w.hash();
        const QString xlsx = w.dir.filePath(QStringLiteral("laporan-%1.xlsx").arg(user));
        const QString csv = w.dir.filePath(QStringLiteral("csv-%1").arg(user));
        QString error;
        BOOST_TEST(report->saveExcel(xlsx, &error) == !kader);
        BOOST_TEST((error == refusal) == kader);
        error.clear();
        BOOST_TEST(report->saveCsv(csv, &error) == !kader);
        BOOST_TEST((error == refusal) == kader);
        BOOST_TEST(QFile::exists(xlsx) == !kader);
        BOOST_TEST((w.hash() == before));
    }
}

// Row EditRegister, "own": a kader of Mawar does not change Eka of Melati.
BOOST_AUTO_TEST_CASE(a_kader_edits_only_the_children_of_the_home_posyandu)
{
    World w;
    DataNotifier notifier;
    CommandStack commands(&notifier);
    const QByteArray before = w.hash();
    {
        ChildDialog d(*w.db, commands, notifier, w.kader, w.eka, w.melati);
        QPushButton* save = d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        BOOST_TEST(!save->isEnabled());
        const auto expected = store::SignedInUser{w.kader, {}, store::Role::Kader, w.mawar}.requireFor(
            store::Permission::EditRegister, w.melati);
        BOOST_REQUIRE(!expected);
        BOOST_TEST(save->toolTip() == expected.error().message);
        d.childForm()->motherEdit()->setText(QStringLiteral("Wulan Sari Dewi"));
        BOOST_TEST(!d.save());
        BOOST_TEST(d.generalMessage()->text().contains(expected.error().message));
        // The command itself, pushed directly, is refused too.
        auto pushed = commands.push(d.command());
        BOOST_TEST(!pushed);
        BOOST_TEST((w.hash() == before));
    }
    // The child page of Eka: the edit buttons are grey, saying why.
    {
        Window win(w, w.kader);
        win.window->showChild(w.eka);
        settle();
        ChildPage* page = win.window->childPage();
        const auto editChild = page->findChildren<QPushButton*>();
        bool found = false;
        for (QPushButton* b : editChild)
            if (b->text() == ChildPage::tr("Edit &child")) {
                found = true;
                BOOST_TEST(!b->isEnabled());
                BOOST_TEST(b->toolTip().contains(QStringLiteral("posyandu")));
            }
        BOOST_TEST(found);
    }
    // The nutritionist may.
    ChildDialog d(*w.db, commands, notifier, w.gizi, w.eka, w.melati);
    d.childForm()->motherEdit()->setText(QStringLiteral("Wulan Sari Dewi"));
    BOOST_TEST(d.save(), d.generalMessage()->text().toStdString());
    BOOST_TEST((w.hash() != before));
}

// Row EditMeasurements, "own": a measurement of Eka (Melati) by Mawar's kader.
BOOST_AUTO_TEST_CASE(a_kader_measures_only_the_children_of_the_home_posyandu)
{
    World w;
    DataNotifier notifier;
    CommandStack commands(&notifier);
    store::Measurement m;
    m.childId = w.eka;
    m.date = kToday;
    m.weight = growth::Grams{10400};
    const QByteArray before = w.hash();
    auto refused = commands.push(std::make_unique<SaveMeasurementCommand>(*w.db, notifier, m, w.kader, QString()));
    BOOST_REQUIRE(!refused);
    BOOST_TEST((refused.error().code == store::ErrorCode::NotAllowed));
    BOOST_TEST((w.hash() == before));
    // Budi is of Mawar: allowed.
    m.childId = w.budi;
    auto own = commands.push(std::make_unique<SaveMeasurementCommand>(*w.db, notifier, m, w.kader, QString()));
    BOOST_TEST(own.ok(), why(own));
    // The nutritionist measures Eka.
    const QByteArray mid = w.hash();
    m.childId = w.eka;
    auto gizi = commands.push(std::make_unique<SaveMeasurementCommand>(*w.db, notifier, m, w.gizi, QString()));
    BOOST_TEST(gizi.ok(), why(gizi));
    BOOST_TEST((w.hash() != mid));
}

BOOST_AUTO_TEST_SUITE_END()
