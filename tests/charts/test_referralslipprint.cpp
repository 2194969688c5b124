// The referral slip painted by report alone, from a SlipInput written here
// by hand: printed on a paged device the caller set up (a QPdfWriter with
// margins, as a QPrinter from the print dialog would be), then read back
// with poppler. The confidential rule is the slip's own: given reasons in
// words and the confidential flag, it prints none of them.
#include "report/referralslip.h"

#include <boost/test/unit_test.hpp>

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using namespace tumbuh;

report::SlipInput sampleSlip()
{
    report::SlipInput s;
    s.posyanduName = QStringLiteral("Posyandu Melati");
    s.posyanduRw = QStringLiteral("007");
    s.posyanduKelurahan = QStringLiteral("Sepinggan");
    s.senderName = QStringLiteral("Ibu Ani");
    s.senderRole = QStringLiteral("kader");
    s.referredOn = QDate(2024, 3, 4);
    s.childName = QStringLiteral("Dewi Anggraini");
    s.sex = growth::Sex::Female;
    s.birthDate = QDate(2022, 1, 20);
    s.ageMonths = 25;
    s.nik = QStringLiteral("6471056001220042");
    s.motherName = QStringLiteral("Nur Hasanah");
    s.fatherName = QStringLiteral("Agus Salim");
    s.address = QStringLiteral("Jl. Mawar 3");
    s.rt = QStringLiteral("011");
    s.rw = QStringLiteral("007");
    s.kelurahan = QStringLiteral("Sepinggan");
    report::SlipMeasurement m;
    m.date = QDate(2024, 3, 1);
    m.ageMonths = 25;
    m.weightKg = 9.1;
    m.lengthCm = 80.2;
    m.standing = true;
    m.muacCm = 12.3;
    m.weightForAge = {-2.62, QStringLiteral("Berat badan kurang"), false};
    m.lengthForAge = {-3.08, QStringLiteral("Sangat pendek"), false};
    m.weightForLength = {-1.21, QStringLiteral("Gizi baik"), false};
    s.measurements = {m};
    s.reasons = {QStringLiteral("Sangat pendek menurut tinggi"), QStringLiteral("Keluarga butuh PKH")};
    s.destination = QStringLiteral("Bidan desa Sepinggan");
    s.followUpOn = QDate(2024, 3, 18);
    s.printedOn = QDate(2024, 3, 4);
    return s;
}

// Prints through printReferralSlip on an A5 portrait writer with 10 mm
// margins; returns poppler's text on one line.
QString printedText(const report::SlipInput& slip, const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    {
        QPdfWriter pdf(path);
        pdf.setResolution(300);
        pdf.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Portrait, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        report::printReferralSlip(slip, pdf);
    }
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    BOOST_REQUIRE(p.waitForFinished(60000));
    BOOST_REQUIRE_EQUAL(p.exitCode(), 0);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

BOOST_AUTO_TEST_SUITE(referral_slip_print)

BOOST_AUTO_TEST_CASE(printed_on_a_device_with_margins)
{
    QTemporaryDir dir;
    BOOST_REQUIRE(dir.isValid());
    const QString text = printedText(sampleSlip(), dir, QStringLiteral("slip.pdf"));
    BOOST_TEST_MESSAGE(text.toStdString());
    BOOST_TEST(text.contains(QStringLiteral("Dewi Anggraini")));
    BOOST_TEST(text.contains(QStringLiteral("Posyandu Melati"))); // not "Posyandu Posyandu Melati"
    BOOST_TEST(!text.contains(QStringLiteral("Posyandu Posyandu")));
    BOOST_TEST(text.contains(QStringLiteral("Ibu Ani (kader)")));
    BOOST_TEST(text.contains(QStringLiteral("Sangat pendek menurut tinggi")));
    BOOST_TEST(text.contains(QStringLiteral("Keluarga butuh PKH")));
    BOOST_TEST(text.contains(QStringLiteral("Bidan desa Sepinggan")));
    BOOST_TEST(text.contains(QStringLiteral("-3,08"))); // Indonesian decimal comma
    BOOST_TEST(text.contains(QStringLiteral("TB 80,2 cm")));
    BOOST_TEST(text.contains(QStringLiteral("2 tahun 1 bulan")));
    BOOST_TEST(text.contains(QStringLiteral("RT 011 / RW 007")));
    BOOST_TEST(text.contains(QString(12, QChar(0x2022)) + QStringLiteral("0042")));
    BOOST_TEST(!text.contains(QStringLiteral("6471056001220042")));
    BOOST_TEST(text.contains(QStringLiteral("BALASAN RUJUKAN")));
    BOOST_TEST(!text.contains(QStringLiteral("SAPA 129")));
}

BOOST_AUTO_TEST_CASE(confidential_prints_no_reason)
{
    QTemporaryDir dir;
    BOOST_REQUIRE(dir.isValid());
    report::SlipInput slip = sampleSlip();
    slip.reasons << QStringLiteral("Kekerasan atau penelantaran anak");
    slip.confidential = true;
    const QString text = printedText(slip, dir, QStringLiteral("rahasia.pdf"));
    BOOST_TEST(text.contains(QStringLiteral("Dewi Anggraini")));
    for (const QString& reason : slip.reasons)
        BOOST_TEST(!text.contains(reason), reason.toStdString());
    BOOST_TEST(!text.contains(QStringLiteral("kekerasan"), Qt::CaseInsensitive));
    BOOST_TEST(text.contains(QStringLiteral("SAPA 129")));
    BOOST_TEST(text.contains(QStringLiteral("08111-129-129")));
    BOOST_TEST(text.contains(QStringLiteral("UPTD PPA")));
}

BOOST_AUTO_TEST_SUITE_END()
