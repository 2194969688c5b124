// The referral slip (surat rujukan): the records-side input built from a
// real database (the referral made with the store's ReferralRepository, the
// z-scores checked against the growth engine called here), and
// `tumbuh-cli referral-slip` end to end, its PDF read back with poppler
// (pdftotext for the words, pdfinfo for the A5 portrait page). A
// confidential referral (kekerasan) prints no reason, only the SAPA 129
// contact; the NIK is printed masked but for its last 4 digits.
#include "support/recordsfixture.h"

#include "growth/assessment.h"
#include "growth/attention.h"
#include "growth/permenkes.h"
#include "records/followup/slipdata.h"
#include "report/referralslip.h"
#include "store/childrepository.h"
#include "store/householdrepository.h"
#include "store/measurementrepository.h"
#include "store/posyandurepository.h"
#include "store/referralrepository.h"
#include "store/referralworkflow.h"

#include <boost/test/unit_test.hpp>

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <chrono>
#include <vector>

namespace tumbuh::records::test {
namespace {

// Synthetic: Kalimantan Timur, Balikpapan, a girl born 10 Sep 2022.
const QString kNik = QStringLiteral("6471015009220001");

std::chrono::year_month_day ymd(const QDate& d)
{
    return std::chrono::year{d.year()} / std::chrono::month{static_cast<unsigned>(d.month())}
         / std::chrono::day{static_cast<unsigned>(d.day())};
}

struct SlipWorld {
    explicit SlipWorld(const QString& path)
        : db(openDb(path))
    {
        Posyandu p;
        p.name = QStringLiteral("Mawar");
        p.rw = QStringLiteral("005");
        p.kelurahan = QStringLiteral("Damai");
        auto posyandu = PosyanduRepository(*db).add(p, 0);
        BOOST_REQUIRE_MESSAGE(posyandu.ok(), why(posyandu));

        Household h;
        h.posyanduId = posyandu->meta.id;
        h.address = QStringLiteral("Jl. Kenanga 12");
        h.rt = QStringLiteral("003");
        h.rw = QStringLiteral("005");
        h.kelurahan = QStringLiteral("Damai");
        h.fatherName = QStringLiteral("Budi Santoso");
        h.motherName = QStringLiteral("Siti Aminah");
        auto family = HouseholdRepository(*db).add(h, 0);
        BOOST_REQUIRE_MESSAGE(family.ok(), why(family));

        Child c;
        c.name = QStringLiteral("Rina Lestari");
        c.sex = growth::Sex::Female;
        c.birthDate = QDate(2022, 9, 10);
        c.nik = kNik;
        c.householdId = family->meta.id;
        c.posyanduId = posyandu->meta.id;
        auto added = ChildRepository(*db).add(c, 0);
        BOOST_REQUIRE_MESSAGE(added.ok(), why(added));
        child = *added;

        // Two visits before the referral, one after it (not on the slip).
        measure(QDate(2024, 4, 10), 8300, 741, 124);
        measure(QDate(2024, 5, 12), 8200, 745, 121);
        measure(QDate(2024, 6, 10), 8600, 750, 125);
    }

    void measure(const QDate& on, int grams, int mm, int muacMm)
    {
        Measurement m;
        m.childId = child.meta.id;
        m.date = on;
        m.weight = growth::Grams{grams};
        m.length = growth::Millimetres{mm};
        m.position = growth::Measure::Lying;
        m.armCircumference = growth::Millimetres{muacMm};
        auto r = MeasurementRepository(*db).add(m, 0);
        BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
        visits.push_back({ymd(on), m.weight, m.length, m.position, std::nullopt, m.armCircumference, false});
    }

    Referral refer(const QStringList& reasons, const QString& destination, bool household = false)
    {
        Referral r;
        r.childId = child.meta.id;
        r.referredOn = QDate(2024, 6, 1);
        r.followUpOn = QDate(2024, 6, 15);
        r.reasons = reasons;
        r.destination = destination;
        r.referredBy = QStringLiteral("Kader Wati");
        r.forHousehold = household;
        r.consent = true;
        auto added = ReferralRepository(*db).add(r, 0);
        BOOST_REQUIRE_MESSAGE(added.ok(), why(added));
        return *added;
    }

