// By-name outputs (issue 12 points 2 and 3, records/namedpolicy.h), through
// real tumbuh-cli runs as kader, nutritionist (gizi) and admin on a demo
// file: a kader's outputs never hold a full NIK and a kader may not export
// by name; a nutritionist gets full NIKs only with --full-nik; a child
// without consent for reporting is absent from every by-name list but
// counted in F1, and the note says how many were left out. The PDFs are read
// with pdftotext, the workbook with tests/report's xlsxcells.
#include "support/recordsfixture.h"

#include "store/access.h"
#include "store/signin.h"

#include <boost/test/unit_test.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

using namespace tumbuh;
using namespace tumbuh::records::test;

namespace {

const QString kPin = QStringLiteral("123456");

// admin, kader and gizi with the PIN 123456 (the demo's users, made here
// when the demo generator does not make them).
void ensureUsers(const QString& dbPath)
{
    auto db = openDb(dbPath);
    store::SignIn signIn(*db);
    const auto idOf = [&](const QString& name) -> store::UserId {
        auto users = signIn.activeUsers();
        BOOST_REQUIRE(users.ok());
        for (const store::User& u : *users)
            if (u.name.compare(name, Qt::CaseInsensitive) == 0)
                return u.meta.id;
        return 0;
    };
    store::UserId admin = idOf(QStringLiteral("admin"));
    if (admin == 0) {
        auto none = signIn.noUsers();
        BOOST_REQUIRE(none.ok());
        if (*none) {
            auto made = signIn.createFirstAdmin(QStringLiteral("admin"), kPin);
            BOOST_REQUIRE_MESSAGE(made.ok(), why(made));
            admin = made->id;
        } else {
            // The demo's own users (made admins by schema 3): one of them adds "admin".
            auto users = signIn.activeUsers();
            BOOST_REQUIRE(users.ok() && !users->empty());
            store::User u;
            u.name = QStringLiteral("admin");
            u.role = store::Role::Admin;
            auto added = signIn.addUser(u, kPin, users->front().meta.id);
            BOOST_REQUIRE_MESSAGE(added.ok(), why(added));
            admin = added->meta.id;
        }
    }
    const std::pair<const char*, store::Role> wanted[] = {{"kader", store::Role::Kader},
                                                          {"gizi", store::Role::Nutritionist}};
    for (const auto& [name, role] : wanted) {
        if (idOf(QString::fromLatin1(name)) != 0)
            continue;
        store::User u;
        u.name = QString::fromLatin1(name);
        u.role = role;
        auto added = signIn.addUser(u, kPin, admin);
        BOOST_REQUIRE_MESSAGE(added.ok(), why(added));
    }
}

// tumbuh-cli as `user` (PIN from TUMBUH_PIN).
int cliAs(const QString& user, QStringList args, QString* out)
{
    args << QStringLiteral("--user") << user;
    return runCli(args, out, {QStringLiteral("TUMBUH_PIN=123456")});
}

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    BOOST_REQUIRE(p.waitForFinished(60000));
    BOOST_REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Every cell text of the workbook's sheet `sheet` (empty: every sheet), one a line.
QString xlsxText(const QString& xlsx, const QString& sheet = {})
{
    QProcess cells;
    cells.start(QStringLiteral(TUMBUH_XLSXCELLS), {xlsx});
    BOOST_REQUIRE(cells.waitForFinished(60000));
    BOOST_REQUIRE(cells.exitCode() == 0);
    QStringList lines;
    for (const QJsonValue& s : QJsonDocument::fromJson(cells.readAllStandardOutput()).object().value(QLatin1String("sheets")).toArray()) {
        if (!sheet.isEmpty() && s.toObject().value(QLatin1String("name")).toString() != sheet)
            continue;
        // Text cells only: a NIK is text, and a number's digits (a z-score
        // of -0.9399999999999999) are no NIK.
        for (const QJsonValue& c : s.toObject().value(QLatin1String("cells")).toArray()) {
            const QString type = c.toObject().value(QLatin1String("t")).toString();
            if (type == u"s" || type == u"str" || type == u"inlineStr")
                lines << c.toObject().value(QLatin1String("text")).toString();
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString folderText(const QString& folder)
{
    QString all;
    for (const QString& name : QDir(folder).entryList(QDir::Files))
        all += QString::fromUtf8(readText(QDir(folder).filePath(name)));
    return all;
}

// The number at the start of the "# N child(ren) left out..." line; -1 when none.
int noteCount(const QString& text)
{
    const auto m = QRegularExpression(QStringLiteral("(?:^|\\n)# (\\d+) child")).match(text);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

struct NamedExports {
    Folder folder;
    QString db = folder.path(QStringLiteral("demo.db"));
    QStringList leftOutUids; // children without consent for reporting
    QStringList leftOutNiks; // their NIKs
    QStringList allowedNiks; // the NIKs of the others
    NamedExports()
    {
        makeDemo(db, 150, 14); // "today" 2024-06-15
        ensureUsers(db);
        giveConsent(db);                                      // every child...
        giveConsent(db, false, QStringLiteral("id % 6 = 0")); // ...then every sixth withdrawn from reporting
        leftOutUids = queryLines(db, QStringLiteral("SELECT uid FROM children_readable WHERE deleted_at IS NULL AND id % 6 = 0"));
        leftOutNiks = queryLines(db, QStringLiteral("SELECT nik FROM children_readable WHERE deleted_at IS NULL AND id % 6 = 0 "
                                                    "AND length(nik) = 16"));
        allowedNiks = queryLines(db, QStringLiteral("SELECT nik FROM children_readable WHERE deleted_at IS NULL AND id % 6 <> 0 "
                                                    "AND length(nik) = 16"));
        BOOST_REQUIRE(leftOutUids.size() > 5);
        BOOST_REQUIRE(!leftOutNiks.isEmpty());
        BOOST_REQUIRE(!allowedNiks.isEmpty());
    }
    QString path(const QString& name) const { return folder.path(name); }
    QStringList report(const QString& format, const QString& out) const
    {
        return {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2024-05"),
                QStringLiteral("--format"), format, QStringLiteral("-o"), out};
    }
};

// The text around the first 16-digit run (for the failure message).
std::string around16Digits(const QString& text)
{
    const auto m = QRegularExpression(QStringLiteral("\\d{16}")).match(text);
    return m.hasMatch() ? text.mid(std::max<qsizetype>(0, m.capturedStart() - 80), 200).toStdString() : std::string();
}

bool containsAny(const QString& text, const QStringList& needles)
{
    for (const QString& n : needles)
        if (text.contains(n))
            return true;
    return false;
}

} // namespace

BOOST_AUTO_TEST_SUITE(named_exports)

BOOST_FIXTURE_TEST_CASE(nothing_a_kader_can_make_holds_a_full_nik, NamedExports)
{
    QString out;
    // The workbook, the PDF and the CSV files of the monthly report.
    BOOST_TEST(cliAs(QStringLiteral("kader"), report(QStringLiteral("xlsx"), path(QStringLiteral("r.xlsx"))), &out) == 0,
               out.toStdString());
    const QString workbook = xlsxText(path(QStringLiteral("r.xlsx")));
    BOOST_TEST(!store::containsFullNik(workbook), around16Digits(workbook));
    BOOST_TEST(workbook.contains(QStringLiteral("BGM"))); // the F1 sheet is there
    // No names at all for a kader: the list is left out with a line saying so.
    const QString daftar = xlsxText(path(QStringLiteral("r.xlsx")), QStringLiteral("Daftar anak"));
    BOOST_TEST(!daftar.contains(QStringLiteral("NIK")));
    BOOST_TEST(daftar.contains(QStringLiteral("left out")), daftar.toStdString());

    BOOST_TEST(cliAs(QStringLiteral("kader"), report(QStringLiteral("pdf"), path(QStringLiteral("r.pdf"))), &out) == 0,
               out.toStdString());
    const QString pdf = pdfText(path(QStringLiteral("r.pdf")));
    BOOST_TEST(!pdf.isEmpty());
    BOOST_TEST(!store::containsFullNik(pdf));

    BOOST_TEST(cliAs(QStringLiteral("kader"), report(QStringLiteral("csv"), path(QStringLiteral("csv"))), &out) == 0,
               out.toStdString());
    const QString csv = folderText(path(QStringLiteral("csv")));
    BOOST_TEST(csv.contains(QStringLiteral("posyandu")));
    BOOST_TEST(!store::containsFullNik(csv));

    // The growth card and the referral slip are the family's: printed, never with a full NIK.
    const QStringList withNik = queryLines(db, QStringLiteral("SELECT uid FROM children_readable WHERE deleted_at IS NULL "
                                                              "AND length(nik) = 16 ORDER BY id LIMIT 1"));
    BOOST_REQUIRE(!withNik.isEmpty());
    BOOST_TEST(cliAs(QStringLiteral("kader"),
                     {QStringLiteral("card"), QStringLiteral("--db"), db, QStringLiteral("--child"), withNik[0],
                      QStringLiteral("-o"), path(QStringLiteral("card.pdf"))},
                     &out)
                   == 0,
               out.toStdString());
    BOOST_TEST(!store::containsFullNik(pdfText(path(QStringLiteral("card.pdf")))));
    const QStringList referral = queryLines(db, QStringLiteral("SELECT r.uid FROM referrals_readable r JOIN children_readable c ON c.id = r.child_id "
                                                               "WHERE r.deleted_at IS NULL AND length(c.nik) = 16 LIMIT 1"));
    BOOST_REQUIRE(!referral.isEmpty());
    BOOST_TEST(cliAs(QStringLiteral("kader"),
                     {QStringLiteral("referral-slip"), QStringLiteral("--db"), db, QStringLiteral("--referral"), referral[0],
                      QStringLiteral("-o"), path(QStringLiteral("slip.pdf"))},
                     &out)
                   == 0,
               out.toStdString());
    const QString slip = pdfText(path(QStringLiteral("slip.pdf")));
    BOOST_TEST(slip.contains(QStringLiteral("NIK")));
    BOOST_TEST(!store::containsFullNik(slip));

    // By-name CSV exports and the at-risk list are not for a kader: refused, no file.
    BOOST_TEST(cliAs(QStringLiteral("kader"),
                     {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--what"), QStringLiteral("children"),
                      QStringLiteral("-o"), path(QStringLiteral("children.csv"))},
                     &out)
               == 2);
    BOOST_TEST(!QFile::exists(path(QStringLiteral("children.csv"))));
    BOOST_TEST(cliAs(QStringLiteral("kader"),
                     {QStringLiteral("at-risk"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2024-05"),
                      QStringLiteral("-o"), path(QStringLiteral("atrisk.csv"))},
                     &out)
               == 2);
    BOOST_TEST(!QFile::exists(path(QStringLiteral("atrisk.csv"))));
}

BOOST_FIXTURE_TEST_CASE(a_kader_asking_for_full_niks_is_refused_and_nothing_is_written, NamedExports)
{
    QString out;
    BOOST_TEST(cliAs(QStringLiteral("kader"), report(QStringLiteral("xlsx"), path(QStringLiteral("r.xlsx"))) << QStringLiteral("--full-nik"),
                     &out)
               == 2);
    BOOST_TEST(!QFile::exists(path(QStringLiteral("r.xlsx"))));
    BOOST_TEST(!out.isEmpty());
}

BOOST_FIXTURE_TEST_CASE(a_nutritionist_gets_full_niks_only_when_asking, NamedExports)
{
    QString out;
    const QStringList exportChildren = {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--what"),
                                        QStringLiteral("children"), QStringLiteral("-o")};
    BOOST_TEST(cliAs(QStringLiteral("gizi"), exportChildren + QStringList{path(QStringLiteral("masked.csv"))}, &out) == 0,
               out.toStdString());
    const QString masked = QString::fromUtf8(readText(path(QStringLiteral("masked.csv"))));
    BOOST_TEST(!store::containsFullNik(masked));
    BOOST_TEST(masked.contains(store::maskNik(allowedNiks[0])));

    BOOST_TEST(cliAs(QStringLiteral("gizi"), exportChildren + QStringList{path(QStringLiteral("full.csv")), QStringLiteral("--full-nik")},
                     &out)
                   == 0,
               out.toStdString());
    const QString full = QString::fromUtf8(readText(path(QStringLiteral("full.csv"))));
    BOOST_TEST(full.contains(allowedNiks[0]));

    // The report's by-name list the same way.
    BOOST_TEST(cliAs(QStringLiteral("gizi"), report(QStringLiteral("xlsx"), path(QStringLiteral("m.xlsx"))), &out) == 0,
               out.toStdString());
    const QString maskedList = xlsxText(path(QStringLiteral("m.xlsx")), QStringLiteral("Daftar anak"));
    BOOST_TEST(maskedList.contains(QStringLiteral("NIK")));
    BOOST_TEST(maskedList.contains(QChar(0x2022)));
    BOOST_TEST(!store::containsFullNik(maskedList), around16Digits(maskedList));
    BOOST_TEST(cliAs(QStringLiteral("gizi"), report(QStringLiteral("xlsx"), path(QStringLiteral("f.xlsx"))) << QStringLiteral("--full-nik"),
                     &out)
                   == 0,
               out.toStdString());
    BOOST_TEST(store::containsFullNik(xlsxText(path(QStringLiteral("f.xlsx")), QStringLiteral("Daftar anak"))));

    // An admin likewise.
    BOOST_TEST(cliAs(QStringLiteral("admin"), exportChildren + QStringList{path(QStringLiteral("admin.csv"))}, &out) == 0,
               out.toStdString());
    BOOST_TEST(!store::containsFullNik(QString::fromUtf8(readText(path(QStringLiteral("admin.csv"))))));
}

BOOST_FIXTURE_TEST_CASE(a_child_without_consent_is_left_out_by_name_but_counted, NamedExports)
{
    QString out;
    // CSV export: every child with consent, none without, and the note; it
    // imports back (with full NIKs: a masked NIK is no NIK to import).
    BOOST_TEST(cliAs(QStringLiteral("gizi"),
                     {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--what"), QStringLiteral("children"),
                      QStringLiteral("-o"), path(QStringLiteral("children.csv")), QStringLiteral("--full-nik")},
                     &out)
                   == 0,
               out.toStdString());
    const QString children = QString::fromUtf8(readText(path(QStringLiteral("children.csv"))));
    BOOST_TEST(!containsAny(children, leftOutUids));
    const QStringList allowedUids = queryLines(db, QStringLiteral("SELECT uid FROM children_readable WHERE deleted_at IS NULL AND id % 6 <> 0"));
    for (const QString& uid : allowedUids)
        BOOST_TEST(children.contains(uid));
    BOOST_TEST(noteCount(children) == leftOutUids.size());
    BOOST_TEST(out.contains(QString::number(leftOutUids.size())), out.toStdString());

    QString imported;
    const int importExit = cliAs(QStringLiteral("admin"),
                                 {QStringLiteral("import"), QStringLiteral("--db"), path(QStringLiteral("copy.db")),
                                  QStringLiteral("--create"), path(QStringLiteral("children.csv"))},
                                 &imported);
    BOOST_TEST(importExit == 0, imported.toStdString());
    BOOST_TEST(rows(path(QStringLiteral("copy.db")), QStringLiteral("children")) == allowedUids.size());

    // At-risk CSV.
    BOOST_TEST(cliAs(QStringLiteral("gizi"),
                     {QStringLiteral("at-risk"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2024-05"),
                      QStringLiteral("-o"), path(QStringLiteral("atrisk.csv"))},
                     &out)
                   == 0,
               out.toStdString());
    const QString atRisk = QString::fromUtf8(readText(path(QStringLiteral("atrisk.csv"))));
    BOOST_TEST(!containsAny(atRisk, leftOutUids));
    BOOST_TEST(atRisk.count(QLatin1Char('\n')) > 2);

    // The monthly report: the same F1 and status counts with and without the
    // consents; the by-name list without those children, the note saying how many.
    BOOST_TEST(cliAs(QStringLiteral("gizi"), report(QStringLiteral("csv"), path(QStringLiteral("some"))) << QStringLiteral("--full-nik"),
                     &out)
                   == 0,
               out.toStdString());
    const QString someList = QString::fromUtf8(readText(path(QStringLiteral("some/daftar-anak.csv"))));
    BOOST_TEST(!containsAny(someList, leftOutNiks));
    const int leftOut = noteCount(someList);
    BOOST_TEST(leftOut > 0, someList.right(300).toStdString());

    giveConsent(db); // now everyone
    BOOST_TEST(cliAs(QStringLiteral("gizi"), report(QStringLiteral("csv"), path(QStringLiteral("all"))) << QStringLiteral("--full-nik"),
                     &out)
                   == 0,
               out.toStdString());
    const QString allList = QString::fromUtf8(readText(path(QStringLiteral("all/daftar-anak.csv"))));
    BOOST_TEST(noteCount(allList) == -1);
    BOOST_TEST(containsAny(allList, leftOutNiks));
    BOOST_TEST(allList.count(QLatin1Char('\n')) == someList.count(QLatin1Char('\n')) - 1 + leftOut);
    for (const char* file : {"skdn.csv", "status.csv", "prevalence.csv"}) {
        const QString name = QString::fromLatin1(file);
        BOOST_TEST(fileHash(path(QStringLiteral("some/") + name)) == fileHash(path(QStringLiteral("all/") + name)), file);
    }
}

BOOST_AUTO_TEST_SUITE_END()
