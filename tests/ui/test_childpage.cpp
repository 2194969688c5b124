// The child's record: the history with the engine's labels for every visit,
// corrections and deletions through the command stack into the audit log.
#include "uifixture.h"

#include "growth/assessment.h"
#include "store/auditlog.h"
#include "store/childrepository.h"
#include "store/measurementrepository.h"
#include "ui/child/childcard.h"
#include "ui/child/childchartsview.h"
#include "ui/child/childpage.h"
#include "ui/child/childprofileview.h"
#include "ui/child/measurementdialog.h"
#include "ui/child/measurementhistorymodel.h"
#include "ui/common/displaytext.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/growthinput.h"
#include "ui/common/numberfield.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTableView>
#include <QTest>

#include <boost/test/unit_test.hpp>

using namespace tumbuh;
using namespace tumbuh::ui;

namespace {

struct Page {
    // Shown, as on screen: a hidden page defers its reloads until shown.
    explicit Page(test::Posyandu& p) : commands(&notifier), page(*p.db, notifier, commands, p.kader) { page.show(); }
    DataNotifier notifier;
    CommandStack commands;
    ChildPage page;
};

QString cell(const ChildPage& page, int row, int column)
{
    return page.historyModel()->index(row, column).data().toString();
}

} // namespace

BOOST_AUTO_TEST_SUITE(child_page)

BOOST_AUTO_TEST_CASE(history_shows_every_visit_with_the_engine_labels)
{
    test::Posyandu p;
    Page ui(p);
    ui.page.showChild(p.budi);
    const MeasurementHistoryModel* model = ui.page.historyModel();
    BOOST_REQUIRE(model->rowCount() == 3);

    // The same verdicts as the engine gives for each visit with its history.
    auto child = store::ChildRepository(*p.db).get(p.budi);
    auto history = store::MeasurementRepository(*p.db).history(p.budi);
    BOOST_REQUIRE(child && history);
    const auto visits = toVisits(*history);
    for (int row = 0; row < 3; ++row) {
        const std::size_t i = 2 - static_cast<std::size_t>(row); // the page shows the newest first
        const growth::Assessment a = growth::assessVisit(toFacts(*child), visits[i], visits);
        const auto& wfa = a.weightForAge;
        BOOST_REQUIRE(wfa.category.has_value());
        BOOST_TEST(cell(ui.page, row, MeasurementHistoryModel::WeightForAge)
                   == DisplayText::z(wfa.z.z) + QStringLiteral("  ") + DisplayText::category(*wfa.category));
    }
    BOOST_TEST(cell(ui.page, 0, MeasurementHistoryModel::Date) == QStringLiteral("12 Mar 2026"));
    BOOST_TEST(cell(ui.page, 0, MeasurementHistoryModel::Weight) == QStringLiteral("7,8"));
    BOOST_TEST(cell(ui.page, 0, MeasurementHistoryModel::Length) == QStringLiteral("74,0 PB"));
    BOOST_TEST(cell(ui.page, 0, MeasurementHistoryModel::WeightForAge).endsWith(QStringLiteral("Berat badan kurang")));
    BOOST_TEST(cell(ui.page, 0, MeasurementHistoryModel::LengthForAge).contains(QStringLiteral("Normal")));
    BOOST_TEST(cell(ui.page, 0, MeasurementHistoryModel::Weighing) == QStringLiteral("2T"));
    BOOST_TEST(cell(ui.page, 1, MeasurementHistoryModel::Weighing) == QStringLiteral("T"));
    BOOST_TEST(cell(ui.page, 2, MeasurementHistoryModel::Weighing) == QStringLiteral("B"));
    BOOST_TEST(ui.page.profile()->nameLabel()->text() == QStringLiteral("Budi Santoso"));
    // The header's dot and words: the same rule as the register's (2T is a
    // referral trigger, named first).
    const QString status = ui.page.profile()->statusLabel()->text();
    BOOST_TEST(status.startsWith(QStringLiteral("Bermasalah — 2T: dua kali berturut-turut")), status.toStdString());
    BOOST_TEST(status.contains(QStringLiteral("BB/U: Berat badan kurang")), status.toStdString());

    // Citra: standing before 24 months? No, 32 months: severely stunted.
    ui.page.showChild(p.citra);
    BOOST_TEST(cell(ui.page, 0, MeasurementHistoryModel::LengthForAge).endsWith(QStringLiteral("Sangat pendek")));
    BOOST_TEST(cell(ui.page, 0, MeasurementHistoryModel::Length) == QStringLiteral("78,0 TB"));
    // The charts are there, one tab per chart and the z-score trend.
    BOOST_TEST(ui.page.charts()->count() >= 7);
    BOOST_TEST(ui.page.charts()->tabOf(report::ChartKind::WeightForHeight) >= 0);
    BOOST_TEST(ui.page.charts()->trendTab() == ui.page.charts()->count() - 1);
}