    std::unique_ptr<Database> db;
    Child child;
    std::vector<growth::Visit> visits;
};

QString uidText(const Referral& r) { return r.meta.uid.toString(QUuid::WithoutBraces); }

// The words of the PDF as poppler reads them, on one line.
QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    BOOST_REQUIRE(p.waitForFinished(60000));
    BOOST_REQUIRE_EQUAL(p.exitCode(), 0);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

// pdfinfo's "Page size: W x H pts (A5)".
QString pageSize(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    BOOST_REQUIRE(p.waitForFinished(60000));
    BOOST_REQUIRE_EQUAL(p.exitCode(), 0);
    const auto line = QRegularExpression(QStringLiteral("Page size:\\s*(.*)")).match(QString::fromUtf8(p.readAll()));
    BOOST_REQUIRE(line.hasMatch());
    return line.captured(1).trimmed();
}

} // namespace

BOOST_AUTO_TEST_SUITE(referral_slip)

BOOST_AUTO_TEST_CASE(slip_input_from_the_records)
{
    Folder f;
    SlipWorld w(f.path("slip.db"));
    const Referral r = w.refer({QStringLiteral("stunted"), QStringLiteral("2T"), QStringLiteral("bansos")},
                               QStringLiteral("Puskesmas Damai - ahli gizi"), true);
    auto slip = referralSlipInput(*w.db, r.meta.uid);
    BOOST_REQUIRE_MESSAGE(slip.ok(), why(slip));

    BOOST_TEST(slip->childName == "Rina Lestari");
    BOOST_TEST(slip->nik == kNik); // masked by the slip itself, not here
    BOOST_TEST(slip->motherName == "Siti Aminah");
    BOOST_TEST(slip->fatherName == "Budi Santoso");
    BOOST_TEST(slip->address == "Jl. Kenanga 12");
    BOOST_TEST(slip->rt == "003");
    BOOST_TEST(slip->posyanduName == "Mawar");
    BOOST_TEST(slip->posyanduKelurahan == "Damai");
    BOOST_TEST(slip->senderName == "Kader Wati");
    BOOST_TEST(slip->destination == "Puskesmas Damai - ahli gizi");
    BOOST_TEST(slip->referredOn == QDate(2024, 6, 1));
    BOOST_TEST(slip->followUpOn == QDate(2024, 6, 15));
    BOOST_TEST(slip->forHousehold);
    BOOST_TEST(!slip->confidential);
    BOOST_TEST(slip->ageMonths.value_or(-1) == 20); // 10 Sep 2022 to 1 Jun 2024
    BOOST_TEST(slip->reasons
               == (QStringList{reasonWords("stunted"), reasonWords("2T"), reasonWords("bansos")}));
    BOOST_TEST(slip->reasons[0] != "stunted"); // words, not the code

    // The two visits up to the referral day, newest first, assessed by the
    // engine against the whole history.
    BOOST_REQUIRE_EQUAL(slip->measurements.size(), 2u);
    BOOST_TEST(slip->measurements[0].date == QDate(2024, 5, 12));
    BOOST_TEST(slip->measurements[1].date == QDate(2024, 4, 10));
    const growth::Assessment a
        = growth::assessVisit({growth::Sex::Female, ymd(QDate(2022, 9, 10))}, w.visits[1], w.visits);
    const report::SlipMeasurement& last = slip->measurements[0];
    BOOST_TEST(last.weightKg.value_or(-99) == 8.2);
    BOOST_TEST(last.lengthCm.value_or(-99) == 74.5);
    BOOST_TEST(last.muacCm.value_or(-99) == 12.1);
    BOOST_TEST(!last.standing);
    BOOST_REQUIRE(a.lengthForAge.z.ok() && a.weightForAge.z.ok() && a.weightForLength.z.ok());
    BOOST_TEST(last.lengthForAge.z.value_or(-99) == a.lengthForAge.z.z);
    BOOST_TEST(last.weightForAge.z.value_or(-99) == a.weightForAge.z.z);
    BOOST_TEST(last.weightForLength.z.value_or(-99) == a.weightForLength.z.z);
    BOOST_REQUIRE(a.lengthForAge.category);
    BOOST_TEST(last.lengthForAge.label == QString::fromUtf8(growth::labelId(*a.lengthForAge.category)));
    BOOST_TEST(last.lengthForAge.z.value() < -2.0); // the fixture is a stunted girl
}

BOOST_AUTO_TEST_CASE(reason_words_and_the_masked_nik)
{
    for (const char* code : {"severely_stunted", "stunted", "severely_wasted", "wasted", "severely_underweight",
                             "underweight", "obese", "overweight", "risk_overweight", "muac_severe", "muac_moderate",
                             "oedema", "T", "2T", "BGM", "faltering", "not_weighed", "implausible", "sibling_at_risk",
                             "ekonomi", "bansos", "kekerasan"}) {
        BOOST_TEST_CONTEXT(code)
        {
            BOOST_TEST(!reasonWords(code).isEmpty());
            BOOST_TEST(reasonWords(code) != QString::fromLatin1(code));
        }
    }
    // Every code the rules layer knows has the slip's words: a new code in
    // growth/attention.h without words here fails.
    for (int i = 0; i < growth::kAttentionCodeCount; ++i) {
        const auto code = QString::fromUtf8(growth::codeText(static_cast<growth::AttentionCode>(i)));
        BOOST_TEST(reasonWords(code) != code, code.toStdString());
    }
    BOOST_TEST(reasonWords("stunted") != reasonWords("severely_stunted"));
    BOOST_TEST(reasonWords("kode_baru") == "kode_baru"); // a newer rules file's code prints as it is
    BOOST_TEST(store::isConfidential(QStringList{"stunted", " kekerasan "}));
    BOOST_TEST(!store::isConfidential(QStringList{"stunted", "ekonomi"}));

    BOOST_TEST(report::maskedNik(kNik) == QString(12, QChar(0x2022)) + "0001");
    BOOST_TEST(report::maskedNik("") == "");
    BOOST_TEST(report::maskedNik("1234") == QString(4, QChar(0x2022)));
}

BOOST_AUTO_TEST_CASE(slip_pdf_through_the_cli)
{
    Folder f;
    const QString dbPath = f.path("slip.db");
    QString uid;
    {
        SlipWorld w(dbPath);
        uid = uidText(w.refer({QStringLiteral("stunted"), QStringLiteral("bansos")},
                              QStringLiteral("Puskesmas Damai - ahli gizi")));
    }
    const QString pdf = f.path("rujukan.pdf");
    QString out;
    BOOST_TEST(runCli({"referral-slip", "--db", dbPath, "--referral", uid, "-o", pdf}, &out) == 0, out.toStdString());
    BOOST_TEST(out.contains("Referral slip of Rina Lestari written to"), out.toStdString());
    BOOST_TEST(readText(pdf).startsWith("%PDF-"));

    const QString text = pdfText(pdf);
    BOOST_TEST_MESSAGE(text.toStdString());
    BOOST_TEST(text.contains("SURAT RUJUKAN"));
    BOOST_TEST(text.contains("Rina Lestari"));
    BOOST_TEST(text.contains("Siti Aminah"));
    BOOST_TEST(text.contains("Budi Santoso"));
    BOOST_TEST(text.contains("Posyandu Mawar"));
    BOOST_TEST(text.contains(reasonWords("stunted")), text.toStdString());
    BOOST_TEST(text.contains(reasonWords("bansos")), text.toStdString());
    BOOST_TEST(text.contains("Puskesmas Damai - ahli gizi"));
    BOOST_TEST(text.contains("BALASAN RUJUKAN"));
    BOOST_TEST(text.contains("15 Juni 2024")); // the follow-up date, in Indonesian
    // The NIK: its last 4 digits only.
    BOOST_TEST(!text.contains(kNik));
    BOOST_TEST(!text.contains(kNik.left(12)));
    BOOST_TEST(text.contains(report::maskedNik(kNik)), text.toStdString());
    BOOST_TEST(!text.contains("kekerasan", Qt::CaseInsensitive));

    // A5 portrait: 148 x 210 mm.
    const QString size = pageSize(pdf);
    BOOST_TEST(size.contains("(A5)"), size.toStdString());
    const auto dims = QRegularExpression(QStringLiteral("([0-9.]+) x ([0-9.]+)")).match(size);
    BOOST_REQUIRE(dims.hasMatch());
    BOOST_TEST(dims.captured(1).toDouble() < dims.captured(2).toDouble());
    BOOST_TEST(dims.captured(1).toDouble() == 148 / 25.4 * 72, boost::test_tools::tolerance(0.01));
}

BOOST_AUTO_TEST_CASE(a_confidential_slip_names_no_reason)
{
    Folder f;
    const QString dbPath = f.path("slip.db");
    QString uid;
    {
        SlipWorld w(dbPath);
        uid = uidText(w.refer({QStringLiteral("kekerasan"), QStringLiteral("stunted"), QStringLiteral("ekonomi")},
                              QStringLiteral("UPTD PPA Balikpapan"), true));
    }
    const QString pdf = f.path("rujukan.pdf");
    QString out;
    BOOST_REQUIRE(runCli({"referral-slip", "--db", dbPath, "--referral", uid, "-o", pdf}, &out) == 0);
    const QString text = pdfText(pdf);
    BOOST_TEST(text.contains("Rina Lestari"));
    BOOST_TEST(text.contains("UPTD PPA Balikpapan")); // the destination as stored
    BOOST_TEST(!text.contains("kekerasan", Qt::CaseInsensitive), text.toStdString());
    BOOST_TEST(!text.contains("penelantaran", Qt::CaseInsensitive), text.toStdString());
    BOOST_TEST(!text.contains(reasonWords("kekerasan")));
    BOOST_TEST(!text.contains(reasonWords("stunted"))); // no reason at all, not even the others
    BOOST_TEST(!text.contains(reasonWords("ekonomi")));
    BOOST_TEST(text.contains("SAPA 129"));
    BOOST_TEST(text.contains("08111-129-129"));
    BOOST_TEST(text.contains("RAHASIA"));
    BOOST_TEST(!text.contains(kNik));
}

BOOST_AUTO_TEST_CASE(referral_slip_cli_refuses)
{
    Folder f;
    const QString dbPath = f.path("slip.db");
    QString uid;
    {
        SlipWorld w(dbPath);
        uid = uidText(w.refer({QStringLiteral("stunted")}, QStringLiteral("Bidan desa")));
    }
    const QByteArray before = fileHash(dbPath);
    const QString pdf = f.path("rujukan.pdf");
    QString out;

    // An unknown referral.
    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    BOOST_TEST(runCli({"referral-slip", "--db", dbPath, "--referral", unknown, "-o", pdf}, &out) == 2);
    BOOST_TEST(out.contains("There is no referral with the UID " + unknown), out.toStdString());
    BOOST_TEST(!QFileInfo::exists(pdf));
    BOOST_TEST(runCli({"referral-slip", "--db", dbPath, "--referral", "rujukan-1", "-o", pdf}, &out) == 2);
    BOOST_TEST(out.contains("is not a referral's UID"), out.toStdString());

    // A database that cannot be read, and one that is not there.
    const QString junk = f.path("rusak.db");
    writeText(junk, QByteArray(4096, 'x'));
    BOOST_TEST(runCli({"referral-slip", "--db", junk, "--referral", uid, "-o", pdf}, &out) == 2);
    BOOST_TEST(out.contains("is not a Tumbuh database"), out.toStdString());
    BOOST_TEST(runCli({"referral-slip", "--db", f.path("tidak-ada.db"), "--referral", uid, "-o", pdf}, &out) == 2);
    BOOST_TEST(!QFileInfo::exists(pdf));

    // Never over the database; missing arguments name the usage.
    BOOST_TEST(runCli({"referral-slip", "--db", dbPath, "--referral", uid, "-o", dbPath}, &out) == 2);
    BOOST_TEST(fileHash(dbPath) == before);
    BOOST_TEST(runCli({"referral-slip", "--db", dbPath, "-o", pdf}, &out) == 2);
    BOOST_TEST(out.contains("--referral UID"), out.toStdString());

    // Read-only: the slip leaves the database as it was.
    BOOST_TEST(runCli({"referral-slip", "--db", dbPath, "--referral", uid, "-o", pdf}, &out) == 0, out.toStdString());
    BOOST_TEST(QFileInfo::exists(pdf));
    BOOST_TEST(fileHash(dbPath) == before);
}

BOOST_AUTO_TEST_SUITE_END()

} // namespace tumbuh::records::test
