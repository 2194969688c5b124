#include "records/import/xlsxrowbuilder.h"

#include "records/import/xlsxworkbook.h"

#include <QChar>
#include <QDate>

#include <charconv>
#include <cmath>
#include <cstdio>

namespace tumbuh::records {
namespace {

constexpr int kMaxColumns = 16384; // XFD, the last column a sheet can have

// The code point at `at` of valid UTF-8 (the readers pass nothing else),
// and its length in bytes.
char32_t codePoint(std::string_view s, std::size_t at, std::size_t& length)
{
    const auto b = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(s[at + i])); };
    const char32_t c = b(0);
    if (c < 0x80 || at + 1 >= s.size()) {
        length = 1;
        return c;
    }
    if (c < 0xE0) {
        length = 2;
        return ((c & 0x1F) << 6) | (b(1) & 0x3F);
    }
    if (c < 0xF0 && at + 2 < s.size()) {
        length = 3;
        return ((c & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    }
    if (at + 3 < s.size()) {
        length = 4;
        return ((c & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    }
    length = 1;
    return c;
}

// What QChar says of one UTF-16 unit: a code point past U+FFFF is two
// surrogates, neither a space nor a digit.
bool isSpace(char32_t c)
{
    return c < 0x80 ? (c == ' ' || (c >= '\t' && c <= '\r')) : c <= 0xFFFF && QChar::isSpace(c);
}

int digitValue(char32_t c)
{
    if (c >= '0' && c <= '9')
        return static_cast<int>(c - '0');
    return c < 0x80 || c > 0xFFFF ? -1 : QChar::digitValue(c);
}

// Without the spaces QStringView::trimmed() removes at either end.
std::string_view trimmed(std::string_view s)
{
    std::size_t begin = 0;
    while (begin < s.size()) {
        std::size_t n = 1;
        if (!isSpace(codePoint(s, begin, n)))
            break;
        begin += n;
    }
    std::size_t end = s.size();
    while (end > begin) {
        std::size_t start = end - 1; // the first byte of the last code point
        while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
            --start;
        std::size_t n = 1;
        if (!isSpace(codePoint(s, start, n)))
            break;
        end = start;
    }
    return s.substr(begin, end - begin);
}

// "D7" -> 3; -1 when the reference has no column letters.
int columnOf(std::string_view reference)
{
    int column = 0;
    for (const char c : reference) {
        if (c >= 'A' && c <= 'Z')
            column = column * 26 + (c - 'A' + 1);
        else if (c >= 'a' && c <= 'z')
            column = column * 26 + (c - 'a' + 1);
        else
            break;
        if (column > kMaxColumns)
            return -1;
    }
    return column - 1;
}

// The digits of <row r>, as QChar reads them; 0 when it is no number.
qint64 rowOf(std::string_view reference)
{
    qint64 row = 0;
    for (std::size_t at = 0; at < reference.size();) {
        std::size_t n = 1;
        const int d = digitValue(codePoint(reference, at, n));
        if (d < 0)
            return 0;
        row = row * 10 + d;
        if (row > (qint64{1} << 40))
            return 0;
        at += n;
    }
    return row;
}

// As QChar::unicode() < 128 ? it : '?' on each UTF-16 unit.
void appendAscii(std::string& out, std::string_view text)
{
    for (std::size_t at = 0; at < text.size();) {
        std::size_t n = 1;
        const char32_t c = codePoint(text, at, n);
        if (c < 0x80)
            out += static_cast<char>(c);
        else
            out.append(c > 0xFFFF ? 2 : 1, '?');
        at += n;
    }
}

// A day serial as yyyy-mm-dd, or empty when it is no date. The 1900 system
// counts 1900-02-29, a day that never was (Lotus 1-2-3's mistake, kept by
// Excel): serial 60 is no date, and from 61 on the days are one behind.
std::string serialDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 1 || serial > 2958465) // 9999-12-31
        return {};
    const auto days = static_cast<qint64>(std::floor(serial));
    QDate d;
    if (date1904)
        d = QDate(1904, 1, 1).addDays(days);
    else if (days < 60)
        d = QDate(1899, 12, 31).addDays(days);
    else if (days > 60)
        d = QDate(1899, 12, 30).addDays(days);
    // As QDate::toString(Qt::ISODate), which gives nothing past 9999.
    if (!d.isValid() || d.year() > 9999)
        return {};
    char buffer[16];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year(), d.month(), d.day());
    return std::string(buffer, static_cast<std::size_t>(n > 0 ? n : 0));
}

} // namespace

XlsxRowBuilder::XlsxRowBuilder(const XlsxWorkbook& workbook) : workbook_(workbook) { }

XlsxRowBuilder::CellType XlsxRowBuilder::typeOf(std::string_view t)
{
    if (t.empty() || t == "n")
        return CellType::Number;
    if (t == "s")
        return CellType::Shared;
    if (t == "d")
        return CellType::Date;
    return CellType::Text;
}

void XlsxRowBuilder::setDateColumns(const std::vector<int>& columns)
{
    dateColumns_.clear();
    for (const int c : columns) {
        if (c < 0 || c >= kMaxColumns)
            continue;
        if (dateColumns_.size() <= static_cast<std::size_t>(c))
            dateColumns_.resize(static_cast<std::size_t>(c) + 1, false);
        dateColumns_[static_cast<std::size_t>(c)] = true;
    }
}

