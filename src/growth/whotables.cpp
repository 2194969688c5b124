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
    // A switch rather than entries(): this is on the hot path of every
    // z-score, and a function-local static would be checked on each call.
    const data::TableData* d = nullptr;
    switch (t) {
    case Table::WeightForAge: d = &data::kWei; break;
    case Table::LengthForAge: d = &data::kLen; break;
    case Table::BmiForAge: d = &data::kBmi; break;
    case Table::HeadCircumferenceForAge: d = &data::kHc; break;
    case Table::ArmCircumferenceForAge: d = &data::kAc; break;
    case Table::TricepsSkinfoldForAge: d = &data::kTs; break;
    case Table::SubscapularSkinfoldForAge: d = &data::kSs; break;
    case Table::WeightForLength: d = &data::kWfl; break;
    case Table::WeightForHeight: d = &data::kWfh; break;
    case Table::HeightForAge2007: d = &data::kHfa2007; break;
    case Table::WeightForAge2007: d = &data::kWfa2007; break;
    case Table::BmiForAge2007: d = &data::kBfa2007; break;
    }
    if (!d)
        return nullptr;
    const int i = key - d->firstKey;
    if (i < 0 || i >= d->count)
        return nullptr;
    return &d->rows[sex == Sex::Male ? 0 : 1][i];
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
