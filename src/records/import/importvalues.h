#pragma once
#include "records/storenames.h"
// Reading one CSV cell the way Indonesian spreadsheets write it: decimal
// comma or point, dates as dd/mm/yyyy, dd-mm-yyyy or ISO yyyy-mm-dd, sex as
// L/P (laki-laki/perempuan), 1/2 or M/F, "cara ukur" as Terlentang/Berdiri,
// l/h or lying/standing. nullopt = the text is not such a value; callers
// check isBlank() first, as a blank cell is "not given", not an error.
#include "store/child.h"

#include "growth/types.h"

#include <QDate>

#include <cstdint>
#include <optional>
#include <string_view>

namespace tumbuh::records {

class ImportValues {
public:
    // Empty, spaces, "-", "NA", "N/A" (any case).
    static bool isBlank(std::string_view text);
    // dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy (day and month may have one digit),
    // yyyy-mm-dd or yyyy/mm/dd, optionally followed by a time ("2024-05-01
    // 00:00:00", as spreadsheets export dates). Two-digit years are refused:
    // 01/02/03 could be any of three dates.
    static std::optional<QDate> date(std::string_view text);
    // A decimal number times `factor`, rounded to a whole number: kilograms
    // to grams (1000), centimetres to millimetres (10).
    static std::optional<std::int32_t> scaled(std::string_view text, int factor);
    static std::optional<growth::Sex> sex(std::string_view text);
    static std::optional<growth::Measure> position(std::string_view text);
    static std::optional<bool> yesNo(std::string_view text);
    static std::optional<ChildStatus> status(std::string_view text);
};

} // namespace tumbuh::records
