// tumbuh-cli zscore INPUT.csv -o OUTPUT.csv [--age-unit days|months] [--reference who2006|who2007]
//
// WHO z-scores for a CSV file, with the column names and formatting of WHO's
// R packages (anthro_zscores, anthroplus_zscores) so that a survey team can
// switch without renaming a column.
#include "cli/anthrocolumns.h"
#include "cli/anthropluscolumns.h"
#include "cli/command.h"
#include "cli/zscorepipeline.h"
#include "growth/anthroplus.h"
#include "records/outputfile.h"
#include "records/outputguard.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace tumbuh::cli {
namespace {

enum class Reference { Who2006,
                       Who2007 };

struct ZscoreOptions {
    std::string input;
    std::string output; // "-" for standard output
    bool ageInMonths = false;
    bool ageUnitGiven = false;
    Reference reference = Reference::Who2006;
    unsigned threads = 0; // 0: as many as useful on this machine
};

// After the usage line, which comes from the command table.
constexpr const char* kDetails = "  Kolom masukan / input columns (WHO anthro):     sex, age, weight, lenhei, measure, headc, armc, triskin, "
                                 "subskin, oedema\n"
                                 "  Kolom masukan / input columns (--reference who2007): sex, age_in_months, height_in_cm, weight_in_kg, oedema\n"
                                 "  Kolom lain disalin apa adanya / other columns are copied as they are.\n"
                                 "  Nilai yang tidak terbaca atau baris dengan jumlah kolom yang salah dilaporkan (baris, kolom); barisnya\n"
                                 "  tetap ditulis dengan kolom hasil kosong / unreadable values and rows with the wrong number of fields are\n"
                                 "  reported (line, column); their row is still written, with blank results.\n"
                                 "  --age-unit  satuan kolom age: days (hari, bawaan) atau months (bulan) / unit of the age column: days "
                                 "(default) or months\n"
                                 "  -o -        tulis ke layar / write to standard output\n"
                                 "  --threads N jumlah utas (bawaan: sesuai mesin, maks. 4) / number of threads (default: per machine, max 4)\n"
                                 "  Status keluar / exit status: 0 semua baris dihitung / all rows computed, 1 ada baris ditolak / some rows "
                                 "rejected, 2 gagal / failed\n";

void fail(const std::string& message)
{
    std::fprintf(stderr, "tumbuh-cli zscore: %s\n", message.c_str());
}

// Splits "--name=value" or takes the next argument as the value.
std::optional<std::string_view> optionValue(Args args, std::size_t& i, std::string_view name)
{
    const std::string_view a = args[i];
    if (a.size() > name.size() && a.substr(0, name.size()) == name && a[name.size()] == '=')
        return a.substr(name.size() + 1);
    if (a == name) {
        if (i + 1 >= args.size())
            return std::string_view{}; // reported as a missing value
        return args[++i];
    }
    return std::nullopt;
}

// Returns the options, or nullopt after printing a one-line error.
std::optional<ZscoreOptions> parseArgs(Args args, bool& helpOnly)
{
    ZscoreOptions o;
    bool haveOutput = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view a = args[i];
        if (a == "--help" || a == "-h") {
            helpOnly = true;
            return std::nullopt;
        }
        if (auto v = optionValue(args, i, "-o"); v || (v = optionValue(args, i, "--output"))) {
            if (v->empty()) {
                fail("-o perlu nama berkas keluaran / -o needs an output file name");
                return std::nullopt;
            }
            o.output = std::string(*v);
            haveOutput = true;
        } else if (auto u = optionValue(args, i, "--age-unit")) {
            if (*u == "days") {
                o.ageInMonths = false;
            } else if (*u == "months") {
                o.ageInMonths = true;
            } else {
                fail("--age-unit harus days atau months, bukan '" + std::string(*u)
                     + "' / --age-unit must be days or months, not '" + std::string(*u) + "'");
                return std::nullopt;
            }
            o.ageUnitGiven = true;
        } else if (auto r = optionValue(args, i, "--reference")) {
            if (*r == "who2006") {
                o.reference = Reference::Who2006;
            } else if (*r == "who2007") {
                o.reference = Reference::Who2007;
            } else {
                fail("--reference harus who2006 atau who2007, bukan '" + std::string(*r)
                     + "' / --reference must be who2006 or who2007, not '" + std::string(*r) + "'");
                return std::nullopt;
            }
        } else if (auto t = optionValue(args, i, "--threads")) {
            if (*t != "1" && *t != "2" && *t != "3" && *t != "4") {
                fail("--threads harus 1 sampai 4 / --threads must be 1 to 4");
                return std::nullopt;
            }
            o.threads = static_cast<unsigned>((*t)[0] - '0');
        } else if (a.size() > 1 && a[0] == '-') {
            fail("pilihan '" + std::string(a) + "' tidak dikenal / unknown option '" + std::string(a)
                 + "' (tumbuh-cli zscore --help)");
            return std::nullopt;
        } else if (o.input.empty()) {
            o.input = std::string(a);
        } else {
            fail("hanya satu berkas masukan / only one input file (tumbuh-cli zscore --help)");
            return std::nullopt;
        }
    }
    if (o.input.empty() || !haveOutput) {
        fail("perlu berkas masukan dan -o berkas keluaran / needs an input file and -o output file "
             "(tumbuh-cli zscore --help)");
        return std::nullopt;
    }
    if (o.reference == Reference::Who2007 && o.ageUnitGiven && !o.ageInMonths) {
        fail("who2007 memakai umur dalam bulan (age_in_months) / who2007 takes the age in months (age_in_months)");
        return std::nullopt;
    }
    return o;
}

