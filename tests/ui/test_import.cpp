// Berkas ▸ Impor…: the dialog on a real database and real CSV files written
// here. The dry run shows the counts and changes nothing; Impor saves and
// the register shows the new children; a bad row is listed with its line;
// Batal during the import leaves the file as it was; a kader sees the action
// greyed and a direct call is refused; the refused rows go where asked.
#include "support/recordsfixture.h"

#include "store/access.h"
#include "store/userrepository.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/importing/importdialog.h"
#include "ui/importing/importreportview.h"
#include "ui/mainwindow.h"
#include "ui/register/childlistmodel.h"
#include "ui/register/registerpage.h"
#include "ui/settings/appsettings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

using namespace tumbuh;
using namespace tumbuh::ui;
namespace rt = tumbuh::records::test;

namespace {

constexpr int kWait = 120000;

const char* const kHeader = "Nama,JK,Tgl Lahir,Nama Ortu,Posyandu,Tanggal Pengukuran,Berat,Tinggi,Cara Ukur,ZS BB/U\n";

// A synthetic name made of syllables (names hold letters only): 0 → "Ba", 12 → "CiBa".
QString syllables(int n)
{
    static const char* const kSyllables[] = {"ba", "ci", "du", "fe", "go", "hu", "ja", "ki", "lo", "mu"};
    QString s;
    do {
        s.prepend(QString::fromLatin1(kSyllables[n % 10]));
        n /= 10;
    } while (n > 0);
    s[0] = s[0].toUpper();
    return s;
}

QString childName(int i)
{
    return QStringLiteral("Anak %1 Impor").arg(syllables(i));
}

// One row per measurement, e-PPGBM's headers, one new child per row in a new
// posyandu; `badLine` (a line of the file, 1 = header) gets a weight that is
// not a number.
QByteArray combinedCsv(int children, int badLine = 0, bool withPosyandu = true)
{
    QByteArray csv = kHeader;
    if (!withPosyandu)
        csv.replace("Posyandu,", "");
    for (int i = 0; i < children; ++i) {
        const QDate birth = QDate(2023, 6, 1).addDays(i % 200);
        const QString weight = i + 2 == badLine ? QStringLiteral("sembilan") : QStringLiteral("9.5");
        QString line = QStringLiteral("%1,%2,%3,Ibu %4,").arg(childName(i), i % 2 ? QStringLiteral("P") : QStringLiteral("L"), birth.toString(QStringLiteral("dd/MM/yyyy")), syllables(i));
        if (withPosyandu)
            line += QStringLiteral("Posyandu Uji Impor,");
        line += QStringLiteral("01/06/2024,%1,75.5,Terlentang,-0.5\n").arg(weight);
        csv += line.toUtf8();
    }
    return csv;
}

struct ImportFixture {
    ImportFixture()
    {
        rt::makeDemo(path(), 20, 3);
        db = rt::openDb(path());
        auto users = store::UserRepository(*db).list();
        BOOST_REQUIRE_MESSAGE(users, rt::why(users));
        for (const store::User& u : *users) {
            auto who = store::signedInAs(*db, u.meta.id);
            BOOST_REQUIRE(who);
            if (u.name == u"admin")
                admin = *who;
            else if (u.name == u"kader")
                kader = *who;
            else if (u.name == u"gizi")
                gizi = *who;
        }
        BOOST_REQUIRE(admin.id != 0);
        BOOST_REQUIRE(kader.id != 0);
        BOOST_REQUIRE(gizi.id != 0);
    }
    QString path() const { return folder.path(QStringLiteral("posyandu.db")); }
    QString file(const QString& name, const QByteArray& text) const
    {
        const QString p = folder.path(name);
        rt::writeText(p, text);
        return p;
    }
    qint64 children() const { return rt::rows(path(), QStringLiteral("children"), true); }

    rt::Folder folder;
    std::unique_ptr<store::Database> db;
    store::SignedInUser admin;
    store::SignedInUser kader;
    store::SignedInUser gizi;
    DataNotifier notifier;
};

QStringList columnTexts(QTableWidget* t, int column)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r)
        out << (t->item(r, column) ? t->item(r, column)->text() : QString());
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(import_dialog)

