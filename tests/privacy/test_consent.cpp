// Issue 12 part 3, consent per child: the repository's rules, the state on
// the child's page recorded through the dialog (real widgets, typed), the
// printed notice (pdftotext: purposes, the child, a masked NIK for a kader),
// and consents travelling in posyandu packages (schema 3) while a schema 2
// package still merges.
#include "support/recordsfixture.h"

#include "records/package/packagemerger.h"
#include "records/package/packagereader.h"
#include "records/package/packagewriter.h"
#include "store/access.h"
#include "store/childrepository.h"
#include "store/consentrepository.h"
#include "store/database.h"
#include "store/householdrepository.h"
#include "store/posyandurepository.h"
#include "store/signin.h"
#include "ui/child/childconsentview.h"
#include "ui/child/childpage.h"
#include "ui/child/consentdialog.h"
#include "ui/common/datefield.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

#include <boost/test/unit_test.hpp>

using namespace tumbuh;
using namespace tumbuh::records::test;
using store::Consent;
using store::ConsentPurpose;
using store::ConsentRepository;
using store::RowId;

namespace {

const QString kNik = QStringLiteral("6471015503230001"); // a girl born 15-03-2023
const QString kMaskedNik = QStringLiteral("6471••••••••0001");

// A posyandu with one child (and a family with the mother's name), an admin
// and a kader, each with the PIN 123456.
struct ConsentFile {
    ConsentFile() : path(folder.path(QStringLiteral("consent.db"))), db(openDb(path))
    {
        store::SignIn signIn(*db);
        auto a = signIn.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("123456"));
        BOOST_REQUIRE_MESSAGE(a.ok(), why(a));
        admin = a->id;
        store::User k;
        k.name = QStringLiteral("kader");
        k.role = store::Role::Kader;
        auto added = signIn.addUser(k, QStringLiteral("123456"), admin);
        BOOST_REQUIRE_MESSAGE(added.ok(), why(added));
        kader = added->meta.id;
        store::Posyandu p;
        p.name = QStringLiteral("Melati");
        p.rw = QStringLiteral("003");
        p.kelurahan = QStringLiteral("Gunung Samarinda");
        auto savedP = store::PosyanduRepository(*db).add(p, admin);
        BOOST_REQUIRE_MESSAGE(savedP.ok(), why(savedP));
        posyandu = savedP->meta.id;
        store::Household h;
        h.posyanduId = posyandu;
        h.motherName = QStringLiteral("Siti Aminah");
        h.address = QStringLiteral("Jl. Contoh 1");
        auto savedH = store::HouseholdRepository(*db).add(h, admin);
        BOOST_REQUIRE_MESSAGE(savedH.ok(), why(savedH));
        child = addChild(QStringLiteral("Putri Lestari"), kNik, savedH->meta.id);
    }

    RowId addChild(const QString& name, const QString& nik = {}, std::optional<RowId> household = std::nullopt)
    {
        store::Child c;
        c.name = name;
        c.nik = nik;
        c.sex = growth::Sex::Female;
        c.birthDate = QDate(2023, 3, 15);
        c.posyanduId = posyandu;
        c.householdId = household;
        c.motherName = QStringLiteral("Siti Aminah");
        auto saved = store::ChildRepository(*db).add(c, admin);
        BOOST_REQUIRE_MESSAGE(saved.ok(), why(saved));
        return saved->meta.id;
    }

    Consent statement(RowId childId, const QDate& on, bool all = true, bool withdrawal = false) const
    {
        Consent k;
        k.childId = childId;
        k.givenOn = on;
        k.guardianName = QStringLiteral("Siti Aminah");
        k.forMonitoring = all;
        k.forReporting = all;
        k.forReferral = all;
        k.withdrawal = withdrawal;
        return k;
    }

    Folder folder;
    QString path;
    std::unique_ptr<store::Database> db;
    store::UserId admin = 0;
    store::UserId kader = 0;
    RowId posyandu = 0;
    RowId child = 0;
};

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    BOOST_REQUIRE(p.waitForFinished(30000));
    BOOST_REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

BOOST_AUTO_TEST_SUITE(consent)

