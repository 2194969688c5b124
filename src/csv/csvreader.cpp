#include "csv/csvreader.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <system_error>
#include <utility>

namespace tumbuh::csv {

// Where the bytes come from. A virtual call per buffer refill (1 MiB) costs
// nothing measurable and keeps one parser for files and embedded text.
class CsvReader::Source {
public:
    virtual ~Source() = default;
    // Reads up to n bytes into dst; returns 0 at the end. Sets failed on an
    // I/O error.
    virtual std::size_t read(char* dst, std::size_t n, bool& failed) = 0;
};

class CsvReader::FileSource final : public Source {
public:
    explicit FileSource(std::FILE* f) : file_(f) { }
    ~FileSource() override { std::fclose(file_); }
    FileSource(const FileSource&) = delete;
    FileSource& operator=(const FileSource&) = delete;

    std::size_t read(char* dst, std::size_t n, bool& failed) override
    {
        std::size_t got = std::fread(dst, 1, n, file_);
        if (got < n && std::ferror(file_))
            failed = true;
        return got;
    }

private:
    std::FILE* file_;
};

class CsvReader::TextSource final : public Source {
public:
    explicit TextSource(std::string_view text) : text_(text) { }

    std::size_t read(char* dst, std::size_t n, bool&) override
    {
        std::size_t got = std::min(n, text_.size() - offset_);
        std::memcpy(dst, text_.data() + offset_, got);
        offset_ += got;
        return got;
    }

private:
    std::string_view text_;
    std::size_t offset_ = 0;
};

namespace {

// The number of LF bytes in [b, b + n), eight bytes per step (the reader
// hands out blocks of lines with it while the batch tool's threads wait).
std::size_t countLineFeeds(const char* b, std::size_t n)
{
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
    std::size_t count = 0;
    std::size_t i = 0;
    while (n - i >= 8) {
        // Per byte: 1 where the byte is LF, else 0, summed in each byte
        // lane for up to 255 words, then across the lanes.
        std::uint64_t lanes = 0;
        for (int k = 0; k < 255 && n - i >= 8; ++k, i += 8) {
            std::uint64_t w = 0;
            std::memcpy(&w, b + i, 8);
            const std::uint64_t x = w ^ (kOnes * '\n'); // LF bytes become 0
            const std::uint64_t nonzero = ((x & kLow7) + kLow7) | x;
            lanes += (~nonzero >> 7U) & kOnes;
        }
        constexpr std::uint64_t kEvenBytes = 0x00FF00FF00FF00FFULL;
        const std::uint64_t pairs = (lanes & kEvenBytes) + ((lanes >> 8U) & kEvenBytes); // 16-bit lanes
        count += static_cast<std::size_t>((pairs * 0x0001000100010001ULL) >> 48U);
    }
    for (; i < n; ++i)
        count += b[i] == '\n' ? 1U : 0U;
    return count;
}

std::string describeOpenFailure(const std::filesystem::path& file)
{
    const std::string name = file.string();
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        return "berkas '" + name + "' tidak ada / file '" + name + "' does not exist";
    if (std::filesystem::is_directory(file, ec))
        return "'" + name + "' adalah folder, bukan berkas / '" + name + "' is a folder, not a file";
    return "berkas '" + name + "' tidak dapat dibaca / file '" + name + "' cannot be read";
}

} // namespace

CsvReader::CsvReader(const std::filesystem::path& file) : CsvReader(file, Options{}) { }

CsvReader::CsvReader(const std::filesystem::path& file, Options options)
    : options_(options)
{
    separator_ = options.separator;
    std::FILE* f = std::fopen(file.c_str(), "rb");
    // fopen succeeds on a directory on Linux; the first read would then fail.
    std::error_code ec;
    if (f != nullptr && std::filesystem::is_directory(file, ec)) {
        std::fclose(f);
        f = nullptr;
    }
    if (f == nullptr)
        openError_ = describeOpenFailure(file);
    else
        source_ = std::make_unique<FileSource>(f);
}

CsvReader::CsvReader(std::unique_ptr<Source> source, Options options, std::string openError)
    : source_(std::move(source)), options_(options), openError_(std::move(openError))
{
    separator_ = options.separator;
}

CsvReader CsvReader::fromText(std::string_view text)
{
    return fromText(text, Options{});
}

CsvReader CsvReader::fromText(std::string_view text, Options options)
{
    return CsvReader(std::make_unique<TextSource>(text), options, {});
}

CsvReader::CsvReader(CsvReader&&) noexcept = default;
CsvReader& CsvReader::operator=(CsvReader&&) noexcept = default;
CsvReader::~CsvReader() = default;

void CsvReader::fail(ReadError e, std::size_t line)
{
    error_ = e;
    errorLine_ = line;
    fields_.clear();
    plain_ = {};
}

bool CsvReader::refill()
{
    if (eof_)
        return false;
    if (pos_ > 0) {
        std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
        end_ -= pos_;
        pos_ = 0;
    }
    if (end_ == buf_.size())
        buf_.resize(std::max<std::size_t>(buf_.size() * 2, 64));
    bool failed = false;
    std::size_t got = source_->read(buf_.data() + end_, buf_.size() - end_, failed);
    if (failed) {
        fail(ReadError::ReadFailed, nextLine_);
        return false;
    }
    if (got == 0) {
        eof_ = true;
        return false;
    }
    end_ += got;
    return true;
}

void CsvReader::skipBom()
{
    while (end_ - pos_ < 3 && refill()) {
    }
    static constexpr char kBom[] = "\xEF\xBB\xBF";
    if (end_ - pos_ >= 3 && std::memcmp(buf_.data() + pos_, kBom, 3) == 0)
        pos_ += 3;
}

// Counts the candidate separators outside quotes on the first non-empty line
// and takes the most frequent; a tie or none at all means ','.
void CsvReader::detectSeparator()
{
    for (;;) {
        std::size_t comma = 0, semicolon = 0, tab = 0;
        bool inQuotes = false;
        bool lineDone = false;
        bool lineEmpty = true;
        std::size_t p = pos_;
        for (; p < end_; ++p) {
            const char c = buf_[p];
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (c == '\n' || c == '\r')) {
                if (!lineEmpty) {
                    lineDone = true;
                    break;
                }
                continue; // leading empty lines
            } else if (!inQuotes) {
                comma += c == ',';
                semicolon += c == ';';
                tab += c == '\t';
            }
            lineEmpty = false;
        }
        if (lineDone || eof_ || end_ - pos_ >= options_.maxRecordBytes || !refill()) {
            if (semicolon > comma && semicolon >= tab)
                separator_ = ';';
            else if (tab > comma && tab > semicolon)
                separator_ = '\t';
            else
                separator_ = ',';
            return;
        }
    }
}

