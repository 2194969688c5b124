#include "growth/whotables.h"

#include "growth/whotables_data.h"

#include <array>

namespace tumbuh::growth {
namespace {

struct Entry {
    TableInfo info;
    const data::TableData* data;
};

const std::array<Entry, kTableCount>& entries()
{
    using data::TableData;
    auto make = [](Table t, TableKey k, std::string_view file, const TableData& d) {
        return Entry{{t, k, file, d.firstKey, d.firstKey + d.count - 1}, &d};
    };
    static const std::array<Entry, kTableCount> all = {
        make(Table::WeightForAge, TableKey::AgeDays, "child-growth-standards-2006/weianthro.txt", data::kWei),
        make(Table::LengthForAge, TableKey::AgeDays, "child-growth-standards-2006/lenanthro.txt", data::kLen),
        make(Table::BmiForAge, TableKey::AgeDays, "child-growth-standards-2006/bmianthro.txt", data::kBmi),
        make(Table::HeadCircumferenceForAge, TableKey::AgeDays, "child-growth-standards-2006/hcanthro.txt", data::kHc),
        make(Table::ArmCircumferenceForAge, TableKey::AgeDays, "child-growth-standards-2006/acanthro.txt", data::kAc),
        make(Table::TricepsSkinfoldForAge, TableKey::AgeDays, "child-growth-standards-2006/tsanthro.txt", data::kTs),
        make(Table::SubscapularSkinfoldForAge, TableKey::AgeDays, "child-growth-standards-2006/ssanthro.txt", data::kSs),
        make(Table::WeightForLength, TableKey::TenthsOfCm, "child-growth-standards-2006/wflanthro.txt", data::kWfl),
        make(Table::WeightForHeight, TableKey::TenthsOfCm, "child-growth-standards-2006/wfhanthro.txt", data::kWfh),
        make(Table::HeightForAge2007, TableKey::AgeMonths, "growth-reference-2007/hfawho2007.txt", data::kHfa2007),
        make(Table::WeightForAge2007, TableKey::AgeMonths, "growth-reference-2007/wfawho2007.txt", data::kWfa2007),
        make(Table::BmiForAge2007, TableKey::AgeMonths, "growth-reference-2007/bfawho2007.txt", data::kBfa2007),
    };
    return all;
}

} // namespace

const TableInfo& tableInfo(Table t)
{
    return entries()[static_cast<std::size_t>(t)].info;
}

const Lms* tableRow(Table t, Sex sex, int key)
{
    const data::TableData& d = *entries()[static_cast<std::size_t>(t)].data;
    const int i = key - d.firstKey;
    if (i < 0 || i >= d.count)
        return nullptr;
    return &d.rows[sex == Sex::Male ? 0 : 1][i];
}

std::span<const VelocityRow> velocityTable(Increment inc, Sex sex)
{
    const bool boy = sex == Sex::Male;
    const data::VelocityData* d = nullptr;
    switch (inc) {
    case Increment::Weight1Month: d = boy ? &data::kWeightInc1moBoys : &data::kWeightInc1moGirls; break;
    case Increment::Weight2Month: d = boy ? &data::kWeightInc2moBoys : &data::kWeightInc2moGirls; break;
    case Increment::Length2Month: d = boy ? &data::kLengthInc2moBoys : &data::kLengthInc2moGirls; break;
    case Increment::HeadCircumference2Month: d = boy ? &data::kHeadcInc2moBoys : &data::kHeadcInc2moGirls; break;
    }
    return {d->rows, static_cast<std::size_t>(d->count)};
}

} // namespace tumbuh::growth
