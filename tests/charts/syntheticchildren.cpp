#include "syntheticchildren.h"

#include "growth/lms.h"
#include "growth/whotables.h"

#include <cmath>
#include <functional>

namespace tumbuh::testing {
namespace {

using growth::Measure;
using growth::Sex;
using growth::Table;

double at(Table t, Sex sex, int day, double z)
{
    const growth::Lms* p = growth::tableRow(t, sex, day);
    return p ? growth::valueAtZ(*p, z) : std::nan("");
}

struct Paths {
    std::function<double(double)> weight; // z by age in months
    std::function<double(double)> length;
    std::function<double(double)> head;
    std::function<double(double)> arm;
};

std::vector<growth::Visit> visitsFor(const report::ChildInfo& child, int count, const Paths& z)
{
    std::vector<growth::Visit> out;
    for (int m = 0; m < count; ++m) {
        const int day = static_cast<int>(std::lround(m * growth::kDaysPerMonth)) + (m % 3); // not always on the day
        growth::Visit v;
        v.date = toYmd(child.birthDate.addDays(day));
        const double months = day / growth::kDaysPerMonth;
        v.weight = growth::Grams{static_cast<std::int32_t>(
            std::lround(at(Table::WeightForAge, child.sex, day, z.weight(months)) * 10.0) * 100)};
        v.measure = day <= 730 ? Measure::Lying : Measure::Standing;
        v.lengthHeight = growth::Millimetres{static_cast<std::int32_t>(
            std::lround(at(Table::LengthForAge, child.sex, day, z.length(months)) * 10.0))};
        v.headCircumference = growth::Millimetres{static_cast<std::int32_t>(
            std::lround(at(Table::HeadCircumferenceForAge, child.sex, day, z.head(months)) * 10.0))};
        if (day >= 91)
            v.armCircumference = growth::Millimetres{static_cast<std::int32_t>(
                std::lround(at(Table::ArmCircumferenceForAge, child.sex, day, z.arm(months)) * 10.0))};
        out.push_back(v);
    }
    return out;
}

} // namespace

std::chrono::year_month_day toYmd(const QDate& date)
{
    return std::chrono::year{date.year()} / std::chrono::month{static_cast<unsigned>(date.month())}
         / std::chrono::day{static_cast<unsigned>(date.day())};
}

QDate toQDate(const std::chrono::year_month_day& date)
{
    return QDate(static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
                 static_cast<int>(static_cast<unsigned>(date.day())));
}

SyntheticChild falteringGirl()
{
    SyntheticChild c;
    c.info = {QStringLiteral("Sari Wulandari"), Sex::Female, QDate(2022, 3, 14), QStringLiteral("Melati 3")};
    Paths z;
    z.weight = [](double m) { return m < 4 ? -0.3 : -0.3 - 0.082 * (m - 4) + 0.08 * std::sin(m); };
    z.length = [](double m) { return -0.6 - 0.075 * m + 0.05 * std::cos(m / 2); };
    z.head = [](double m) { return -0.4 - 0.03 * m; };
    z.arm = [](double m) { return -0.2 - 0.06 * m; };
    c.visits = visitsFor(c.info, 31, z);
    c.visits[17].weight = growth::Grams{2900}; // 9.2 kg typed as 2.9
    return c;
}

SyntheticChild healthyBoy()
{
    SyntheticChild c;
    c.info = {QStringLiteral("Bagus Pratama"), Sex::Male, QDate(2021, 8, 2), QStringLiteral("Melati 3")};
    Paths z;
    z.weight = [](double m) { return 0.25 + 0.2 * std::sin(m / 5); };
    z.length = [](double m) { return 0.1 + 0.15 * std::cos(m / 7); };
    z.head = [](double m) { return 0.3 + 0.1 * std::sin(m / 9); };
    z.arm = [](double m) { return 0.2 + 0.1 * std::cos(m / 6); };
    c.visits = visitsFor(c.info, 41, z);
    return c;
}

SyntheticChild boyWithVisits(int visits)
{
    SyntheticChild c = healthyBoy();
    Paths z;
    z.weight = [](double m) { return 0.1 * std::sin(m); };
    z.length = [](double m) { return 0.1 * std::cos(m); };
    z.head = [](double) { return 0.0; };
    z.arm = [](double) { return 0.0; };
    c.visits = visitsFor(c.info, visits, z);
    return c;
}

} // namespace tumbuh::testing