BOOST_AUTO_TEST_CASE(the_repository_refuses_a_future_date_a_date_before_birth_and_no_guardian)
{
    ConsentFile f;
    ConsentRepository repo(*f.db);
    auto future = repo.add(f.statement(f.child, kToday.addDays(1)), f.admin);
    BOOST_TEST(!future.ok());
    auto beforeBirth = repo.add(f.statement(f.child, QDate(2023, 3, 14)), f.admin);
    BOOST_TEST(!beforeBirth.ok());
    Consent nameless = f.statement(f.child, kToday);
    nameless.guardianName = QStringLiteral("   ");
    BOOST_TEST(!repo.add(nameless, f.admin).ok());
    BOOST_TEST(rows(f.path, QStringLiteral("consents")) == 0);
    // The same statement on the day of birth and today is accepted.
    BOOST_TEST(repo.add(f.statement(f.child, QDate(2023, 3, 15)), f.admin).ok());
    BOOST_TEST(repo.add(f.statement(f.child, kToday), f.admin).ok());
    BOOST_TEST(rows(f.path, QStringLiteral("consents")) == 2);
}

BOOST_AUTO_TEST_CASE(current_follows_the_newest_statement_and_a_withdrawal_keeps_the_history)
{
    ConsentFile f;
    ConsentRepository repo(*f.db);
    auto given = repo.add(f.statement(f.child, QDate(2024, 5, 12)), f.admin);
    BOOST_REQUIRE(given.ok());
    // Entered later but dated earlier: not the one in force.
    auto older = repo.add(f.statement(f.child, QDate(2024, 1, 2), false), f.admin);
    BOOST_REQUIRE(older.ok());
    auto now = repo.current(f.child);
    BOOST_REQUIRE(now.ok());
    BOOST_REQUIRE(now->has_value());
    BOOST_TEST((*now)->meta.uid == given->meta.uid);

    auto withdrawn = repo.add(f.statement(f.child, QDate(2024, 6, 1), false, true), f.kader);
    BOOST_REQUIRE(withdrawn.ok());
    now = repo.current(f.child);
    BOOST_REQUIRE(now->has_value());
    BOOST_TEST((*now)->withdrawal);
    BOOST_TEST(!(*now)->allows(ConsentPurpose::Monitoring));
    // Nothing was deleted or changed: three statements, the first as given.
    const QStringList all = queryLines(f.path, QStringLiteral("SELECT given_on, for_reporting, withdrawal, "
                                                              "deleted_at IS NULL FROM consents_readable ORDER BY given_on"));
    BOOST_TEST(all.join(QLatin1Char(';')).toStdString() == "2024-01-02|0|0|1;2024-05-12|1|0|1;2024-06-01|0|1|1");
    auto history = repo.forChild(f.child);
    BOOST_REQUIRE(history.ok());
    BOOST_TEST(history->size() == 3u);
    // The withdrawal is audited as the kader's.
    BOOST_TEST(queryLines(f.path, QStringLiteral("SELECT user_id FROM audit_log_readable WHERE table_name = 'consents' AND "
                                                 "row_uid = '%1'")
                                      .arg(withdrawn->meta.uid.toString(QUuid::WithoutBraces)))
               == QStringList{QString::number(f.kader)});
}

BOOST_AUTO_TEST_CASE(children_allowing_reporting_are_those_whose_newest_statement_allows_it)
{
    ConsentFile f;
    const RowId withdrawnChild = f.addChild(QStringLiteral("Dewi"));
    const RowId monitoringOnly = f.addChild(QStringLiteral("Rina"));
    const RowId none = f.addChild(QStringLiteral("Ayu"));
    ConsentRepository repo(*f.db);
    BOOST_REQUIRE(repo.add(f.statement(f.child, QDate(2024, 5, 1)), f.admin).ok());
    BOOST_REQUIRE(repo.add(f.statement(withdrawnChild, QDate(2024, 5, 1)), f.admin).ok());
    BOOST_REQUIRE(repo.add(f.statement(withdrawnChild, QDate(2024, 6, 1), false, true), f.admin).ok());
    Consent monitoring = f.statement(monitoringOnly, QDate(2024, 5, 1), false);
    monitoring.forMonitoring = true;
    BOOST_REQUIRE(repo.add(monitoring, f.admin).ok());
    auto reporting = repo.childrenAllowing(ConsentPurpose::Reporting);
    BOOST_REQUIRE(reporting.ok());
    BOOST_TEST(reporting->size() == 1u);
    BOOST_TEST(reporting->count(f.child) == 1u);
    BOOST_TEST(reporting->count(withdrawnChild) == 0u);
    BOOST_TEST(reporting->count(none) == 0u);
    auto monitored = repo.childrenAllowing(ConsentPurpose::Monitoring);
    BOOST_REQUIRE(monitored.ok());
    BOOST_TEST(monitored->size() == 2u);
    BOOST_TEST(monitored->count(monitoringOnly) == 1u);
}

