#include "cli/rowreporter.h"

#include <string>

namespace tumbuh::cli {
namespace {

// The value as shown in a message: on one line and not too long.
std::string shown(std::string_view value)
{
    constexpr std::size_t kMax = 40;
    std::string s(value.substr(0, kMax));
    for (char& c : s) {
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
    }
    if (value.size() > kMax)
        s += "...";
    return s;
}

} // namespace

RowReporter::RowReporter(std::FILE* out, std::size_t maxMessages) : out_(out), maxMessages_(maxMessages) {}

bool RowReporter::admit()
{
    return messages_++ < maxMessages_;
}

void RowReporter::report(std::size_t line, std::string_view column, std::string_view value, Problem problem)
{
    if (!admit())
        return;
    const std::string v = shown(value);
    const int cl = static_cast<int>(column.size());
    const char* cd = column.data();
    switch (problem) {
    case Problem::NotANumber:
        std::fprintf(out_, "baris %zu, kolom %.*s: '%s' bukan angka / line %zu, column %.*s: '%s' is not a number\n",
                     line, cl, cd, v.c_str(), line, cl, cd, v.c_str());
        break;
    case Problem::NotASexCode:
        std::fprintf(out_,
                     "baris %zu, kolom %.*s: '%s' bukan kode jenis kelamin (1/m/M laki-laki, 2/f/F perempuan) / "
                     "line %zu, column %.*s: '%s' is not a sex code (1/m/M male, 2/f/F female)\n",
                     line, cl, cd, v.c_str(), line, cl, cd, v.c_str());
        break;
    case Problem::Negative:
        std::fprintf(out_,
                     "baris %zu, kolom %.*s: '%s' tidak boleh negatif / line %zu, column %.*s: '%s' cannot be negative\n",
                     line, cl, cd, v.c_str(), line, cl, cd, v.c_str());
        break;
    case Problem::TooManyFields:
        break; // has its own function
    }
}

void RowReporter::tooManyFields(std::size_t line, std::size_t fields, std::size_t headerFields)
{
    if (!admit())
        return;
    std::fprintf(out_, "baris %zu: %zu kolom, padahal judul hanya %zu kolom / line %zu: %zu fields but the header has %zu\n",
                 line, fields, headerFields, line, fields, headerFields);
}

void RowReporter::finish(std::size_t totalRows)
{
    if (messages_ > maxMessages_) {
        const std::size_t hidden = messages_ - maxMessages_;
        std::fprintf(out_, "... %zu pesan lain tidak ditampilkan / %zu more messages not shown\n", hidden, hidden);
    }
    if (rejectedRows_ > 0) {
        std::fprintf(out_,
                     "%zu dari %zu baris ditolak (ditulis dengan kolom hasil kosong) / "
                     "%zu of %zu rows rejected (written with blank results)\n",
                     rejectedRows_, totalRows, rejectedRows_, totalRows);
    }
}

} // namespace tumbuh::cli
