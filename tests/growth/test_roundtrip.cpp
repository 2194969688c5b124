// SD lines: the value the engine gives at z = −3…+3 fed back through the
// engine gives that z, for every row of every table; and the SD lines WHO
// printed in its published tables are reproduced to their printed precision.
#include "growth/lms.h"
#include "growth/rounding.h"
#include "growth/whotables.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace tumbuh::growth;

namespace {

bool isRestricted(Table t)
{
    // Plain LMS for length/height and head circumference (§5).
    return t != Table::LengthForAge && t != Table::HeadCircumferenceForAge
        && t != Table::HeightForAge2007;
}

const Table kAllTables[] = {
    Table::WeightForAge,
    Table::LengthForAge,
    Table::BmiForAge,
    Table::HeadCircumferenceForAge,
    Table::ArmCircumferenceForAge,
    Table::TricepsSkinfoldForAge,
    Table::SubscapularSkinfoldForAge,
    Table::WeightForLength,
    Table::WeightForHeight,
    Table::HeightForAge2007,
    Table::WeightForAge2007,
    Table::BmiForAge2007,
};

struct Published {
    QStringList header;
    QList<QStringList> rows;
};

Published readPublished(const QString& name)
{
    QFile f(QStringLiteral(TUMBUH_WHO_TABLES_DIR) + "/published-sd-tables/" + name);
    BOOST_REQUIRE_MESSAGE(f.open(QIODevice::ReadOnly), "cannot open " << name.toStdString());
    Published p;
    for (const QString& line : QString::fromLatin1(f.readAll()).split('\n', Qt::SkipEmptyParts)) {
        QStringList cells = line.trimmed().split('\t');
        for (auto& c : cells)
            c = c.trimmed();
        if (p.header.isEmpty())
            p.header = cells;
        else
            p.rows.push_back(cells);
    }
    return p;
}

// "SD2neg" -> -2, "SD0" -> 0, "SD3" -> 3; nullopt for other columns.
std::optional<int> sdColumn(const QString& name)
{
    if (!name.startsWith("SD") || name == "SD")
        return std::nullopt;
    bool ok = false;
    const int k = QStringView(name).mid(2, 1).toInt(&ok);
    if (!ok)
        return std::nullopt;
    return name.endsWith("neg") ? -k : k;
}

int decimalsOf(const QString& text)
{
    const auto dot = text.indexOf('.');
    return dot < 0 ? 0 : static_cast<int>(text.size() - dot - 1);
}

} // namespace

BOOST_AUTO_TEST_CASE(value_at_z_round_trips_on_every_row)
{
    long checked = 0;
    for (const Table t : kAllTables) {
        const auto& info = tableInfo(t);
        for (const Sex sex : {Sex::Male, Sex::Female}) {
            for (int key = info.firstKey; key <= info.lastKey; ++key) {
                const Lms* p = tableRow(t, sex, key);
                BOOST_TEST_REQUIRE(p != nullptr);
                for (int k = -3; k <= 3; ++k) {
                    const double y = valueAtZ(*p, k, isRestricted(t));
                    const double z = isRestricted(t) ? zRestricted(*p, y) : zPlain(*p, y);
                    if (roundZ(z) != k || std::fabs(z - k) > 1e-9) {
                        BOOST_ERROR(info.file << " sex " << static_cast<int>(sex) << " key " << key
                                              << " z " << k << " gave " << z);
                    }
                    ++checked;
                }
                // Beyond ±3 SD the restricted scale is linear in the measurement.
                if (isRestricted(t)) {
                    for (const double k : {-4.5, 4.5}) {
                        const double z = zRestricted(*p, valueAtZ(*p, k, true));
                        BOOST_TEST(std::fabs(z - k) < 1e-9);
                    }
                }
            }
        }
    }
    BOOST_TEST(checked > 100000);
}