BOOST_AUTO_TEST_CASE(the_child_page_shows_the_consent_and_records_it_through_the_dialog)
{
    ConsentFile f;
    ui::DataNotifier notifier;
    ui::CommandStack commands(&notifier);
    ui::ChildPage page(*f.db, notifier, commands, f.kader);
    page.show();
    page.showChild(f.child);
    ui::ChildConsentView* view = page.consent();
    BOOST_REQUIRE(view);
    BOOST_TEST(view->stateLabel()->text() == QStringLiteral("Belum ada persetujuan orang tua"));
    BOOST_TEST(view->recordButton()->isEnabled());
    BOOST_TEST(!view->withdrawButton()->isEnabled());

    // A date in the future is refused in the dialog, and nothing is written.
    QString refusal;
    view->setDialogRunner([&refusal](ui::ConsentDialog& d) {
        d.show();
        d.dateField()->lineEdit()->selectAll();
        QTest::keyClicks(d.dateField()->lineEdit(), QStringLiteral("01-01-2030"));
        QTest::keyClick(d.noteEdit(), Qt::Key_Return);
        refusal = d.messageText();
        d.reject();
    });
    view->recordButton()->click();
    BOOST_TEST(!refusal.isEmpty());
    BOOST_TEST(rows(f.path, QStringLiteral("consents")) == 0);

    // Typed as a kader would: the mother's name is proposed, referral unticked.
    QString proposed;
    view->setDialogRunner([&proposed](ui::ConsentDialog& d) {
        d.show();
        proposed = d.guardianEdit()->text();
        d.dateField()->lineEdit()->selectAll();
        QTest::keyClicks(d.dateField()->lineEdit(), QStringLiteral("12-05-2024"));
        d.guardianEdit()->selectAll();
        QTest::keyClicks(d.guardianEdit(), QStringLiteral("Siti Rahma"));
        QTest::keyClick(d.referralBox(), Qt::Key_Space);
        QTest::keyClicks(d.noteEdit(), QStringLiteral("surat di map posyandu"));
        QTest::keyClick(d.noteEdit(), Qt::Key_Return);
    });
    view->recordButton()->click();
    BOOST_TEST(proposed == QStringLiteral("Siti Aminah"));
    BOOST_TEST(view->stateLabel()->text().toStdString()
               == "Persetujuan orang tua: diberikan 12-05-2024 oleh Siti Rahma (ibu) — pemantauan, pelaporan");
    BOOST_TEST(queryLines(f.path, QStringLiteral("SELECT given_on, guardian_name, guardian_relation, for_monitoring, "
                                                 "for_reporting, for_referral, withdrawal, recorded_by, notes FROM consents_readable"))
                   .join(QLatin1Char(';'))
                   .toStdString()
               == "2024-05-12|Siti Rahma|ibu|1|1|0|0|kader|surat di map posyandu");
    BOOST_TEST(queryLines(f.path, QStringLiteral("SELECT user_id FROM audit_log WHERE table_name = 'consents'"))
               == QStringList{QString::number(f.kader)});
    BOOST_TEST(view->withdrawButton()->isEnabled());

    // Withdrawal: a new statement with nothing ticked; the history keeps both.
    view->setDialogRunner([](ui::ConsentDialog& d) {
        d.show();
        BOOST_TEST(!d.monitoringBox()->isChecked());
        d.dateField()->lineEdit()->selectAll();
        QTest::keyClicks(d.dateField()->lineEdit(), QStringLiteral("01-06-2024"));
        QTest::keyClick(d.noteEdit(), Qt::Key_Return);
    });
    view->withdrawButton()->click();
    BOOST_TEST(view->stateLabel()->text().toStdString() == "Persetujuan orang tua: ditarik 01-06-2024");
    BOOST_TEST(rows(f.path, QStringLiteral("consents"), true) == 2);
    BOOST_TEST(view->historyButton()->text() == QStringLiteral("Riwayat (2)"));
    view->historyButton()->click();
    BOOST_TEST(view->historyLabel()->isVisible());
    BOOST_TEST(view->historyLabel()->text().contains(QStringLiteral("diberikan 12-05-2024 oleh Siti Rahma")));
    BOOST_TEST(!view->withdrawButton()->isEnabled());
}