BOOST_FIXTURE_TEST_CASE(dry_run_shows_the_counts_and_changes_nothing, ImportFixture)
{
    const QByteArray before = rt::contentHash(path(), true);
    const qint64 childrenBefore = children();
    ImportDialog dialog(*db, notifier, gizi);
    BOOST_TEST(!dialog.importButton()->isEnabled());
    dialog.checkFile(file(QStringLiteral("anak.csv"), combinedCsv(7)));
    BOOST_TEST((dialog.state() == ImportDialog::State::Checking));
    BOOST_REQUIRE(dialog.waitForRun(kWait));
    BOOST_REQUIRE_MESSAGE((dialog.state() == ImportDialog::State::Checked), dialog.messageLabel()->text().toStdString());

    // In Indonesian, the program's first language: 7 rows, 7 new children
    // with 7 measurements, one new posyandu, nothing refused.
    const QString counts = dialog.reportView()->countsText();
    BOOST_TEST(counts.contains(QStringLiteral("Baris dibaca: 7")), counts.toStdString());
    BOOST_TEST(counts.contains(QStringLiteral("Anak: 7 baru, 0 akan berubah, 0 tetap")), counts.toStdString());
    BOOST_TEST(counts.contains(QStringLiteral("Pengukuran: 7 baru, 0 akan berubah, 0 tetap")), counts.toStdString());
    BOOST_TEST(counts.contains(QStringLiteral("Posyandu baru: 1")), counts.toStdString());
    BOOST_TEST(counts.contains(QStringLiteral("Baris ditolak: 0")), counts.toStdString());
    // Every header but the z-score is recognised, in the user's words.
    QTableWidget* columns = dialog.reportView()->columnsTable();
    BOOST_TEST(columns->rowCount() == 9);
    BOOST_TEST(columnTexts(columns, 0).contains(QStringLiteral("Tgl Lahir")));
    BOOST_TEST(columnTexts(columns, 1).contains(QStringLiteral("tanggal lahir")));
    BOOST_TEST(dialog.importButton()->isEnabled());

    // Nothing was written: rows, content and audit log as they were.
    BOOST_TEST(children() == childrenBefore);
    BOOST_TEST(rt::contentHash(path(), true) == before);
}

BOOST_FIXTURE_TEST_CASE(import_saves_and_the_register_shows_the_new_children, ImportFixture)
{
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("tumbuh.ini")));
    CommandStack commands(&notifier);
    MainWindow window(*db, settings, notifier, commands, admin.id, nullptr);
    BOOST_REQUIRE(window.importAction()->isEnabled());
    const qint64 childrenBefore = children();
    const QString lastAudit = rt::queryLines(path(), QStringLiteral("SELECT max(id) FROM audit_log")).value(0);
    const QString csv = file(QStringLiteral("anak.csv"), combinedCsv(5));
    QString finalStatus;
    bool ran = false;
    window.setDialogRunner([&](QDialog& d) {
        auto* dialog = qobject_cast<ImportDialog*>(&d);
        BOOST_REQUIRE(dialog);
        ran = true;
        dialog->checkFile(csv);
        BOOST_REQUIRE(dialog->waitForRun(kWait));
        BOOST_REQUIRE(dialog->importButton()->isEnabled());
        dialog->importButton()->click();
        BOOST_TEST((dialog->state() == ImportDialog::State::Importing));
        BOOST_REQUIRE(dialog->waitForRun(kWait));
        BOOST_TEST((dialog->state() == ImportDialog::State::Imported));
        finalStatus = dialog->statusLabel()->text();
        BOOST_TEST(dialog->reportView()->countsText().contains(QStringLiteral("Anak: 5 baru, 0 berubah, 0 tetap")));
        BOOST_TEST(dialog->cancelButton()->text() == QStringLiteral("Tutup"));
    });
    window.importAction()->trigger();
    BOOST_REQUIRE(ran);
    BOOST_TEST(finalStatus == QStringLiteral("Sudah diimpor dan disimpan."));
    BOOST_TEST(children() == childrenBefore + 5);
    // The register reloaded from the program's own connection.
    const ChildListModel* model = window.registerPage()->model();
    int found = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int i = 0; i < 5; ++i)
            found += model->rowAt(r).searchKey.startsWith(childName(i).toLower()) ? 1 : 0;
    }
    BOOST_TEST(found == 5);
    // Written as the signed-in user (the audit log names them).
    const QStringList who = rt::queryLines(
        path(), QStringLiteral("SELECT DISTINCT user_id FROM audit_log WHERE id > %1").arg(lastAudit.toLongLong()));
    BOOST_TEST(who == QStringList{QString::number(admin.id)});
}