void XlsxRowBuilder::startRow(std::string_view reference)
{
    if (inRow_) { // a row never ended: what it read is dropped
        raw_.resize(rowRaw_);
        cells_.resize(rowCells_);
    }
    const qint64 numbered = rowOf(reference);
    lineBefore_ = lastLine_;
    lastLine_ = numbered > 0 ? numbered : lastLine_ + 1;
    rowLine_ = lastLine_;
    inRow_ = true;
    rowRaw_ = raw_.size();
    rowCells_ = cells_.size();
    column_ = -1;
}

void XlsxRowBuilder::startCell(std::string_view reference)
{
    const int c = columnOf(reference);
    column_ = c >= 0 ? c : column_ + 1;
}

void XlsxRowBuilder::endCell(CellType type, std::string_view value)
{
    if (!inRow_ || column_ < 0 || column_ >= kMaxColumns)
        return;
    raw_ += value;
    cells_.push_back(Cell{column_, type, raw_.size()});
}

void XlsxRowBuilder::endRow()
{
    if (!inRow_)
        return;
    inRow_ = false;
    rows_.push_back(Row{rowLine_, rowCells_, cells_.size()});
}

void XlsxRowBuilder::abandonRow()
{
    if (!inRow_)
        return;
    inRow_ = false;
    raw_.resize(rowRaw_);
    cells_.resize(rowCells_);
    lastLine_ = lineBefore_;
}

bool XlsxRowBuilder::take()
{
    views_.clear();
    if (taken_ == rows_.size()) {
        compact();
        return false;
    }
    const Row& row = rows_[taken_++];
    line_ = row.line;
    text_.clear();
    ends_.clear();
    std::size_t begin = row.firstCell == 0 ? 0 : cells_[row.firstCell - 1].end;
    for (std::size_t i = row.firstCell; i < row.lastCell; ++i) {
        const Cell& c = cells_[i];
        place(c.column, c.type, std::string_view(raw_).substr(begin, c.end - begin));
        begin = c.end;
    }
    std::size_t start = 0;
    for (const std::size_t end : ends_) {
        views_.emplace_back(text_.data() + start, end - start);
        start = end;
    }
    return true;
}

void XlsxRowBuilder::compact()
{
    // Every row waiting was taken: drop them, keep the row being read.
    const std::size_t raw = inRow_ ? rowRaw_ : raw_.size();
    const std::size_t cells = inRow_ ? rowCells_ : cells_.size();
    raw_.erase(0, raw);
    cells_.erase(cells_.begin(), cells_.begin() + static_cast<std::ptrdiff_t>(cells));
    for (Cell& c : cells_)
        c.end -= raw;
    rowRaw_ = 0;
    rowCells_ = 0;
    rows_.clear();
    taken_ = 0;
}

void XlsxRowBuilder::place(int column, CellType type, std::string_view raw)
{
    // Cells left out before this one are empty; a cell named twice (or out
    // of order) is kept in reading order.
    while (ends_.size() < static_cast<std::size_t>(column))
        ends_.push_back(text_.size());
    const std::string_view value = trimmed(raw);
    switch (type) {
    case CellType::Shared: {
        std::size_t index = 0;
        bool ok = !value.empty();
        for (std::size_t at = 0; at < value.size() && ok;) {
            std::size_t n = 1;
            const int d = digitValue(codePoint(value, at, n));
            ok = d >= 0;
            index = index * 10 + static_cast<std::size_t>(d);
            at += n;
        }
        if (ok)
            text_ += workbook_.sharedString(index);
        break;
    }
    case CellType::Number: {
        // ASCII digits, sign, point, exponent.
        bool ascii = value.size() <= 64;
        for (std::size_t i = 0; i < value.size() && ascii; ++i)
            ascii = static_cast<unsigned char>(value[i]) < 128;
        double v = 0;
        const char* first = value.data();
        const char* last = first + value.size();
        const auto [end, ec] = ascii ? std::from_chars(first, last, v) : std::from_chars_result{first, std::errc::invalid_argument};
        const bool parsed = ascii && !value.empty() && ec == std::errc() && end == last;
        const bool isDate = static_cast<std::size_t>(column) < dateColumns_.size() && dateColumns_[static_cast<std::size_t>(column)];
        const std::string date = parsed && isDate ? serialDate(v, workbook_.date1904()) : std::string();
        if (!date.empty()) {
            text_ += date;
        } else if (parsed && value.find_first_of("eE") != std::string_view::npos) {
            // 6.479014503230001E+15 (a NIK typed as a number) written out.
            char buffer[64];
            const int n = std::abs(v) < 1e17 && std::floor(v) == v ? std::snprintf(buffer, sizeof buffer, "%.0f", v)
                                                                   : std::snprintf(buffer, sizeof buffer, "%.15g", v);
            text_.append(buffer, static_cast<std::size_t>(n > 0 ? n : 0));
        } else if (parsed) {
            text_ += value;
        } else {
            text_ += raw;
        }
        break;
    }
    case CellType::Date: {
        // An ISO 8601 date, maybe with a time.
        appendAscii(text_, value.substr(0, value.find('T')));
        break;
    }
    case CellType::Text:
        // inlineStr, str (a formula's text), b (1/0), e (#N/A...).
        text_ += raw;
        break;
    }
    ends_.push_back(text_.size());
}

} // namespace tumbuh::records
