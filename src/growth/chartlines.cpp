#include "growth/chartlines.h"

#include "growth/anthro.h"
#include "growth/lms.h"
#include "growth/rounding.h"

namespace tumbuh::growth {
namespace {

constexpr int kLastLengthDay = 730; // lenanthro/bmianthro rows "L" end here, "H" start at 731.  §3.2
constexpr int kSamplesPerMonth = 4;
constexpr int kTenthsPerDrawingStep = 5; // 0.5 cm, the step of WHO's printed tables

bool hasLengthHeightStep(ChartIndicator indicator)
{
    return indicator == ChartIndicator::LengthHeightForAge || indicator == ChartIndicator::BmiForAge;
}

struct KeyRange {
    int first;
    int last;
    Measure measure;
};

// The rows each segment draws, as table keys.
std::vector<KeyRange> keyRanges(ChartIndicator indicator)
{
    const TableInfo& info = tableInfo(chartTable(indicator));
    switch (indicator) {
    case ChartIndicator::LengthHeightForAge:
    case ChartIndicator::BmiForAge:
        return {{info.firstKey, kLastLengthDay, Measure::Lying},
                {kLastLengthDay + 1, info.lastKey, Measure::Standing}};
    case ChartIndicator::WeightForLength:
        return {{info.firstKey, info.lastKey, Measure::Lying}};
    case ChartIndicator::WeightForHeight:
        return {{info.firstKey, info.lastKey, Measure::Standing}};
    case ChartIndicator::HeightForAge2007:
    case ChartIndicator::WeightForAge2007:
    case ChartIndicator::BmiForAge2007:
        // The last row of each 2007 file repeats the one before it (an
        // interpolation partner of the old macro, PROVENANCE.md §2): drawing
        // it would add a flat month at the end of every curve.
        return {{info.firstKey, info.lastKey - 1, Measure::Unknown}};
    default:
        return {{info.firstKey, info.lastKey, Measure::Unknown}};
    }
}

// Table keys to evaluate for one segment, ascending, ends included.
std::vector<int> sampleKeys(const KeyRange& range, TableKey key, Sampling sampling)
{
    std::vector<int> keys;
    auto push = [&keys](int k) {
        if (keys.empty() || k > keys.back())
            keys.push_back(k);
    };
    push(range.first);
    if (sampling == Sampling::EveryRow || key == TableKey::AgeMonths) {
        for (int k = range.first + 1; k <= range.last; ++k)
            push(k);
        return keys;
    }
    if (key == TableKey::TenthsOfCm) {
        const int start = (range.first / kTenthsPerDrawingStep + 1) * kTenthsPerDrawingStep;
        for (int k = start; k < range.last; k += kTenthsPerDrawingStep)
            push(k);
    } else {
        // Quarter months, rounded as anthro rounds an age given in months
        // (§2.3), so that every whole month lands on the day WHO's monthly
        // tables use.
        for (int i = 1;; ++i) {
            const double day = i * (kDaysPerMonth / kSamplesPerMonth);
            const int k = roundUpNonNegative(day);
            if (k >= range.last)
                break;
            if (k > range.first)
                push(k);
        }
    }
    push(range.last);
    return keys;
}

double keyToX(TableKey key, int k)
{
    switch (key) {
    case TableKey::AgeDays: return k;
    case TableKey::TenthsOfCm: return k / 10.0;
    case TableKey::AgeMonths: return k * kDaysPerMonth;
    }
    return k;
}

} // namespace

Table chartTable(ChartIndicator indicator)
{
    switch (indicator) {
    case ChartIndicator::WeightForAge: return Table::WeightForAge;
    case ChartIndicator::LengthHeightForAge: return Table::LengthForAge;
    case ChartIndicator::WeightForLength: return Table::WeightForLength;
    case ChartIndicator::WeightForHeight: return Table::WeightForHeight;
    case ChartIndicator::BmiForAge: return Table::BmiForAge;
    case ChartIndicator::HeadCircumferenceForAge: return Table::HeadCircumferenceForAge;
    case ChartIndicator::ArmCircumferenceForAge: return Table::ArmCircumferenceForAge;
    case ChartIndicator::HeightForAge2007: return Table::HeightForAge2007;
    case ChartIndicator::WeightForAge2007: return Table::WeightForAge2007;
    case ChartIndicator::BmiForAge2007: return Table::BmiForAge2007;
    }
    return Table::WeightForAge;
}

ChartXUnit chartXUnit(ChartIndicator indicator)
{
    return tableInfo(chartTable(indicator)).key == TableKey::TenthsOfCm ? ChartXUnit::LengthCm
                                                                        : ChartXUnit::AgeDays;
}

std::vector<SdSegment> sdLines(ChartIndicator indicator, Sex sex, Sampling sampling)
{
    const Table table = chartTable(indicator);
    const TableKey key = tableInfo(table).key;
    std::vector<SdSegment> segments;
    for (const KeyRange& range : keyRanges(indicator)) {
        SdSegment seg;
        seg.measure = range.measure;
        const std::vector<int> keys = sampleKeys(range, key, sampling);
        seg.x.reserve(keys.size());
        for (auto& curve : seg.y)
            curve.reserve(keys.size());
        for (const int k : keys) {
            const Lms* p = tableRow(table, sex, k);
            if (!p)
                continue; // cannot happen for keys inside tableInfo's range
            seg.x.push_back(keyToX(key, k));
            for (int z = -3; z <= 3; ++z)
                seg.y[static_cast<std::size_t>(z + 3)].push_back(valueAtZ(*p, z));
        }
        segments.push_back(std::move(seg));
    }
    return segments;
}

std::vector<std::vector<CurvePoint>> sdCurve(ChartIndicator indicator, Sex sex, int z, Sampling sampling)
{
    std::vector<std::vector<CurvePoint>> out;
    if (z < -3 || z > 3)
        return out;
    for (const SdSegment& seg : sdLines(indicator, sex, sampling)) {
        const std::vector<double>& ys = seg.curve(z);
        std::vector<CurvePoint> pts;
        pts.reserve(seg.x.size());
        for (std::size_t i = 0; i < seg.x.size(); ++i)
            pts.push_back({seg.x[i], ys[i]});
        out.push_back(std::move(pts));
    }
    return out;
}

std::size_t segmentForAge(ChartIndicator indicator, int ageDays)
{
    return hasLengthHeightStep(indicator) && ageDays > kLastLengthDay ? 1 : 0;
}

ChartIndicator weightForLengthHeightChart(int ageDays)
{
    return ageDays > kLastLengthDay ? ChartIndicator::WeightForHeight : ChartIndicator::WeightForLength;
}

double chartLengthCm(double asEnteredCm, Measure measure, int ageDays)
{
    // Ask the engine rather than repeat its §3 rules here.
    AnthroInput in;
    in.age = ageDays;
    in.lenheiCm = asEnteredCm;
    in.measure = measure;
    return computeAnthro(in).clenhei.value_or(asEnteredCm);
}

} // namespace tumbuh::growth
