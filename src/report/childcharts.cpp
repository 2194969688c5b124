#include "report/childcharts.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

namespace tumbuh::report {
namespace {

using growth::IndicatorResult;
using growth::NutritionCategory;

std::chrono::year_month_day toYmd(const QDate& d)
{
    return std::chrono::year{d.year()} / std::chrono::month{static_cast<unsigned>(d.month())}
         / std::chrono::day{static_cast<unsigned>(d.day())};
}

QDate toQDate(const std::chrono::year_month_day& d)
{
    if (!d.ok())
        return {};
    return QDate(static_cast<int>(d.year()), static_cast<int>(static_cast<unsigned>(d.month())),
                 static_cast<int>(static_cast<unsigned>(d.day())));
}

QString labelOf(std::optional<NutritionCategory> c, LabelLanguage language)
{
    if (!c)
        return {};
    const std::string_view s = language == LabelLanguage::Indonesian ? growth::labelId(*c) : growth::labelEn(*c);
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

ChartPoint pointOf(const growth::Visit& v, int ageDays, double value, const IndicatorResult& r,
                   LabelLanguage language)
{
    ChartPoint p;
    p.date = toQDate(v.date);
    p.ageDays = ageDays;
    p.value = value;
    p.measure = v.measure;
    if (r.z.ok()) {
        p.z = r.z.z;
        p.flagged = r.z.flagged;
    }
    p.label = labelOf(r.category, language);
    return p;
}

IndexStatus statusOf(const IndicatorResult& r)
{
    IndexStatus s;
    if (r.z.ok()) {
        s.z = r.z.z;
        s.flagged = r.z.flagged;
        s.category = r.category;
    }
    return s;
}

} // namespace

ChildCharts buildChildCharts(const ChildInfo& child, std::span<const growth::Visit> visits,
                             LabelLanguage language, const growth::CadreSettings& cadre)
{
    ChildCharts out;
    for (int k = 0; k < growth::kChartIndicatorCount; ++k) {
        ChartInput& c = out.charts[static_cast<std::size_t>(k)];
        c.kind = static_cast<ChartKind>(k);
        c.sex = child.sex;
        c.childName = child.name;
    }
    out.trend.sex = child.sex;
    out.trend.childName = child.name;
    if (!child.birthDate.isValid())
        return out;

    const growth::ChildFacts facts{child.sex, toYmd(child.birthDate)};
    std::vector<growth::Visit> history;
    for (const growth::Visit& v : visits)
        if (v.date.ok() && v.date >= facts.birthDate)
            history.push_back(v);
    std::stable_sort(history.begin(), history.end(),
                     [](const growth::Visit& l, const growth::Visit& r) { return l.date < r.date; });

    std::array<TrendSeries, kTrendIndexCount> trend;
    for (int k = 0; k < kTrendIndexCount; ++k)
        trend[static_cast<std::size_t>(k)].index = static_cast<TrendIndex>(k);
    auto add = [&](ChartKind kind, TrendIndex index, const ChartPoint& p) {
        out.charts[static_cast<std::size_t>(kind)].points.push_back(p);
        if (std::isfinite(p.z))
            trend[static_cast<std::size_t>(index)].points.push_back(p);
    };

    for (const growth::Visit& v : history) {
        const growth::Assessment a = growth::assessVisit(facts, v, history, cadre);
        if (!a.valid || a.reference == growth::Reference::None)
            continue;
        const bool who2007 = a.reference == growth::Reference::Who2007;
        const int age = a.ageDays;

        if (v.weight)
            add(who2007 ? ChartKind::WeightForAge2007 : ChartKind::WeightForAge, TrendIndex::WeightForAge,
                pointOf(v, age, v.weight->kg(), a.weightForAge, language));
        if (v.lengthHeight)
            add(who2007 ? ChartKind::HeightForAge2007 : ChartKind::LengthHeightForAge, TrendIndex::LengthHeightForAge,
                pointOf(v, age, v.lengthHeight->cm(), a.lengthForAge, language));
        if (v.weight && v.lengthHeight && !who2007) {
            ChartPoint p = pointOf(v, age, v.weight->kg(), a.weightForLength, language);
            p.lengthCm = v.lengthHeight->cm();
            add(growth::weightForLengthHeightChart(age), TrendIndex::WeightForLengthHeight, p);
        }
        if (a.bmi)
            add(who2007 ? ChartKind::BmiForAge2007 : ChartKind::BmiForAge, TrendIndex::BmiForAge,
                pointOf(v, age, *a.bmi, a.bmiForAge, language));
        if (v.headCircumference && !who2007)
            add(ChartKind::HeadCircumferenceForAge, TrendIndex::HeadCircumferenceForAge,
                pointOf(v, age, v.headCircumference->cm(), a.headForAge, language));
        if (v.armCircumference && !who2007)
            add(ChartKind::ArmCircumferenceForAge, TrendIndex::ArmCircumferenceForAge,
                pointOf(v, age, v.armCircumference->cm(), a.armForAge, language));

        LatestResult latest;
        latest.date = toQDate(v.date);
        latest.ageDays = age;
        latest.oedema = v.oedema;
        latest.weightForAge = statusOf(a.weightForAge);
        latest.lengthForAge = statusOf(a.lengthForAge);
        latest.weightForLength = statusOf(a.weightForLength);
        latest.bmiForAge = statusOf(a.bmiForAge);
        latest.anyFlag = a.has(growth::CheckKind::ImplausibleZ);
        if (a.weighing && a.weighing->ok()) {
            latest.weighing = a.weighing->status;
            if (a.weighing->gain)
                latest.gainGrams = a.weighing->gain->value;
        }
        latest.twoT = a.twoT;
        latest.bgm = a.bgm;
        latest.aboveOrange = a.aboveOrange;
        out.latest = latest;
    }

    for (TrendSeries& s : trend)
        if (!s.points.isEmpty())
            out.trend.series.push_back(std::move(s));
    return out;
}

} // namespace tumbuh::report