BOOST_AUTO_TEST_CASE(published_sd_lines_are_reproduced)
{
    const QDir dir(QStringLiteral(TUMBUH_WHO_TABLES_DIR) + "/published-sd-tables");
    const QStringList files = dir.entryList({"*.txt"}, QDir::Files);
    BOOST_TEST(files.size() == 26);
    long cells = 0;
    for (const QString& name : files) {
        const Published pub = readPublished(name);
        const auto iL = pub.header.indexOf("L");
        const auto iM = pub.header.indexOf("M");
        const auto iS = pub.header.indexOf("S");
        BOOST_TEST_REQUIRE((iL > 0 && iM > 0 && iS > 0), name.toStdString());
        for (const QStringList& row : pub.rows) {
            const Lms p{row[iL].toDouble(), row[iM].toDouble(), row[iS].toDouble()};
            for (qsizetype c = 0; c < pub.header.size(); ++c) {
                const auto k = sdColumn(pub.header[c]);
                if (!k)
                    continue;
                const double printed = row[c].toDouble();
                // WHO extends its printed ±4/5 SD lines on the restricted scale.
                const double ours = valueAtZ(p, *k, true);
                const double halfUnit = 0.5 * std::pow(10.0, -decimalsOf(row[c]));
                if (std::fabs(ours - printed) > halfUnit + 1e-9)
                    BOOST_ERROR(name.toStdString() << " " << row[0].toStdString() << " "
                                                   << pub.header[c].toStdString() << ": WHO "
                                                   << printed << " ours " << ours);
                ++cells;
            }
        }
    }
    BOOST_TEST(cells > 5000);
}

// Where a published row falls on a whole day (months 0, 16, 32, 48) or on a
// 0.1 cm row, its L, M, S are the compiled table's (PROVENANCE.md §1, check 3).
BOOST_AUTO_TEST_CASE(published_rows_agree_with_compiled_tables)
{
    struct Pair {
        const char* file;
        Table table;
        Sex sex;
    };
    const Pair pairs[] = {
        {"wfa_boys_0_5_zscores.txt", Table::WeightForAge, Sex::Male},
        {"wfa_girls_0_5_zscores.txt", Table::WeightForAge, Sex::Female},
        {"tab_hcfa_boys_z_0_5.txt", Table::HeadCircumferenceForAge, Sex::Male},
        {"tab_hcfa_girls_z_0_5.txt", Table::HeadCircumferenceForAge, Sex::Female},
        {"wfl_boys_0_2_zscores.txt", Table::WeightForLength, Sex::Male},
        {"wfh_boys_2_5_zscores.txt", Table::WeightForHeight, Sex::Male},
        {"hfa_girls_z_WHO2007_exp.txt", Table::HeightForAge2007, Sex::Female},
        {"wfa_boys_z_WHO2007_exp.txt", Table::WeightForAge2007, Sex::Male},
        {"bmi_girls_z_WHO2007_exp.txt", Table::BmiForAge2007, Sex::Female},
    };
    int matched = 0;
    for (const auto& pr : pairs) {
        const Published pub = readPublished(pr.file);
        const auto key = tableInfo(pr.table).key;
        for (const QStringList& row : pub.rows) {
            int k = 0;
            if (key == TableKey::TenthsOfCm) {
                k = static_cast<int>(std::lround(row[0].toDouble() * 10.0));
            } else if (key == TableKey::AgeMonths) {
                k = row[0].toInt();
            } else {
                const int month = row[0].toInt();
                if (month % 16 != 0)
                    continue; // only these months fall on a whole day
                k = static_cast<int>(month * kDaysPerMonth);
            }
            const Lms* p = tableRow(pr.table, pr.sex, k);
            BOOST_TEST_REQUIRE(p != nullptr, pr.file << " " << row[0].toStdString());
            BOOST_TEST(p->l == row[1].toDouble(), pr.file << " " << row[0].toStdString());
            BOOST_TEST(p->m == row[2].toDouble(), pr.file << " " << row[0].toStdString());
            BOOST_TEST(p->s == row[3].toDouble(), pr.file << " " << row[0].toStdString());
            ++matched;
        }
    }
    BOOST_TEST(matched > 600);
}