template <class Columns, class Input, class Compute>
int run(csv::CsvReader& reader, const ZscoreOptions& o, const Columns& columns, Compute compute)
{
    if (std::string why = columns.unusableReason(); !why.empty()) {
        fail(why);
        return kExitFailure;
    }
    // The output goes to a temporary file beside it, renamed over it only
    // when the run succeeds: a failed run leaves the previous output as it was.
    std::optional<records::OutputFile> outputFile;
    if (o.output != "-") {
        records::OutputGuard guard;
        guard.protectInput(QString::fromStdU16String(std::filesystem::path(o.input).u16string()));
        guard.protectEveryDatabase();
        switch (guard.check(std::filesystem::path(o.output))) {
        case records::OutputGuard::Clash::None:
            break;
        case records::OutputGuard::Clash::SomeDatabase:
            fail("berkas keluaran adalah basis data: pilih nama lain, tidak ada yang ditulis / "
                 "the output file is a database: choose another file name. Nothing was written.");
            return kExitFailure;
        case records::OutputGuard::Clash::Database:
        case records::OutputGuard::Clash::Input:
        case records::OutputGuard::Clash::OtherOutput:
            fail("berkas keluaran sama dengan berkas masukan: pilih nama lain, tidak ada yang ditulis / "
                 "the output file is the input file: choose another file name. Nothing was written.");
            return kExitFailure;
        }
        outputFile.emplace(QString::fromStdU16String(std::filesystem::path(o.output).u16string()));
        if (auto created = outputFile->create(); !created) {
            fail("berkas keluaran tidak dapat ditulis / the output file cannot be written: "
                 + created.error().message.toStdString());
            return kExitFailure;
        }
    }
    csv::CsvWriter::Options wo;
    // The output keeps the input's separator, so it opens in the same
    // spreadsheet the same way; numbers use WHO's decimal point.
    wo.separator = reader.separator();
    std::optional<csv::CsvWriter> fileWriter;
    std::optional<csv::CsvWriter> stdoutWriter;
    if (outputFile)
        fileWriter.emplace(std::filesystem::path(outputFile->temporaryPath().toStdU16String()), wo);
    else
        stdoutWriter.emplace(stdout, wo);
    csv::CsvWriter& writer = fileWriter ? *fileWriter : *stdoutWriter;
    if (writer.failed()) {
        fail(writer.errorMessage());
        return kExitFailure;
    }

    for (std::size_t i = 0; i < columns.map().size(); ++i)
        writer.field(columns.map().nameAt(static_cast<int>(i)));
    for (std::string_view name : Columns::kOutputNames)
        writer.plainField(name);
    writer.endRecord();

    RowReporter reporter(stderr);
    unsigned threads = o.threads;
    if (threads == 0)
        threads = std::clamp(std::thread::hardware_concurrency(), 1U, 4U);
    // Only for the output file, which commit() will fsync.
    EarlyWriteBack writeBack(fileWriter ? fileWriter->stream() : nullptr);
    const std::size_t rows = threads == 1
                               ? streamRows<Columns, Input>(reader, writer, columns, reporter, compute)
                               : pipelineRows<Columns, Input>(reader, writer, columns, reporter, compute, threads,
                                                              writeBack);
    writeBack.finish();
    const bool written = writer.close();
    if (reader.error() != csv::ReadError::None) {
        fail(reader.errorMessage());
        return kExitFailure;
    }
    if (!written) {
        fail(writer.errorMessage());
        return kExitFailure;
    }
    if (outputFile) {
        if (auto committed = outputFile->commit(); !committed) {
            fail("berkas keluaran tidak dapat ditulis / the output file cannot be written: "
                 + committed.error().message.toStdString());
            return kExitFailure;
        }
    }
    reporter.finish(rows);
    return reporter.rejectedRows() > 0 ? kExitRejected : kExitOk;
}

} // namespace

int runZscore(Args args)
{
    bool helpOnly = false;
    const std::optional<ZscoreOptions> o = parseArgs(args, helpOnly);
    if (helpOnly) {
        printUsageLine("zscore");
        std::fputs(kDetails, stdout);
        return kExitOk;
    }
    if (!o)
        return kExitFailure;

    csv::CsvReader reader{std::filesystem::path(o->input)};
    if (!reader.next()) {
        if (reader.error() != csv::ReadError::None)
            fail(reader.errorMessage());
        else
            fail("berkas '" + o->input + "' kosong / file '" + o->input + "' is empty");
        return kExitFailure;
    }
    // The header's views die at the next record: the column maps copy it.
    const std::vector<std::string_view> header(reader.fields().begin(), reader.fields().end());

    if (o->reference == Reference::Who2007) {
        const AnthroPlusColumns columns(header);
        return run<AnthroPlusColumns, growth::AnthroPlusInput>(reader, *o, columns, &growth::computeAnthroPlus);
    }
    const AnthroColumns columns(header, o->ageInMonths);
    return run<AnthroColumns, growth::AnthroInput>(reader, *o, columns, &growth::computeAnthro);
}

} // namespace tumbuh::cli