// e-PPGBM's download: an HTML table saved as .xls, with a title block above
// the header, a totals row below the data, entities and <br> in cells. The
// dialog reads it through the same call as a CSV: the dry run counts it, a
// refused row keeps its table row, and Import saves it.
BOOST_FIXTURE_TEST_CASE(an_eppgbm_xls_download_is_checked_and_imported, ImportFixture)
{
    QByteArray html = "<html><head><meta charset=\"utf-8\"></head><body>"
                      "<table><tr><td colspan=\"6\">Daftar Anak Berdasarkan Status Gizi</td></tr>"
                      "<tr><td>Puskesmas Uji</td></tr></table>"
                      "<table><tr><th>NIK</th><th>Nama</th><th>JK</th><th>Tgl Lahir</th><th>Nama Ortu</th>"
                      "<th>Posyandu</th><th>Tanggal Pengukuran</th><th>Berat</th><th>Tinggi</th><th>Cara Ukur</th></tr>";
    for (int i = 0; i < 4; ++i) {
        const QString weight = i == 2 ? QStringLiteral("sembilan") : QStringLiteral("9,5");
        html += QStringLiteral("<tr><td></td><td>%1</td><td>%2</td><td>%3</td><td>Ibu&nbsp;%4<br>Binti X</td>"
                               "<td>Posyandu Uji &amp; Impor</td><td>01/06/2024</td><td>%5</td><td>75,5</td><td>Terlentang</td></tr>")
                    .arg(childName(i), i % 2 ? QStringLiteral("P") : QStringLiteral("L"),
                         QDate(2023, 6, 1).addDays(i).toString(QStringLiteral("dd/MM/yyyy")), syllables(i), weight)
                    .toUtf8();
    }
    html += "<tr><td></td><td>Jumlah</td><td></td><td></td><td></td><td></td><td></td><td>28,5</td><td></td><td></td></tr>"
            "</table></body></html>";
    const qint64 childrenBefore = children();
    ImportDialog dialog(*db, notifier, gizi);
    dialog.checkFile(file(QStringLiteral("Daftar Anak Berdasarkan Status Gizi.xls"), html));
    BOOST_REQUIRE(dialog.waitForRun(kWait));
    BOOST_REQUIRE_MESSAGE((dialog.state() == ImportDialog::State::Checked), dialog.messageLabel()->text().toStdString());
    const QString counts = dialog.reportView()->countsText();
    BOOST_TEST(counts.contains(QStringLiteral("Anak: 3 baru")), counts.toStdString());
    BOOST_TEST(counts.contains(QStringLiteral("Baris ditolak: 1")), counts.toStdString());
    QTableWidget* refused = dialog.reportView()->rejectedTable();
    BOOST_REQUIRE(refused->rowCount() == 1);
    BOOST_TEST(refused->item(0, 0)->text() == QStringLiteral("4")); // the table's 4th row: header, then the third child
    BOOST_TEST(children() == childrenBefore);

    dialog.importButton()->click();
    BOOST_REQUIRE(dialog.waitForRun(kWait));
    BOOST_TEST((dialog.state() == ImportDialog::State::Imported));
    BOOST_TEST(children() == childrenBefore + 3);
    BOOST_TEST(rt::queryLines(path(), QStringLiteral("SELECT count(*) FROM posyandu WHERE name = 'Posyandu Uji & Impor'"))
               == QStringList{QStringLiteral("1")});
}

