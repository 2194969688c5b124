#pragma once
// The input and output columns of WHO's anthro_zscores (WHO 2006, 0-5 years),
// so that a survey team's file for the R package works unchanged.
#include "cli/columnmap.h"
#include "growth/anthro.h"
#include "csv/csvwriter.h"

#include <array>
#include <span>
#include <string>
#include <string_view>

namespace tumbuh::cli {

class AnthroColumns {
public:
    // anthro_zscores()'s output columns, in its order.
    static constexpr std::array<std::string_view, 21> kOutputNames{
        "clenhei", "cmeasure", "c9mo_flag", "cbmi", "csex", "zlen", "flen", "zwei", "fwei", "zwfl", "fwfl",
        "zbmi", "fbmi", "zhc", "fhc", "zac", "fac", "zts", "fts", "zss", "fss"};

    AnthroColumns(std::span<const std::string_view> header, bool ageInMonths);

    // Without sex nothing can be computed, and without any measurement there
    // is nothing to compute: then the file is not an anthro input. Returns
    // an empty string when usable, else the one-line reason.
    std::string unusableReason() const;

    // Reads one record. Returns false if a value could not be read (each
    // problem is reported with its line and column).
    bool read(std::span<const std::string_view> fields, std::size_t line, RowReporter& reporter,
              growth::AnthroInput& in) const;

    // Writes the output columns for a computed row, formatted as WHO's files.
    static void write(const growth::AnthroInput& in, const growth::AnthroResult& r, csv::CsvWriter& w);
    static void writeBlank(csv::CsvWriter& w);

    const ColumnMap& map() const { return map_; }

private:
    ColumnMap map_;
    bool ageInMonths_;
    int sex_, age_, weight_, lenhei_, measure_, headc_, armc_, triskin_, subskin_, oedema_;
};

} // namespace tumbuh::cli
