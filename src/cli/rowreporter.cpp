#include "cli/rowreporter.h"

#include <utility>

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

std::string where(std::size_t line, std::string_view column, const char* lineWord, const char* columnWord)
{
    return std::string(lineWord) + ' ' + std::to_string(line) + ", " + columnWord + ' ' + std::string(column);
}

} // namespace

RowReporter::RowReporter(std::FILE* out, std::size_t maxMessages) : out_(out), maxMessages_(maxMessages) { }

void RowReporter::print(std::string line)
{
    if (messages_++ >= maxMessages_)
        return;
    if (out_ != nullptr) {
        line += '\n';
        std::fputs(line.c_str(), out_);
    } else {
        kept_.push_back(std::move(line));
    }
}

void RowReporter::report(std::size_t line, std::string_view column, std::string_view value, Problem problem)
{
    if (messages_ >= maxMessages_) {
        ++messages_; // only counted: no need to build the text
        return;
    }
    const std::string v = "'" + shown(value) + "'";
    const std::string id = where(line, column, "baris", "kolom");
    const std::string en = where(line, column, "line", "column");
    switch (problem) {
    case Problem::NotANumber:
        print(id + ": " + v + " bukan angka / " + en + ": " + v + " is not a number");
        break;
    case Problem::NotASexCode:
        print(id + ": " + v + " bukan kode jenis kelamin (1/m/M laki-laki, 2/f/F perempuan) / " + en + ": " + v
              + " is not a sex code (1/m/M male, 2/f/F female)");
        break;
    case Problem::Negative:
        print(id + ": " + v + " tidak boleh negatif / " + en + ": " + v + " cannot be negative");
        break;
    case Problem::TooLarge:
        print(id + ": " + v + " terlalu besar untuk sebuah ukuran / " + en + ": " + v
              + " is too large for a measurement");
        break;
    }
}

void RowReporter::tooManyFields(std::size_t line, std::size_t fields, std::size_t headerFields)
{
    const std::string l = std::to_string(line);
    const std::string n = std::to_string(fields);
    const std::string h = std::to_string(headerFields);
    print("baris " + l + ": " + n + " kolom, padahal judul hanya " + h + " kolom / line " + l + ": " + n
          + " fields but the header has " + h);
}

void RowReporter::tooFewFields(std::size_t line, std::string_view firstMissing, std::size_t fields,
                               std::size_t headerFields)
{
    if (messages_ >= maxMessages_) {
        ++messages_;
        return;
    }
    const std::string n = std::to_string(fields);
    const std::string h = std::to_string(headerFields);
    print(where(line, firstMissing, "baris", "kolom") + ": tidak ada, baris ini hanya " + n + " kolom, padahal judul "
          + h + " kolom / " + where(line, firstMissing, "line", "column") + ": missing, the row has " + n
          + " fields but the header has " + h);
}

void RowReporter::moveInto(RowReporter& to)
{
    for (std::string& line : kept_)
        to.print(std::move(line));
    // Problems this reporter only counted still count there.
    to.messages_ += messages_ - kept_.size();
    to.rejectedRows_ += rejectedRows_;
    kept_.clear();
    messages_ = 0;
    rejectedRows_ = 0;
}

void RowReporter::finish(std::size_t totalRows)
{
    if (out_ == nullptr)
        return;
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