BOOST_FIXTURE_TEST_CASE(a_bad_row_is_listed_with_its_line, ImportFixture)
{
    ImportDialog dialog(*db, notifier, admin);
    dialog.checkFile(file(QStringLiteral("anak.csv"), combinedCsv(6, 4)));
    BOOST_REQUIRE(dialog.waitForRun(kWait));
    BOOST_REQUIRE((dialog.state() == ImportDialog::State::Checked));
    QTableWidget* refused = dialog.reportView()->rejectedTable();
    BOOST_REQUIRE(refused->rowCount() == 1);
    BOOST_TEST(refused->item(0, 0)->text() == QStringLiteral("4"));
    BOOST_TEST(refused->item(0, 1)->text() == QStringLiteral("berat (kg)"));
    BOOST_TEST(!refused->item(0, 2)->text().isEmpty());
    BOOST_TEST(dialog.reportView()->tabs()->currentIndex() == 1); // the refused rows are shown
    BOOST_TEST(dialog.reportView()->countsText().contains(QStringLiteral("Baris ditolak: 1")));
    BOOST_TEST(dialog.reportView()->countsText().contains(QStringLiteral("Anak: 5 baru")));
    // With "save nothing at all" ticked, Import would save nothing: it is not offered.
    BOOST_TEST(dialog.importButton()->isEnabled());
    dialog.allOrNothingBox()->setChecked(true);
    BOOST_TEST(!dialog.importButton()->isEnabled());
}

BOOST_FIXTURE_TEST_CASE(cancel_during_the_import_leaves_the_file_as_it_was, ImportFixture)
{
    // Past 10,000 rows, where the importer asks whether to go on.
    ImportDialog dialog(*db, notifier, admin);
    dialog.checkFile(file(QStringLiteral("besar.csv"), combinedCsv(12000)));
    BOOST_REQUIRE(dialog.waitForRun(kWait));
    BOOST_REQUIRE((dialog.state() == ImportDialog::State::Checked));
    const QByteArray before = rt::contentHash(path(), true);
    dialog.importButton()->click();
    BOOST_REQUIRE((dialog.state() == ImportDialog::State::Importing));
    dialog.cancelButton()->click(); // Batal while it runs: stop, do not close
    BOOST_REQUIRE(dialog.waitForRun(kWait));
    BOOST_TEST((dialog.state() == ImportDialog::State::Failed));
    BOOST_TEST(dialog.statusLabel()->text().contains(QStringLiteral("Tidak ada yang disimpan")),
               dialog.statusLabel()->text().toStdString());
    BOOST_TEST(rt::contentHash(path(), true) == before);
    BOOST_TEST(rt::integrity(path()) == QStringLiteral("ok"));
    // The dialog is still open and can check the file again.
    BOOST_TEST(dialog.checkButton()->isEnabled());
}

BOOST_FIXTURE_TEST_CASE(a_kader_may_not_import, ImportFixture)
{
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("tumbuh.ini")));
    CommandStack commands(&notifier);
    MainWindow window(*db, settings, notifier, commands, kader.id, nullptr);
    BOOST_TEST(!window.importAction()->isEnabled());
    const QString reason = ImportDialog::mayImport(kader).error().message;
    BOOST_TEST(reason.contains(QStringLiteral("ahli gizi")), reason.toStdString());
    BOOST_TEST(window.importAction()->toolTip() == reason);

    // Called directly: refused with the reason, no import dialog.
    QString shown;
    bool importDialog = false;
    window.setDialogRunner([&](QDialog& d) {
        importDialog = qobject_cast<ImportDialog*>(&d) != nullptr;
        if (auto* box = qobject_cast<QMessageBox*>(&d))
            shown = box->text();
    });
    window.showImport();
    BOOST_TEST(!importDialog);
    BOOST_TEST(shown == reason);

    // The dialog itself refuses too: no run starts, nothing is written.
    const QByteArray before = rt::contentHash(path(), true);
    ImportDialog dialog(*db, notifier, kader);
    dialog.checkFile(file(QStringLiteral("anak.csv"), combinedCsv(3)));
    BOOST_TEST((dialog.state() == ImportDialog::State::NoFile));
    BOOST_TEST(dialog.messageLabel()->text() == reason);
    BOOST_TEST(!dialog.chooseButton()->isEnabled());
    BOOST_TEST(rt::contentHash(path(), true) == before);

    // The nutritionist may.
    BOOST_TEST(ImportDialog::mayImport(gizi).ok());
}