// Finds the end of the record starting at pos_ and the raw extent of each of
// its fields, without changing the buffer (so that the scan can be redone
// after a refill).
CsvReader::Scan CsvReader::scanRecord(std::size_t& recordEnd, std::size_t& lines)
{
    raw_.clear();
    lines = 0;
    // Locals, so the compiler need not reload members after each store.
    const char* b = buf_.data();
    const std::size_t dataEnd = end_;
    const bool atEof = eof_;
    const char sep = separator_;
    const bool* stop = stop_.data();
    std::size_t p = pos_;
    for (;;) {
        // Scalars, not a RawField on the stack: building the struct piecewise
        // and copying it stalled store forwarding (a tenth of the run time).
        std::size_t begin = p;
        bool quoted = false;
        if (p < dataEnd && b[p] == '"') {
            quoted = true;
            begin = p + 1;
            const std::size_t openLine = nextLine_ + lines;
            std::size_t q = p + 1;
            for (;;) {
                if (q >= dataEnd) {
                    if (!atEof)
                        return Scan::NeedMore;
                    fail(ReadError::UnterminatedQuote, openLine);
                    return Scan::Fail;
                }
                const char c = b[q];
                if (c == '"') {
                    if (q + 1 >= dataEnd && !atEof)
                        return Scan::NeedMore; // cannot yet tell "" from a closing quote
                    if (q + 1 < dataEnd && b[q + 1] == '"') {
                        q += 2;
                        continue;
                    }
                    ++q; // closing quote
                    break;
                }
                if (c == '\n') {
                    ++lines;
                } else if (c == '\r') {
                    if (q + 1 >= dataEnd && !atEof)
                        return Scan::NeedMore;
                    if (q + 1 >= dataEnd || b[q + 1] != '\n')
                        ++lines; // a lone CR ends a line too
                }
                ++q;
            }
            p = q;
        }
        // Unquoted text, or whatever follows a closing quote (kept as is, as
        // spreadsheets do), up to the separator or the end of the line.
        while (p < dataEnd && !stop[static_cast<unsigned char>(b[p])])
            ++p;
        raw_.push_back(RawField{begin, p, quoted});

        if (p >= dataEnd) {
            if (!atEof)
                return Scan::NeedMore;
            recordEnd = p; // last line without a line break
            return Scan::Complete;
        }
        const char c = b[p];
        if (c == sep) {
            ++p;
            continue;
        }
        if (c == '\r') {
            if (p + 1 >= dataEnd && !atEof)
                return Scan::NeedMore;
            p += (p + 1 < dataEnd && b[p + 1] == '\n') ? 2 : 1;
        } else {
            ++p;
        }
        ++lines;
        recordEnd = p;
        return Scan::Complete;
    }
}

