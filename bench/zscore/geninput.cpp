// tumbuh-gen-zscore-input: writes N synthetic children as a CSV with WHO
// anthro's column names, the input of the `tumbuh-cli zscore` benchmark.
//   tumbuh-gen-zscore-input --rows 1000000 --seed 1 -o children-1m.csv
// The same seed gives the same file byte for byte.
#include "syntheticchildren.h"

#include "csv/csvwriter.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

void writeTenths(tumbuh::csv::CsvWriter& w, const std::optional<double>& v)
{
    if (!v) {
        w.emptyField();
        return;
    }
    char* p = w.beginField(32);
    w.commitField(std::to_chars(p, p + 32, *v, std::chars_format::fixed, 1).ptr);
}

} // namespace

int main(int argc, char** argv)
{
    unsigned long long rows = 1000;
    unsigned long long seed = 1;
    std::string output = "-";
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        const bool hasValue = i + 1 < argc;
        if (a == "--rows" && hasValue) {
            rows = std::strtoull(argv[++i], nullptr, 10);
        } else if (a == "--seed" && hasValue) {
            seed = std::strtoull(argv[++i], nullptr, 10);
        } else if (a == "-o" && hasValue) {
            output = argv[++i];
        } else {
            std::fputs("Usage: tumbuh-gen-zscore-input [--rows N] [--seed S] [-o FILE|-]\n", stderr);
            return 2;
        }
    }

    tumbuh::csv::CsvWriter::Options options;
    tumbuh::csv::CsvWriter w = output == "-" ? tumbuh::csv::CsvWriter(stdout, options)
                                             : tumbuh::csv::CsvWriter(std::filesystem::path(output), options);
    if (w.failed()) {
        std::fprintf(stderr, "%s\n", w.errorMessage().c_str());
        return 2;
    }
    for (std::string_view name :
         {"id", "sex", "age", "weight", "lenhei", "measure", "headc", "armc", "triskin", "subskin", "oedema"})
        w.plainField(name);
    w.endRecord();

    tumbuh::bench::SyntheticChildren children(seed);
    char id[32];
    for (unsigned long long n = 1; n <= rows; ++n) {
        const tumbuh::growth::AnthroInput c = children.next();
        std::snprintf(id, sizeof id, "S%08llu", n);
        w.plainField(id);
        w.plainField(*c.sex == tumbuh::growth::Sex::Male ? "1" : "2");
        char* p = w.beginField(32);
        w.commitField(std::to_chars(p, p + 32, static_cast<int>(*c.age)).ptr);
        writeTenths(w, c.weightKg);
        writeTenths(w, c.lenheiCm);
        w.plainField(c.measure == tumbuh::growth::Measure::Lying ? "l" : "h");
        writeTenths(w, c.headCm);
        writeTenths(w, c.armCm);
        writeTenths(w, c.tricepsMm);
        writeTenths(w, c.subscapularMm);
        w.plainField(c.oedema ? "y" : "n");
        w.endRecord();
    }
    if (!w.close()) {
        std::fprintf(stderr, "%s\n", w.errorMessage().c_str());
        return 2;
    }
    return 0;
}
