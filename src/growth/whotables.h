#pragma once
// Read-only access to the WHO tables compiled into the program
// (generated at build time from who_tables/, see tablegen/whotablegen.cpp).
#include "growth/types.h"

#include <span>
#include <string_view>

namespace tumbuh::growth {

struct Lms {
    double l;
    double m;
    double s;
};

enum class Table : std::uint8_t {
    // WHO Child Growth Standards 2006, keyed by age in days
    WeightForAge,
    LengthForAge, // rows 0-730 length, 731-1826 height
    BmiForAge,    // rows 0-730 length-based, 731-1826 height-based
    HeadCircumferenceForAge,
    ArmCircumferenceForAge,    // from day 91
    TricepsSkinfoldForAge,     // from day 91
    SubscapularSkinfoldForAge, // from day 91
    // WHO Child Growth Standards 2006, keyed by tenths of a cm
    WeightForLength, // 45.0-110.0 cm
    WeightForHeight, // 65.0-120.0 cm
    // WHO Growth Reference 2007, keyed by age in whole months
    HeightForAge2007, // 60-229
    WeightForAge2007, // 60-121
    BmiForAge2007,    // 60-229
};
inline constexpr int kTableCount = 12;

enum class TableKey : std::uint8_t { AgeDays,
                                     TenthsOfCm,
                                     AgeMonths };

struct TableInfo {
    Table table;
    TableKey key;
    std::string_view file; // the file in who_tables/ it came from
    int firstKey;          // key of the first row
    int lastKey;           // key of the last row (inclusive)
};

const TableInfo& tableInfo(Table t);

// The row for an integer key (day, tenth of a cm or month), or nullptr when
// the table has no such row.
const Lms* tableRow(Table t, Sex sex, int key);

// WHO 2009 growth velocity (increment) tables.
enum class Increment : std::uint8_t {
    Weight1Month,            // grams; intervals 0-4 wk, 4 wk-2 mo, then 2-3 ... 11-12 mo
    Weight2Month,            // grams; 0-2 ... 22-24 mo
    Length2Month,            // cm; 0-2 ... 22-24 mo
    HeadCircumference2Month, // cm; 0-2 ... 10-12 mo
};

struct VelocityRow {
    const char* interval; // WHO's label, UTF-8
    double l;
    double m;
    double s;
    double delta; // Box-Cox shift (grams) for weight, 0 otherwise
};

std::span<const VelocityRow> velocityTable(Increment inc, Sex sex);

} // namespace tumbuh::growth