// Turns the raw bytes of a quoted field into its value, in place: "" becomes
// ", the closing quote goes, and anything after it is kept. The value is never
// longer than the raw bytes, so writing over them is safe.
std::string_view CsvReader::unescape(const RawField& f)
{
    char* b = buf_.data();
    std::size_t in = f.begin;
    std::size_t out = f.begin;
    bool open = true;
    while (in < f.end) {
        const char c = b[in];
        if (open && c == '"') {
            if (in + 1 < f.end && b[in + 1] == '"') {
                b[out++] = '"';
                in += 2;
                continue;
            }
            open = false;
            ++in;
            continue;
        }
        b[out++] = c;
        ++in;
    }
    return {b + f.begin, out - f.begin};
}

bool CsvReader::next()
{
    fields_.clear();
    plain_ = {};
    if (!source_) {
        if (error_ == ReadError::None)
            fail(ReadError::CannotOpen, 0);
        return false;
    }
    if (error_ != ReadError::None)
        return false;
    if (!started_) {
        started_ = true;
        if (buf_.empty())
            buf_.resize(std::max<std::size_t>(options_.bufferBytes, 64));
        skipBom();
        if (error_ != ReadError::None)
            return false;
        if (separator_ == kDetectSeparator)
            detectSeparator();
        if (error_ != ReadError::None)
            return false;
        stop_[static_cast<unsigned char>(separator_)] = true;
        stop_['\n'] = true;
        stop_['\r'] = true;
    }

    for (;;) {
        if (pos_ >= end_ && !refill())
            return false; // the end, or a read error already recorded
        std::size_t recordEnd = 0;
        std::size_t lines = 0;
        const Scan s = scanRecord(recordEnd, lines);
        if (s == Scan::Fail)
            return false;
        if (s == Scan::NeedMore) {
            if (end_ - pos_ >= options_.maxRecordBytes) {
                fail(ReadError::RecordTooLong, nextLine_);
                return false;
            }
            if (!refill() && error_ != ReadError::None)
                return false;
            continue; // rescan the same record with more data (or at eof)
        }
        line_ = nextLine_;
        nextLine_ += lines;
        pos_ = recordEnd;
        // A completely empty line is not a record.
        if (raw_.size() == 1 && !raw_[0].quoted && raw_[0].begin == raw_[0].end)
            continue;
        fields_.reserve(raw_.size());
        bool anyQuoted = false;
        for (const RawField& f : raw_) {
            if (f.quoted) {
                anyQuoted = true;
                fields_.push_back(unescape(f));
            } else {
                fields_.emplace_back(buf_.data() + f.begin, f.end - f.begin);
            }
        }
        if (!anyQuoted)
            plain_ = {buf_.data() + raw_.front().begin, raw_.back().end - raw_.front().begin};
        return true;
    }
}