BOOST_AUTO_TEST_CASE(correcting_a_measurement_is_undoable_and_audited)
{
    test::Posyandu p;
    Page ui(p);
    ui.page.showChild(p.budi);
    ui.page.historyTable()->selectRow(0);
    const store::Measurement before = ui.page.historyModel()->measurementAt(0);

    ui.page.setDialogRunner([](MeasurementDialog& d) {
        // A decimal point as well as a comma.
        d.weightField()->setText(QStringLiteral("8.45"));
        BOOST_TEST(d.validateNow());
        BOOST_TEST(d.resultLine()->text().contains(QStringLiteral("BB/U")));
        BOOST_REQUIRE(d.save());
    });
    ui.page.editSelectedMeasurement();

    auto stored = store::MeasurementRepository(*p.db).get(before.meta.id);
    BOOST_REQUIRE(stored);
    BOOST_TEST(stored->weight->value == 8450);
    BOOST_TEST(cell(ui.page, 0, MeasurementHistoryModel::Weight) == QStringLiteral("8,45"));
    auto log = store::AuditLog(*p.db).forRow(QStringLiteral("measurements"), before.meta.uid);
    BOOST_REQUIRE(log);
    BOOST_REQUIRE(!log->empty());
    BOOST_TEST(int(log->back().action) == int(store::AuditAction::Update));
    BOOST_TEST(log->back().userId == std::optional<store::UserId>(p.kader));

    BOOST_REQUIRE(ui.commands.undo());
    BOOST_TEST(store::MeasurementRepository(*p.db).get(before.meta.id)->weight->value == 7800);
    BOOST_TEST(cell(ui.page, 0, MeasurementHistoryModel::Weight) == QStringLiteral("7,8"));
}

BOOST_AUTO_TEST_CASE(a_bad_correction_is_shown_next_to_the_field)
{
    test::Posyandu p;
    Page ui(p);
    ui.page.showChild(p.budi);
    ui.page.historyTable()->selectRow(0);
    ui.page.setDialogRunner([](MeasurementDialog& d) {
        d.weightField()->setText(QStringLiteral("78"));    // grams? kilograms x 10
        d.lengthField()->setText(QStringLiteral("7,4,0")); // not a number
        BOOST_TEST(!d.save());
        BOOST_TEST(int(d.messageFor(QStringLiteral("length_mm"))->kind()) == int(FieldMessage::Kind::Error));
        BOOST_TEST(int(d.messageFor(QStringLiteral("weight_g"))->kind()) == int(FieldMessage::Kind::Error));
    });
    ui.page.editSelectedMeasurement();
    BOOST_TEST(cell(ui.page, 0, MeasurementHistoryModel::Weight) == QStringLiteral("7,8"));
}

BOOST_AUTO_TEST_CASE(deleting_asks_first_and_is_audited)
{
    test::Posyandu p;
    Page ui(p);
    ui.page.showChild(p.budi);
    ui.page.historyTable()->selectRow(0);
    const store::Measurement newest = ui.page.historyModel()->measurementAt(0);

    QString asked;
    ui.page.setConfirm([&](const QString&, const QString& question) {
        asked = question;
        return false;
    });
    ui.page.deleteSelectedMeasurement();
    BOOST_TEST(asked.contains(QStringLiteral("12 Mar 2026")));
    BOOST_TEST(ui.page.historyModel()->rowCount() == 3);

    ui.page.setConfirm([](const QString&, const QString&) { return true; });
    const qint64 entries = p.auditCount();
    ui.page.deleteSelectedMeasurement();
    BOOST_TEST(ui.page.historyModel()->rowCount() == 2);
    BOOST_TEST(p.auditCount() == entries + 1);
    auto log = store::AuditLog(*p.db).forRow(QStringLiteral("measurements"), newest.meta.uid);
    BOOST_REQUIRE(log);
    BOOST_TEST(int(log->back().action) == int(store::AuditAction::Delete));
    BOOST_TEST(log->back().userId == std::optional<store::UserId>(p.kader));
    // The latest visit is now February's.
    BOOST_TEST(cell(ui.page, 0, MeasurementHistoryModel::Date) == QStringLiteral("12 Feb 2026"));

    BOOST_REQUIRE(ui.commands.undo());
    BOOST_TEST(ui.page.historyModel()->rowCount() == 3);

    // Hidden, the page reads the change when it is shown again.
    ui.page.hide();
    BOOST_REQUIRE(ui.commands.redo());
    BOOST_TEST(ui.page.historyModel()->rowCount() == 3);
    ui.page.show();
    BOOST_TEST(ui.page.historyModel()->rowCount() == 2);
}

