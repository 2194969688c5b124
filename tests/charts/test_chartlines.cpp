// The SD curves the charts draw (growth/chartlines) against WHO's own printed
// SD tables, and the 24-month step.
#include "growth/chartlines.h"
#include "growth/lms.h"
#include "growth/rounding.h"
#include "growth/whotables.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <map>
#include <optional>

using namespace tumbuh::growth;

namespace {

struct Published {
    QStringList header;
    QList<QStringList> rows;
    int decimals = 0; // printed precision of the SD columns
};

std::optional<int> sdColumn(const QString& name)
{
    if (!name.startsWith(QLatin1String("SD")) || name.size() < 3 || !name[2].isDigit())
        return std::nullopt;
    const int k = name[2].digitValue();
    return name.endsWith(QLatin1String("neg")) ? -k : k;
}

Published readPublished(const QString& name)
{
    QFile f(QStringLiteral(TUMBUH_WHO_TABLES_DIR "/published-sd-tables/") + name);
    BOOST_REQUIRE_MESSAGE(f.open(QIODevice::ReadOnly), "cannot open " << name.toStdString());
    Published p;
    for (const QString& line : QString::fromLatin1(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QStringList cells = line.trimmed().split(QLatin1Char('\t'));
        for (QString& c : cells)
            c = c.trimmed();
        if (p.header.isEmpty()) {
            p.header = cells;
            continue;
        }
        for (qsizetype i = 0; i < cells.size() && i < p.header.size(); ++i) {
            if (!sdColumn(p.header[i]))
                continue;
            const qsizetype dot = cells[i].indexOf(QLatin1Char('.'));
            if (dot >= 0)
                p.decimals = std::max(p.decimals, static_cast<int>(cells[i].size() - dot - 1));
        }
        p.rows.push_back(cells);
    }
    return p;
}

// The drawn curves of one segment by x, for lookups.
struct Lookup {
    std::map<double, std::array<double, 7>> byX;

    explicit Lookup(const SdSegment& seg)
    {
        for (std::size_t i = 0; i < seg.x.size(); ++i) {
            std::array<double, 7> ys{};
            for (int z = -3; z <= 3; ++z)
                ys[static_cast<std::size_t>(z + 3)] = seg.curve(z)[i];
            byX[seg.x[i]] = ys;
        }
    }
    const std::array<double, 7>* at(double x) const
    {
        const auto it = byX.find(x);
        return it == byX.end() ? nullptr : &it->second;
    }
};

struct Case {
    const char* file;
    ChartIndicator indicator;
    Sex sex;
    std::size_t segment; // which drawn segment the file's rows belong to
};

// Every published SD cell of a file against the curve the chart draws.
// Age tables: rows are whole months, i.e. WHO's curve at month × 30.4375
// days; the charts (like anthro) use the row of the rounded day. They agree
// exactly where that is a whole day (months 0, 16, 32, 48, PROVENANCE.md §1
// check 3); elsewhere the tolerance adds the growth within half a day.
void checkFile(const Case& c, int& exactRows)
{
    const Published pub = readPublished(QString::fromLatin1(c.file));
    const bool byLength = chartXUnit(c.indicator) == ChartXUnit::LengthCm;
    const TableKey key = tableInfo(chartTable(c.indicator)).key;
    const std::vector<SdSegment> drawn = sdLines(c.indicator, c.sex, Sampling::Drawing);
    const std::vector<SdSegment> daily = sdLines(c.indicator, c.sex, Sampling::EveryRow);
    BOOST_REQUIRE_LT(c.segment, drawn.size());
    const Lookup lookup(drawn[c.segment]);
    const Lookup dailyLookup(daily[c.segment]);
    const double halfUnit = 0.5 * std::pow(10.0, -pub.decimals);

    int checked = 0;
    for (const QStringList& row : pub.rows) {
        const double key0 = row[0].toDouble();
        double x = key0;
        double slack = 1e-9;
        bool exact = true;
        if (!byLength) {
            const double exactDay = key0 * kDaysPerMonth;
            x = key == TableKey::AgeMonths ? exactDay : roundUpNonNegative(exactDay);
            exact = key == TableKey::AgeMonths || std::floor(exactDay) == exactDay;
            // The 0-2 y files end at 24 months (730.5 days), whose rounded
            // day (731) is already a height row: compare with day 730.
            if (c.segment == 0 && x > drawn[0].x.back())
                x = drawn[0].x.back();
            if (!exact) {
                const auto* before = dailyLookup.at(x - 1);
                const auto* after = dailyLookup.at(x + 1);
                const auto* here = dailyLookup.at(x);
                BOOST_REQUIRE(here);
                for (int z = 0; z < 7; ++z) {
                    const auto zi = static_cast<std::size_t>(z);
                    const double d1 = before ? std::fabs((*here)[zi] - (*before)[zi]) : 0.0;
                    const double d2 = after ? std::fabs((*after)[zi] - (*here)[zi]) : 0.0;
                    slack = std::max(slack, std::max(d1, d2));
                }
                // Within half a day of the exact age... and 730 vs 730.5 is
                // exactly half a day too.
                slack = slack * 0.5 + 1e-9;
            }
        }
        const std::array<double, 7>* ys = lookup.at(x);
        BOOST_REQUIRE_MESSAGE(ys, c.file << ": the chart has no point at x = " << x);
        for (qsizetype i = 1; i < row.size() && i < pub.header.size(); ++i) {
            const std::optional<int> z = sdColumn(pub.header[i]);
            if (!z || *z < -3 || *z > 3)
                continue;
            const double printed = row[i].toDouble();
            const double drawnY = (*ys)[static_cast<std::size_t>(*z + 3)];
            BOOST_CHECK_MESSAGE(std::fabs(drawnY - printed) <= halfUnit + slack,
                                c.file << " row " << row[0].toStdString() << " SD" << *z << ": chart "
                                       << drawnY << ", WHO prints " << printed);
            ++checked;
        }
        if (exact)
            ++exactRows;
    }
    BOOST_TEST_MESSAGE(c.file << ": " << checked << " cells");
    BOOST_CHECK_GT(checked, 0);
}

const Case kCases[] = {
    {"wfa_boys_0_5_zscores.txt", ChartIndicator::WeightForAge, Sex::Male, 0},
    {"wfa_girls_0_5_zscores.txt", ChartIndicator::WeightForAge, Sex::Female, 0},
    {"lhfa_boys_0_2_zscores.txt", ChartIndicator::LengthHeightForAge, Sex::Male, 0},
    {"lhfa_girls_0_2_zscores.txt", ChartIndicator::LengthHeightForAge, Sex::Female, 0},
    {"lhfa_boys_2_5_zscores.txt", ChartIndicator::LengthHeightForAge, Sex::Male, 1},
    {"lhfa_girls_2_5_zscores.txt", ChartIndicator::LengthHeightForAge, Sex::Female, 1},
    {"bmi_boys_0_2_zcores.txt", ChartIndicator::BmiForAge, Sex::Male, 0},
    {"bmi_girls_0_2_zscores.txt", ChartIndicator::BmiForAge, Sex::Female, 0},
    {"bmi_boys_2_5_zscores.txt", ChartIndicator::BmiForAge, Sex::Male, 1},
    {"bmi_girls_2_5_zscores.txt", ChartIndicator::BmiForAge, Sex::Female, 1},
    {"tab_hcfa_boys_z_0_5.txt", ChartIndicator::HeadCircumferenceForAge, Sex::Male, 0},
    {"tab_hcfa_girls_z_0_5.txt", ChartIndicator::HeadCircumferenceForAge, Sex::Female, 0},
    {"tab_acfa_boys_z_3_5.txt", ChartIndicator::ArmCircumferenceForAge, Sex::Male, 0},
    {"tab_acfa_girls_z_3_5.txt", ChartIndicator::ArmCircumferenceForAge, Sex::Female, 0},
    {"wfl_boys_0_2_zscores.txt", ChartIndicator::WeightForLength, Sex::Male, 0},
    {"wfh_boys_2_5_zscores.txt", ChartIndicator::WeightForHeight, Sex::Male, 0},
    {"hfa_boys_z_WHO2007_exp.txt", ChartIndicator::HeightForAge2007, Sex::Male, 0},
    {"hfa_girls_z_WHO2007_exp.txt", ChartIndicator::HeightForAge2007, Sex::Female, 0},
    {"wfa_boys_z_WHO2007_exp.txt", ChartIndicator::WeightForAge2007, Sex::Male, 0},
    {"wfa_girls_z_WHO2007_exp.txt", ChartIndicator::WeightForAge2007, Sex::Female, 0},
    {"bmi_boys_z_WHO2007_exp.txt", ChartIndicator::BmiForAge2007, Sex::Male, 0},
    {"bmi_girls_z_WHO2007_exp.txt", ChartIndicator::BmiForAge2007, Sex::Female, 0},
};

} // namespace

BOOST_AUTO_TEST_SUITE(chart_lines)

BOOST_AUTO_TEST_CASE(drawn_sd_lines_equal_who_published_tables)
{
    int exactRows = 0;
    for (const Case& c : kCases)
        checkFile(c, exactRows);
    // Months 0, 16, 32, 48 of the monthly files, every 0.5 cm row, every 2007 row.
    BOOST_CHECK_GT(exactRows, 500);
}

BOOST_AUTO_TEST_CASE(exact_months_match_to_the_printed_digit)
{
    // The four months where WHO's monthly age is a whole day: no slack at all.
    for (const Sex sex : {Sex::Male, Sex::Female}) {
        const Published pub = readPublished(sex == Sex::Male ? QStringLiteral("wfa_boys_0_5_zscores.txt")
                                                             : QStringLiteral("wfa_girls_0_5_zscores.txt"));
        const Lookup drawn(sdLines(ChartIndicator::WeightForAge, sex).front());
        for (const int month : {0, 16, 32, 48}) {
            const double day = month * kDaysPerMonth;
            BOOST_REQUIRE_EQUAL(day, std::floor(day));
            const auto* ys = drawn.at(day);
            BOOST_REQUIRE(ys);
            const QStringList& row = pub.rows[month];
            BOOST_REQUIRE_EQUAL(row[0].toInt(), month);
            for (qsizetype i = 0; i < pub.header.size(); ++i) {
                const auto z = sdColumn(pub.header[i]);
                if (!z)
                    continue;
                const double printed = row[i].toDouble();
                const double y = (*ys)[static_cast<std::size_t>(*z + 3)];
                BOOST_CHECK_SMALL(y - printed, 0.05 + 1e-9);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(length_and_bmi_charts_have_two_segments_that_never_join)
{
    for (const ChartIndicator ind : {ChartIndicator::LengthHeightForAge, ChartIndicator::BmiForAge}) {
        for (const Sex sex : {Sex::Male, Sex::Female}) {
            for (const Sampling sampling : {Sampling::Drawing, Sampling::EveryRow}) {
                const std::vector<SdSegment> segs = sdLines(ind, sex, sampling);
                BOOST_REQUIRE_EQUAL(segs.size(), 2u);
                BOOST_CHECK(segs[0].measure == Measure::Lying);
                BOOST_CHECK(segs[1].measure == Measure::Standing);
                BOOST_CHECK_EQUAL(segs[0].x.front(), 0.0);
                BOOST_CHECK_EQUAL(segs[0].x.back(), 730.0);
                BOOST_CHECK_EQUAL(segs[1].x.front(), 731.0);
                BOOST_CHECK_EQUAL(segs[1].x.back(), 1826.0);
                const Table t = chartTable(ind);
                for (int z = -3; z <= 3; ++z) {
                    const double endOfLength = segs[0].curve(z).back();
                    const double startOfHeight = segs[1].curve(z).front();
                    // The values are WHO's own rows at day 730 and day 731...
                    BOOST_CHECK_EQUAL(endOfLength, valueAtZ(*tableRow(t, sex, 730), z));
                    BOOST_CHECK_EQUAL(startOfHeight, valueAtZ(*tableRow(t, sex, 731), z));
                    // ...and differ as WHO's do (height is ~0.7 cm below length).
                    BOOST_CHECK_NE(endOfLength, startOfHeight);
                    if (ind == ChartIndicator::LengthHeightForAge)
                        BOOST_CHECK_GT(endOfLength - startOfHeight, 0.5);
                }
            }
        }
    }
    // The other charts are one segment each.
    for (const ChartIndicator ind : {ChartIndicator::WeightForAge, ChartIndicator::HeadCircumferenceForAge,
                                     ChartIndicator::ArmCircumferenceForAge, ChartIndicator::WeightForLength,
                                     ChartIndicator::WeightForHeight, ChartIndicator::HeightForAge2007})
        BOOST_CHECK_EQUAL(sdLines(ind, Sex::Female).size(), 1u);
}

BOOST_AUTO_TEST_CASE(drawing_samples_are_thinned_but_keep_the_ends_and_whole_months)
{
    const std::vector<SdSegment> every = sdLines(ChartIndicator::WeightForAge, Sex::Male, Sampling::EveryRow);
    const std::vector<SdSegment> drawn = sdLines(ChartIndicator::WeightForAge, Sex::Male, Sampling::Drawing);
    BOOST_CHECK_EQUAL(every.front().x.size(), 1827u);
    BOOST_CHECK_LT(drawn.front().x.size(), 260u);
    BOOST_CHECK_GT(drawn.front().x.size(), 230u);
    BOOST_CHECK_EQUAL(drawn.front().x.front(), 0.0);
    BOOST_CHECK_EQUAL(drawn.front().x.back(), 1826.0);
    const Lookup lookup(drawn.front());
    for (int m = 0; m <= 60; ++m)
        BOOST_CHECK_MESSAGE(lookup.at(roundUpNonNegative(m * kDaysPerMonth)), "month " << m);
    for (std::size_t i = 1; i < drawn.front().x.size(); ++i) {
        const double step = drawn.front().x[i] - drawn.front().x[i - 1];
        BOOST_CHECK(step >= 1.0 && step <= 8.0);
    }
    // Every drawn point is a table row's own value at z.
    const SdSegment& s = drawn.front();
    for (std::size_t i = 0; i < s.x.size(); i += 17)
        for (int z = -3; z <= 3; ++z)
            BOOST_CHECK_EQUAL(s.curve(z)[i], valueAtZ(*tableRow(Table::WeightForAge, Sex::Male, static_cast<int>(s.x[i])), z));

    // Lengths: every 0.5 cm, 45-110 and 65-120.
    const SdSegment wfl = sdLines(ChartIndicator::WeightForLength, Sex::Female).front();
    BOOST_CHECK_EQUAL(wfl.x.size(), 131u);
    BOOST_CHECK_EQUAL(wfl.x.front(), 45.0);
    BOOST_CHECK_EQUAL(wfl.x.back(), 110.0);
    BOOST_CHECK(wfl.measure == Measure::Lying);
    const SdSegment wfh = sdLines(ChartIndicator::WeightForHeight, Sex::Female).front();
    BOOST_CHECK_EQUAL(wfh.x.size(), 111u);
    BOOST_CHECK(wfh.measure == Measure::Standing);
    // WHO 2007: every month, the repeated last row left out.
    const SdSegment hfa = sdLines(ChartIndicator::HeightForAge2007, Sex::Male).front();
    BOOST_CHECK_EQUAL(hfa.x.size(), 169u); // months 60-228
    BOOST_CHECK_EQUAL(hfa.x.back(), 228 * kDaysPerMonth);
    // Arm circumference starts at day 91.
    BOOST_CHECK_EQUAL(sdLines(ChartIndicator::ArmCircumferenceForAge, Sex::Male).front().x.front(), 91.0);
}

BOOST_AUTO_TEST_CASE(sd_curve_is_one_line_of_sd_lines)
{
    const auto curve = sdCurve(ChartIndicator::LengthHeightForAge, Sex::Female, -2);
    const auto lines = sdLines(ChartIndicator::LengthHeightForAge, Sex::Female);
    BOOST_REQUIRE_EQUAL(curve.size(), 2u);
    for (std::size_t s = 0; s < 2; ++s) {
        BOOST_REQUIRE_EQUAL(curve[s].size(), lines[s].x.size());
        for (std::size_t i = 0; i < curve[s].size(); ++i) {
            BOOST_CHECK_EQUAL(curve[s][i].x, lines[s].x[i]);
            BOOST_CHECK_EQUAL(curve[s][i].y, lines[s].curve(-2)[i]);
        }
    }
    BOOST_CHECK(sdCurve(ChartIndicator::WeightForAge, Sex::Male, 4).empty());
}

BOOST_AUTO_TEST_CASE(points_go_on_the_segment_and_table_the_engine_uses)
{
    BOOST_CHECK_EQUAL(segmentForAge(ChartIndicator::LengthHeightForAge, 730), 0u);
    BOOST_CHECK_EQUAL(segmentForAge(ChartIndicator::LengthHeightForAge, 731), 1u);
    BOOST_CHECK_EQUAL(segmentForAge(ChartIndicator::BmiForAge, 900), 1u);
    BOOST_CHECK_EQUAL(segmentForAge(ChartIndicator::WeightForAge, 900), 0u);
    BOOST_CHECK(weightForLengthHeightChart(730) == ChartIndicator::WeightForLength);
    BOOST_CHECK(weightForLengthHeightChart(731) == ChartIndicator::WeightForHeight);

    // The ±0.7 cm rule (who-zscore-method.md §3), from the engine.
    BOOST_CHECK_CLOSE(chartLengthCm(70.0, Measure::Standing, 300), 70.7, 1e-9);
    BOOST_CHECK_CLOSE(chartLengthCm(90.0, Measure::Lying, 800), 89.3, 1e-9);
    BOOST_CHECK_EQUAL(chartLengthCm(70.0, Measure::Lying, 300), 70.0);
    BOOST_CHECK_EQUAL(chartLengthCm(90.0, Measure::Standing, 800), 90.0);
    BOOST_CHECK_EQUAL(chartLengthCm(65.0, Measure::Standing, 200), 65.0); // under 9 months: position ignored
    BOOST_CHECK_EQUAL(chartLengthCm(80.0, Measure::Unknown, 500), 80.0);
}

BOOST_AUTO_TEST_SUITE_END()
