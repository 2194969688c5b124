#pragma once
// Writes z-scores, flags and unrounded values into a CSV row with WHO's
// formatting (who-zscore-method.md §6, §15): blank for a missing value.
#include "cli/zformat.h"
#include "growth/anthro.h"
#include "csv/csvwriter.h"

#include <optional>

namespace tumbuh::cli {

inline void writeZAndFlag(const growth::ZScore& z, csv::CsvWriter& w)
{
    if (!z.ok()) {
        w.emptyField();
        w.emptyField();
        return;
    }
    // The z and its flag in one go: "-0.47,0".
    char* end = formatZ(w.beginField(kMaxNumberChars + 2), z.z);
    end[0] = w.separator();
    end[1] = z.flagged ? '1' : '0';
    w.commitField(end + 2);
}

inline void writeSignificant15(const std::optional<double>& v, csv::CsvWriter& w)
{
    if (v)
        w.commitField(formatSignificant15(w.beginField(kMaxNumberChars), *v));
    else
        w.emptyField();
}

} // namespace tumbuh::cli
