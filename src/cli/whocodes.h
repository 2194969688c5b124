#pragma once
// The codes WHO's anthro_zscores accepts in its text columns, normalised the
// way its R code does (who-zscore-method.md §1).
#include "growth/types.h"

#include <optional>
#include <string_view>

namespace tumbuh::cli {

enum class SexCode { Missing,
                     Male,
                     Female,
                     Invalid };

// standardize_sex_var(): trimmed, case-insensitive "1"/"m" male, "2"/"f"
// female; blank or R's "NA" missing; anything else invalid (WHO stops with
// an error; we reject the row).
SexCode parseSex(std::string_view text);

// cmeasure = tolower(trimws(measure)): "l" lying, "h" standing, anything
// else unknown.
growth::Measure parseMeasure(std::string_view text);

// standardize_oedema_var(): "y" or "1" (trimmed, any case) is oedema,
// everything else (including blank) is not.
bool parseOedema(std::string_view text);

// Blank or R's "NA" (trimmed): a value that was not measured.
bool isMissing(std::string_view text);

} // namespace tumbuh::cli
