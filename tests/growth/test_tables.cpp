// The WHO tables: the shipped files are WHO's, byte for byte, and the values
// compiled into the program are the values in those files.
#include "growth/whotables.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <map>

using namespace tumbuh::growth;

namespace {

const QString kTables = QStringLiteral(TUMBUH_WHO_TABLES_DIR);

QByteArray readAll(const QString& path)
{
    QFile f(path);
    BOOST_REQUIRE_MESSAGE(f.open(QIODevice::ReadOnly), "cannot open " << path.toStdString());
    return f.readAll();
}

// file name -> sha256 as written in PROVENANCE.md (copied from the sources).
std::map<QString, QString> provenanceChecksums()
{
    const QString text = QString::fromUtf8(readAll(kTables + "/PROVENANCE.md"));
    static const QRegularExpression row(
        QStringLiteral("^\\|\\s*`([A-Za-z0-9_.-]+\\.(?:txt|csv))`.*`([0-9a-f]{64})`\\s*\\|\\s*$"),
        QRegularExpression::MultilineOption);
    std::map<QString, QString> out;
    for (auto it = row.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out[m.captured(1)] = m.captured(2);
    }
    return out;
}

QString sha256(const QString& path)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex());
}

} // namespace

BOOST_AUTO_TEST_CASE(shipped_tables_match_provenance_checksums)
{
    const auto sums = provenanceChecksums();
    // 9 WHO 2006 tables, 3 WHO 2007 tables, 8 WHO 2009 velocity tables.
    BOOST_TEST(sums.size() == 20u);
    int checked = 0;
    for (const QString sub : {"child-growth-standards-2006", "growth-reference-2007",
                              "growth-velocity-2009"}) {
        const QDir dir(kTables + "/" + sub);
        for (const QString& name : dir.entryList(QDir::Files)) {
            const auto it = sums.find(name);
            BOOST_TEST_REQUIRE((it != sums.end()), name.toStdString() << " has no checksum in PROVENANCE.md");
            BOOST_TEST(sha256(dir.filePath(name)) == it->second, name.toStdString());
            ++checked;
        }
    }
    BOOST_TEST(checked == 20);
}

BOOST_AUTO_TEST_CASE(every_shipped_file_matches_sha256sums)
{
    const QStringList lines = QString::fromUtf8(readAll(kTables + "/SHA256SUMS")).split('\n', Qt::SkipEmptyParts);
    BOOST_TEST(lines.size() >= 20);
    for (const QString& line : lines) {
        const QString sum = line.left(64);
        const QString file = line.mid(66);
        BOOST_TEST(sha256(kTables + "/" + file) == sum, file.toStdString());
    }
}

// Every row of the compiled tables equals the text file, parsed independently.
BOOST_AUTO_TEST_CASE(compiled_rows_equal_the_files)
{
    struct Src {
        Table t;
        const char* file;
        bool tenths;
    };
    const Src sources[] = {
        {Table::WeightForAge, "child-growth-standards-2006/weianthro.txt", false},
        {Table::LengthForAge, "child-growth-standards-2006/lenanthro.txt", false},
        {Table::BmiForAge, "child-growth-standards-2006/bmianthro.txt", false},
        {Table::HeadCircumferenceForAge, "child-growth-standards-2006/hcanthro.txt", false},
        {Table::ArmCircumferenceForAge, "child-growth-standards-2006/acanthro.txt", false},
        {Table::TricepsSkinfoldForAge, "child-growth-standards-2006/tsanthro.txt", false},
        {Table::SubscapularSkinfoldForAge, "child-growth-standards-2006/ssanthro.txt", false},
        {Table::WeightForLength, "child-growth-standards-2006/wflanthro.txt", true},
        {Table::WeightForHeight, "child-growth-standards-2006/wfhanthro.txt", true},
        {Table::HeightForAge2007, "growth-reference-2007/hfawho2007.txt", false},
        {Table::WeightForAge2007, "growth-reference-2007/wfawho2007.txt", false},
        {Table::BmiForAge2007, "growth-reference-2007/bfawho2007.txt", false},
    };
    for (const auto& src : sources) {
        BOOST_TEST(tableInfo(src.t).file == src.file);
        const QStringList lines = QString::fromLatin1(readAll(kTables + "/" + src.file)).split("\r\n", Qt::SkipEmptyParts);
        int rows = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList f = lines[i].split('\t');
            BOOST_TEST_REQUIRE(f.size() >= 5);
            const Sex sex = f[0] == "1" ? Sex::Male : Sex::Female;
            const int key = src.tenths ? static_cast<int>(std::lround(f[1].toDouble() * 10.0)) : f[1].toInt();
            const Lms* p = tableRow(src.t, sex, key);
            BOOST_TEST_REQUIRE(p != nullptr, src.file << " row " << i);
            BOOST_TEST(p->l == std::strtod(f[2].toLatin1().constData(), nullptr));
            BOOST_TEST(p->m == std::strtod(f[3].toLatin1().constData(), nullptr));
            BOOST_TEST(p->s == std::strtod(f[4].toLatin1().constData(), nullptr));
            ++rows;
        }
        const auto& info = tableInfo(src.t);
        BOOST_TEST(rows == 2 * (info.lastKey - info.firstKey + 1), src.file);
        BOOST_TEST(tableRow(src.t, Sex::Male, info.firstKey - 1) == nullptr);
        BOOST_TEST(tableRow(src.t, Sex::Female, info.lastKey + 1) == nullptr);
    }
    BOOST_TEST(tableInfo(Table::WeightForAge).lastKey == 1826);
    BOOST_TEST(tableInfo(Table::ArmCircumferenceForAge).firstKey == 91);
    BOOST_TEST(tableInfo(Table::WeightForLength).firstKey == 450);
    BOOST_TEST(tableInfo(Table::WeightForLength).lastKey == 1100);
    BOOST_TEST(tableInfo(Table::WeightForHeight).lastKey == 1200);
    BOOST_TEST(tableInfo(Table::WeightForAge2007).lastKey == 121);
}

BOOST_AUTO_TEST_CASE(velocity_tables_compiled)
{
    BOOST_TEST(velocityTable(Increment::Weight1Month, Sex::Male).size() == 12u);
    BOOST_TEST(velocityTable(Increment::Weight2Month, Sex::Female).size() == 23u);
    BOOST_TEST(velocityTable(Increment::Length2Month, Sex::Male).size() == 23u);
    BOOST_TEST(velocityTable(Increment::HeadCircumference2Month, Sex::Female).size() == 11u);
}

BOOST_AUTO_TEST_CASE(velocity_first_rows)
{
    const auto boys = velocityTable(Increment::Weight1Month, Sex::Male);
    BOOST_TEST(std::string(boys[0].interval) == "0 \xE2\x80\x93 4 wks");
    BOOST_TEST(boys[0].l == 1.3828);
    BOOST_TEST(boys[0].m == 1423.0783);
    BOOST_TEST(boys[0].delta == 400.0);
    BOOST_TEST(velocityTable(Increment::Length2Month, Sex::Male)[0].delta == 0.0);
}