// Issue 8: "Simpan kartu PDF…" on the database's own file name (the save
// dialog only asks whether to replace it) wrote the PDF over the open
// database. Now refused with the reason, and the database is untouched.
BOOST_AUTO_TEST_CASE(the_card_is_not_saved_over_the_database)
{
    test::Posyandu p;
    Page ui(p);
    ui.page.showChild(p.budi);
    QFile before(p.path());
    BOOST_REQUIRE(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    QString why;
    BOOST_TEST(!ui.page.writeCardPdf(p.path(), &why));
    BOOST_TEST(why.contains(QStringLiteral("basis data itu sendiri")), why.toStdString());
    QFile after(p.path());
    BOOST_REQUIRE(after.open(QIODevice::ReadOnly));
    BOOST_TEST((after.readAll() == bytes));
    BOOST_TEST(store::ChildRepository(*p.db).get(p.budi).ok());
}

BOOST_AUTO_TEST_CASE(the_growth_card_is_printed_or_saved_as_pdf_from_the_page)
{
    test::Posyandu p;
    Page ui(p);
    // Nothing to print before a child is shown.
    BOOST_REQUIRE(ui.page.printCardButton() && ui.page.saveCardButton());
    BOOST_TEST(!ui.page.printCardButton()->isEnabled());
    QTemporaryDir dir;
    BOOST_REQUIRE(dir.isValid());
    QString why;
    BOOST_TEST(!ui.page.writeCardPdf(dir.filePath(QStringLiteral("none.pdf")), &why));
    BOOST_TEST(!why.isEmpty());

    ui.page.showChild(p.budi);
    BOOST_TEST(ui.page.printCardButton()->text() == QStringLiteral("Cetak kartu…"));
    BOOST_TEST(ui.page.saveCardButton()->text() == QStringLiteral("Simpan kartu PDF…"));
    BOOST_TEST(ui.page.printCardButton()->isEnabled());
    BOOST_TEST(ui.page.saveCardButton()->isEnabled());
    BOOST_TEST(ui.page.printCardButton()->isVisible()); // beside the chart tabs
    const QUuid uid = store::ChildRepository(*p.db).get(p.budi)->meta.uid;
    BOOST_TEST(QFileInfo(ui.page.suggestedCardPath()).fileName() == cardFileName(QStringLiteral("Budi Santoso"), uid));
    BOOST_TEST(cardFileName(QStringLiteral("Budi Santoso"), uid).startsWith(QStringLiteral("kartu-budi-santoso-")));

    // What "Simpan kartu PDF…" writes once the file is chosen.
    const QString pdf = dir.filePath(QStringLiteral("kartu.pdf"));
    BOOST_REQUIRE_MESSAGE(ui.page.writeCardPdf(pdf, &why), why.toStdString());
    QFile file(pdf);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    BOOST_TEST(bytes.startsWith("%PDF-"));
    // One page, whose title names the child (read back by poppler).
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    BOOST_REQUIRE(info.waitForFinished(30000));
    const QString facts = QString::fromUtf8(info.readAllStandardOutput());
    BOOST_TEST(facts.contains(QStringLiteral("Budi Santoso")), facts.toStdString());
    BOOST_TEST(facts.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), facts.toStdString());

    // A real page with the charts on it: rendered by poppler, far from blank.
    QProcess render;
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                                              QStringLiteral("-singlefile"), pdf, dir.filePath(QStringLiteral("page"))});
    BOOST_REQUIRE(render.waitForFinished(30000));
    BOOST_REQUIRE(render.exitCode() == 0);
    const QImage page(dir.filePath(QStringLiteral("page.png")));
    BOOST_REQUIRE(!page.isNull());
    BOOST_TEST(page.width() > page.height()); // landscape
    int inked = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            if (qGray(page.pixel(x, y)) < 200)
                ++inked;
    BOOST_TEST(inked > page.width() * page.height() / 50);
}

BOOST_AUTO_TEST_CASE(card_file_names_are_safe_and_distinct)
{
    const QUuid a = QUuid::fromString(QStringLiteral("{01714d1b-cdc0-7862-971d-a57a1a2b3c4d}"));
    const QUuid b = QUuid::fromString(QStringLiteral("{01714d1b-cdc0-7862-971d-a57a9f8e7d6c}"));
    BOOST_TEST(cardFileName(QStringLiteral("Sari Dewi"), a) == QStringLiteral("kartu-sari-dewi-1a2b3c4d.pdf"));
    // Created in the same minute (the same time-ordered start): still apart.
    BOOST_TEST(cardFileName(QStringLiteral("Sari Dewi"), b) == QStringLiteral("kartu-sari-dewi-9f8e7d6c.pdf"));
    BOOST_TEST(cardFileName(QStringLiteral("  Nur'aini / Putri:  Ayu?* "), a)
               == QStringLiteral("kartu-nur-aini-putri-ayu-1a2b3c4d.pdf"));
    BOOST_TEST(cardFileName(QStringLiteral("Ésa Çahya"), a) == QStringLiteral("kartu-esa-cahya-1a2b3c4d.pdf"));
    BOOST_TEST(cardFileName(QStringLiteral("../.."), a) == QStringLiteral("kartu-1a2b3c4d.pdf"));
}

BOOST_AUTO_TEST_SUITE_END()
