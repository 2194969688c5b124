#include "ui/common/growthinput.h"

namespace tumbuh::ui {

std::chrono::year_month_day toYmd(const QDate& date)
{
    // An invalid QDate becomes an invalid year_month_day (month 0), which the
    // engine reports instead of computing with it.
    if (!date.isValid())
        return std::chrono::year{0} / std::chrono::month{0} / std::chrono::day{0};
    return std::chrono::year{date.year()} / std::chrono::month{static_cast<unsigned>(date.month())}
         / std::chrono::day{static_cast<unsigned>(date.day())};
}

growth::ChildFacts toFacts(const store::Child& child)
{
    return growth::ChildFacts{child.sex, toYmd(child.birthDate)};
}

growth::Visit toVisit(const store::Measurement& m)
{
    growth::Visit v;
    v.date = toYmd(m.date);
    v.weight = m.weight;
    v.lengthHeight = m.length;
    v.measure = m.position;
    v.headCircumference = m.headCircumference;
    v.armCircumference = m.armCircumference;
    v.oedema = m.oedema;
    return v;
}

std::vector<growth::Visit> toVisits(std::span<const store::Measurement> history)
{
    std::vector<growth::Visit> out;
    out.reserve(history.size());
    for (const auto& m : history)
        out.push_back(toVisit(m));
    return out;
}

report::ChildInfo toChartChild(const store::Child& child, const QString& posyanduName)
{
    return report::ChildInfo{child.name, child.sex, child.birthDate, posyanduName};
}

} // namespace tumbuh::ui