BOOST_AUTO_TEST_CASE(the_notice_names_the_purposes_and_the_child_and_masks_the_nik_for_a_kader)
{
    ConsentFile f;
    for (const auto& [user, expectFull] : {std::pair{f.kader, false}, std::pair{f.admin, true}}) {
        ui::ChildConsentView view(*f.db, user);
        view.setChild(f.child);
        const QString pdf = f.folder.path(QStringLiteral("notice-%1.pdf").arg(user));
        QString why;
        BOOST_REQUIRE_MESSAGE(view.writeNoticePdf(pdf, &why), why.toStdString());
        const QString text = pdfText(pdf);
        BOOST_TEST(text.contains(QStringLiteral("Putri Lestari")));
        BOOST_TEST(text.contains(QStringLiteral("Siti Aminah")));
        for (const char* purpose : {"Pemantauan pertumbuhan", "Pelaporan ke Dinas Kesehatan / e-PPGBM",
                                    "Rujukan lintas sektor"})
            BOOST_TEST(text.contains(QString::fromUtf8(purpose)), purpose);
        BOOST_TEST(text.contains(kNik) == expectFull, "user " << user);
        BOOST_TEST(text.contains(kMaskedNik) == !expectFull, "user " << user);
    }
    // tumbuh-cli consent-notice: blank, and for the child.
    const QString blank = f.folder.path(QStringLiteral("blank.pdf"));
    QString out;
    BOOST_TEST(runCli({QStringLiteral("consent-notice"), QStringLiteral("--db"), f.path, QStringLiteral("-o"), blank}, &out)
                   == 0,
               out.toStdString());
    const QString blankText = pdfText(blank);
    BOOST_TEST(blankText.contains(QStringLiteral("Rujukan lintas sektor")));
    BOOST_TEST(!blankText.contains(QStringLiteral("Putri Lestari")));
    auto child = store::ChildRepository(*f.db).get(f.child);
    BOOST_REQUIRE(child.ok());
    const QString filled = f.folder.path(QStringLiteral("filled.pdf"));
    BOOST_TEST(runCli({QStringLiteral("consent-notice"), QStringLiteral("--db"), f.path, QStringLiteral("--child"),
                       child->meta.uid.toString(QUuid::WithoutBraces), QStringLiteral("-o"), filled},
                      &out)
                   == 0,
               out.toStdString());
    const QString filledText = pdfText(filled);
    BOOST_TEST(filledText.contains(QStringLiteral("Putri Lestari")));
    BOOST_TEST(filledText.contains(kNik)); // runCli signs in as the admin
    // Signed in as the kader: masked.
    const QString byKader = f.folder.path(QStringLiteral("kader.pdf"));
    BOOST_TEST(runCli({QStringLiteral("consent-notice"), QStringLiteral("--user"), QStringLiteral("kader"),
                       QStringLiteral("--db"), f.path, QStringLiteral("--child"),
                       child->meta.uid.toString(QUuid::WithoutBraces), QStringLiteral("-o"), byKader},
                      &out, {QStringLiteral("TUMBUH_PIN=123456")})
                   == 0,
               out.toStdString());
    const QString kaderText = pdfText(byKader);
    BOOST_TEST(kaderText.contains(kMaskedNik));
    BOOST_TEST(!kaderText.contains(kNik));
}

