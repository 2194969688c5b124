#pragma once
// The input and output columns of WHO's anthroplus_zscores (WHO 2007,
// 5-19 years), so that a survey team's file for the R package works
// unchanged.
#include "cli/columnmap.h"
#include "growth/anthroplus.h"
#include "csv/csvwriter.h"

#include <array>
#include <span>
#include <string>
#include <string_view>

namespace tumbuh::cli {

class AnthroPlusColumns {
public:
    // anthroplus_zscores()'s output columns, in its order.
    static constexpr std::array<std::string_view, 7> kOutputNames{"cbmi", "zhfa", "fhfa", "zwfa",
                                                                  "fwfa", "zbfa", "fbfa"};

    explicit AnthroPlusColumns(std::span<const std::string_view> header);

    // Sex and age are needed for every 2007 indicator, and at least one of
    // height and weight. Empty when usable, else the one-line reason.
    std::string unusableReason() const;

    // Reads one record; false if a value could not be read (each problem is
    // reported). anthroplus stops on a negative age, height or weight (§9),
    // so those are rejected too.
    bool read(std::span<const std::string_view> fields, std::size_t line, RowReporter& reporter,
              growth::AnthroPlusInput& in) const;

    static void write(const growth::AnthroPlusInput& in, const growth::AnthroPlusResult& r, csv::CsvWriter& w);
    static void writeBlank(csv::CsvWriter& w);

    const ColumnMap& map() const { return map_; }

private:
    ColumnMap map_;
    int sex_, age_, height_, weight_, oedema_;
};

} // namespace tumbuh::cli