BOOST_FIXTURE_TEST_CASE(the_refused_rows_are_written_where_asked, ImportFixture)
{
    const QString rejects = folder.path(QStringLiteral("ditolak.csv"));
    const qint64 childrenBefore = children();
    ImportDialog dialog(*db, notifier, admin);
    dialog.setRejectsPath(rejects);
    BOOST_TEST(dialog.rejectsBox()->isChecked());
    dialog.checkFile(file(QStringLiteral("anak.csv"), combinedCsv(4, 3)));
    BOOST_REQUIRE(dialog.waitForRun(kWait));
    BOOST_REQUIRE((dialog.state() == ImportDialog::State::Checked));
    QFile::remove(rejects); // the dry run wrote it too; the import must write it again
    dialog.importButton()->click();
    BOOST_REQUIRE(dialog.waitForRun(kWait));
    BOOST_REQUIRE((dialog.state() == ImportDialog::State::Imported));
    const QString written = QString::fromUtf8(rt::readText(rejects));
    const QStringList lines = written.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    BOOST_REQUIRE(lines.size() == 2);
    BOOST_TEST(lines[0].contains(QStringLiteral("baris")));
    BOOST_TEST(lines[0].contains(QStringLiteral("alasan")));
    BOOST_TEST(lines[1].startsWith(childName(1)), lines[1].toStdString());
    BOOST_TEST(lines[1].contains(QStringLiteral(",3,")), lines[1].toStdString());
    BOOST_TEST(children() == childrenBefore + 3); // the other rows were saved
}

BOOST_FIXTURE_TEST_CASE(a_file_without_known_columns_is_refused_with_the_reason, ImportFixture)
{
    const QByteArray before = rt::contentHash(path(), true);
    ImportDialog dialog(*db, notifier, admin);
    dialog.checkFile(file(QStringLiteral("lain.csv"), "Kota,Jumlah\nSamarinda,3\n"));
    BOOST_REQUIRE(dialog.waitForRun(kWait));
    BOOST_TEST((dialog.state() == ImportDialog::State::Failed));
    BOOST_TEST(dialog.messageLabel()->isVisibleTo(&dialog));
    BOOST_TEST(!dialog.messageLabel()->text().isEmpty());
    BOOST_TEST(!dialog.importButton()->isEnabled());
    BOOST_TEST(rt::contentHash(path(), true) == before);
}

BOOST_FIXTURE_TEST_CASE(a_file_without_posyandu_asks_where_its_children_go, ImportFixture)
{
    ImportDialog dialog(*db, notifier, admin);
    dialog.checkFile(file(QStringLiteral("tanpa.csv"), combinedCsv(3, 0, false)));
    BOOST_REQUIRE(dialog.waitForRun(kWait));
    BOOST_REQUIRE((dialog.state() == ImportDialog::State::Checked));
    BOOST_TEST(dialog.posyanduBox()->isVisibleTo(&dialog));
    BOOST_TEST(!dialog.importButton()->isEnabled()); // not before a posyandu is chosen
    BOOST_REQUIRE(dialog.posyanduBox()->count() > 1);
    const QString chosen = dialog.posyanduBox()->itemText(1);
    dialog.posyanduBox()->setCurrentIndex(1);
    dialog.checkAgain();
    BOOST_REQUIRE(dialog.waitForRun(kWait));
    BOOST_REQUIRE((dialog.state() == ImportDialog::State::Checked));
    BOOST_TEST(dialog.reportView()->countsText().contains(QStringLiteral("Anak: 3 baru")));
    dialog.importButton()->click();
    BOOST_REQUIRE(dialog.waitForRun(kWait));
    BOOST_REQUIRE((dialog.state() == ImportDialog::State::Imported));
    const QStringList places = rt::queryLines(
        path(), QStringLiteral("SELECT DISTINCT p.name FROM children c JOIN posyandu p ON p.id = c.posyandu_id "
                               "WHERE c.name LIKE 'Anak % Impor'"));
    BOOST_TEST(places == QStringList{chosen});
}