BOOST_AUTO_TEST_CASE(a_schema_3_package_carries_consents_into_a_second_file)
{
    Folder f;
    const QString a = f.path(QStringLiteral("laptop.db"));
    makeDemo(a, 120, 6);
    const QString pUid = queryLines(a, QStringLiteral("SELECT uid FROM posyandu_readable ORDER BY id LIMIT 1")).front();
    const QString ofPosyandu = QStringLiteral("SELECT k.uid, k.given_on, k.guardian_name, k.for_reporting, k.withdrawal, "
                                              "k.notes, k.deleted_at IS NULL FROM consents_readable k JOIN children_readable c ON "
                                              "c.id = k.child_id JOIN posyandu_readable p ON p.id = c.posyandu_id WHERE p.uid = '%1' "
                                              "ORDER BY k.uid")
                                   .arg(pUid);
    {
        // One statement deleted (a mistaken entry): the deletion travels too.
        auto db = openDb(a);
        const QString first = queryLines(a, ofPosyandu).front().section(QLatin1Char('|'), 0, 0);
        auto k = ConsentRepository(*db).findByUid(QUuid::fromString(first));
        BOOST_REQUIRE(k.ok() && k->has_value());
        BOOST_REQUIRE(ConsentRepository(*db).remove((*k)->meta.id, 0).ok());
    }
    const QStringList expected = queryLines(a, ofPosyandu);
    BOOST_REQUIRE(expected.size() > 10);
    const QString pkg = f.path(QStringLiteral("melati.tpkg"));
    {
        auto db = openDb(a);
        records::PackageWriter writer(*db);
        auto id = writer.findPosyandu(pUid);
        BOOST_REQUIRE(id.ok());
        auto info = writer.write(*id, pkg);
        BOOST_REQUIRE_MESSAGE(info.ok(), why(info));
        BOOST_TEST(info->consents == static_cast<qint64>(expected.size()));
    }
    const QString b = f.path(QStringLiteral("puskesmas.db"));
    {
        auto db = openDb(b);
        auto report = records::PackageMerger(*db).merge(pkg);
        BOOST_REQUIRE_MESSAGE(report.ok(), why(report));
        BOOST_TEST(report->consents.added == static_cast<qint64>(expected.size()));
        BOOST_TEST(report->skipped.empty());
    }
    BOOST_TEST(queryLines(b, ofPosyandu) == expected);

    // Newer wins: a note edited and a withdrawal on the laptop reach the puskesmas.
    const QString pkg2 = f.path(QStringLiteral("melati-2.tpkg"));
    QString withdrawnUid;
    {
        auto db = openDb(a);
        db->setToday(kToday);
        ConsentRepository repo(*db);
        const QString live = queryLines(a, ofPosyandu + QStringLiteral(" LIMIT 1 OFFSET 3"))
                                 .front()
                                 .section(QLatin1Char('|'), 0, 0);
        auto k = repo.findByUid(QUuid::fromString(live));
        BOOST_REQUIRE(k.ok() && k->has_value());
        Consent edited = **k;
        edited.notes = QStringLiteral("ditandatangani ulang");
        BOOST_REQUIRE(repo.update(edited, 0).ok());
        Consent w = edited;
        w.meta = {};
        w.givenOn = kToday;
        w.withdrawal = true;
        w.forMonitoring = w.forReporting = w.forReferral = false;
        w.notes.clear();
        auto saved = repo.add(w, 0);
        BOOST_REQUIRE_MESSAGE(saved.ok(), why(saved));
        withdrawnUid = saved->meta.uid.toString(QUuid::WithoutBraces);
        records::PackageWriter writer(*db);
        BOOST_REQUIRE(writer.write(*writer.findPosyandu(pUid), pkg2).ok());
    }
    {
        auto db = openDb(b);
        auto report = records::PackageMerger(*db).merge(pkg2);
        BOOST_REQUIRE_MESSAGE(report.ok(), why(report));
        BOOST_TEST(report->consents.added == 1);
        BOOST_TEST(report->consents.updated == 1);
    }
    BOOST_TEST(queryLines(b, ofPosyandu) == queryLines(a, ofPosyandu));
    BOOST_TEST(queryLines(b, ofPosyandu).join(QLatin1Char('\n')).contains(QStringLiteral("ditandatangani ulang")));
    BOOST_TEST(queryLines(b, QStringLiteral("SELECT withdrawal FROM consents_readable WHERE uid = '%1'").arg(withdrawnUid))
               == QStringList{QStringLiteral("1")});
}

BOOST_AUTO_TEST_CASE(a_schema_2_package_without_consents_still_merges)
{
    Folder f;
    const QString a = f.path(QStringLiteral("laptop.db"));
    makeDemo(a, 60, 6);
    const QString pUid = queryLines(a, QStringLiteral("SELECT uid FROM posyandu_readable ORDER BY id LIMIT 1")).front();
    const QString pkg = f.path(QStringLiteral("v2.tpkg"));
    {
        auto db = openDb(a);
        records::PackageWriter writer(*db);
        BOOST_REQUIRE(writer.write(*writer.findPosyandu(pUid), pkg).ok());
    }
    // What Tumbuh with schema 2 wrote: no consents table, schema_version 2.
    rawExec(pkg, "DROP TABLE consents; PRAGMA user_version = 2; "
                 "UPDATE package_info SET value = '2' WHERE key = 'schema_version'; "
                 "DELETE FROM package_info WHERE key = 'consents';");
    auto contents = records::PackageReader::read(pkg);
    BOOST_REQUIRE_MESSAGE(contents.ok(), why(contents));
    BOOST_TEST(contents->info.schemaVersion == 2);
    BOOST_TEST(contents->consents.empty());
    const QString b = f.path(QStringLiteral("puskesmas.db"));
    auto db = openDb(b);
    auto report = records::PackageMerger(*db).merge(pkg);
    BOOST_REQUIRE_MESSAGE(report.ok(), why(report));
    BOOST_TEST(report->children.added == static_cast<qint64>(contents->children.size()));
    BOOST_TEST(report->consents.added == 0);
    BOOST_TEST(rows(b, QStringLiteral("children")) == static_cast<qint64>(contents->children.size()));
    BOOST_TEST(rows(b, QStringLiteral("consents")) == 0);
}

BOOST_AUTO_TEST_SUITE_END()