bool CsvReader::takePlainLines(std::string& out, std::size_t maxBytes, std::size_t& firstLine)
{
    fields_.clear();
    plain_ = {};
    if (!source_ || !started_ || error_ != ReadError::None)
        return false;
    maxBytes = std::max<std::size_t>(maxBytes, 1);
    // Keep a full block in the buffer while the input lasts (at least
    // maxBytes, if the buffer holds that much).
    while (!eof_ && end_ - pos_ < maxBytes && end_ - pos_ < buf_.size()) {
        const std::size_t before = end_ - pos_;
        if (!refill() || end_ - pos_ == before)
            break;
    }
    if (error_ != ReadError::None || pos_ >= end_)
        return false;
    const char* const b = buf_.data() + pos_;
    const std::size_t available = end_ - pos_;
    // The bytes up to the end of the input, or else up to the last line
    // break within maxBytes.
    std::size_t cut = 0;
    if (eof_ && available <= maxBytes) {
        cut = available;
    } else {
        const std::size_t window = std::min(available, maxBytes);
        const std::size_t lastBreak = std::string_view(b, window).rfind('\n');
        if (lastBreak == std::string_view::npos)
            return false;
        cut = lastBreak + 1;
    }
    // Stop before the line with the first quote: from there on a line
    // break may be inside a quoted field, which next() has to read.
    if (const void* quote = std::memchr(b, '"', cut)) {
        const auto q = static_cast<std::size_t>(static_cast<const char*>(quote) - b);
        const std::size_t lineStart = std::string_view(b, q).rfind('\n');
        if (lineStart == std::string_view::npos)
            return false;
        cut = lineStart + 1;
    }
    // Lines: every LF, and every CR not followed by one (CR LF is one line
    // break, a lone CR one too), as scanRecord counts them.
    std::size_t lines = countLineFeeds(b, cut);
    for (const char* cr = static_cast<const char*>(std::memchr(b, '\r', cut)); cr != nullptr;) {
        const auto at = static_cast<std::size_t>(cr - b);
        if (at + 1 >= cut || cr[1] != '\n')
            ++lines;
        cr = at + 1 < cut ? static_cast<const char*>(std::memchr(cr + 1, '\r', cut - at - 1)) : nullptr;
    }
    firstLine = nextLine_;
    nextLine_ += lines;
    out.append(b, cut);
    pos_ += cut;
    return true;
}

std::string CsvReader::errorMessage() const
{
    const std::string line = std::to_string(errorLine_);
    switch (error_) {
    case ReadError::None:
        return {};
    case ReadError::CannotOpen:
        return openError_.empty() ? std::string("berkas tidak dapat dibuka / file cannot be opened") : openError_;
    case ReadError::ReadFailed:
        return "baris " + line + ": gagal membaca berkas / line " + line + ": error while reading the file";
    case ReadError::UnterminatedQuote:
        return "baris " + line + ": tanda kutip (\") dibuka tetapi tidak ditutup sampai akhir berkas / line " + line
             + ": unterminated quote (\" opened but never closed)";
    case ReadError::RecordTooLong:
        return "baris " + line + ": satu baris data terlalu panjang, mungkin tanda kutip tidak ditutup / line " + line
             + ": record too long, probably an unclosed quote";
    }
    return {};
}

} // namespace tumbuh::csv