// An e-PPGBM-shaped list (the published column names, empty NIK cells, a
// z-score column Tumbuh does not use) with two bad rows: the dry run as the
// nutritionist sees it. It fits a 1024×600 screen (its content scrolls);
// with TUMBUH_SCREENSHOT_DIR set it is saved there as import.png.
BOOST_FIXTURE_TEST_CASE(dry_run_picture_and_a_small_screen, ImportFixture)
{
    QByteArray csv = "NIK,Nama,JK,Tgl Lahir,BB Lahir,TB Lahir,Nama Ortu,Prov,Kab/Kota,Kec,Pukesmas,Desa/Kel,"
                     "Posyandu,RT,RW,Alamat,Usia Saat Ukur,Tanggal Pengukuran,Berat,Tinggi,Cara Ukur,LiLA,ZS BB/U\n";
    for (int i = 0; i < 48; ++i) {
        const QDate birth = QDate(2022, 7, 1).addDays(i * 12);
        const bool lying = birth.daysTo(QDate(2024, 6, 3)) < 730;
        QString weight = QString::number(7.5 + (i % 9) * 0.6, 'f', 1);
        QString date = QStringLiteral("03/06/2024");
        if (i == 11)
            weight = QStringLiteral("9..8"); // a slip of the finger
        if (i == 30)
            date = QStringLiteral("03/07/2024"); // after "today"
        csv += QStringLiteral(",%1,%2,%3,3.1,49,Ibu %4,Kalimantan Timur,Kota Samarinda,Sungai Kunjang,Loa Bakung,"
                              "Loa Bakung,Posyandu Cempaka,00%5,012,Jl. Uji %6,,%7,%8,%9,%10,,-0.4\n")
                   .arg(childName(i), i % 2 ? QStringLiteral("P") : QStringLiteral("L"),
                        birth.toString(QStringLiteral("dd/MM/yyyy")), syllables(i + 3))
                   .arg(i % 4 + 1)
                   .arg(i + 1)
                   .arg(date, weight, QString::number(68.0 + i * 0.5, 'f', 1),
                        lying ? QStringLiteral("Terlentang") : QStringLiteral("Berdiri"))
                   .toUtf8();
    }
    ImportDialog dialog(*db, notifier, gizi);
    dialog.checkFile(file(QStringLiteral("Daftar Anak Posyandu Cempaka.csv"), csv));
    BOOST_REQUIRE(dialog.waitForRun(kWait));
    BOOST_REQUIRE_MESSAGE((dialog.state() == ImportDialog::State::Checked), dialog.messageLabel()->text().toStdString());
    BOOST_TEST(dialog.reportView()->rejectedTable()->rowCount() == 2);
    BOOST_TEST(dialog.reportView()->countsText().contains(QStringLiteral("Anak: 46 baru")));

    // Nothing in it needs more than a small laptop's screen.
    const QSize least = dialog.minimumSizeHint();
    BOOST_TEST(least.width() <= 1024, least.width());
    BOOST_TEST(least.height() <= 600 - 40, least.height()); // the window's title bar
    dialog.resize(1024 * 9 / 10, 600 * 9 / 10);
    dialog.show();
    QApplication::processEvents();
    BOOST_TEST(dialog.importButton()->isVisible());

    if (const QString dir = qEnvironmentVariable("TUMBUH_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.resize(dialog.sizeFor(QSize(1280, 800)));
        QApplication::processEvents();
        BOOST_TEST(dialog.grab().save(QDir(dir).filePath(QStringLiteral("import.png"))));
    }
}

BOOST_AUTO_TEST_SUITE_END()
