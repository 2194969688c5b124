#include "records/import/xlsxsheetscanner.h"

#include "records/import/xlsxrowbuilder.h"

#include <array>
#include <cstring>

namespace tumbuh::records {
namespace {

using Got = int; // kDone, kMore (bytes needed), kUnknown (shape)
constexpr Got kDone = 0;
constexpr Got kMore = 1;
constexpr Got kUnknown = 2;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

constexpr auto kNameChars = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[static_cast<std::size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ':' || c == '-' || c == '.';
    return t;
}();

bool isNameChar(char c)
{
    return kNameChars[static_cast<unsigned char>(c)];
}

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}

void skipSpace(const char*& p, const char* end)
{
    while (p < end && isSpace(*p))
        ++p;
}

// Valid UTF-8 of characters XML allows (no surrogates, no U+FFFE/U+FFFF,
// nothing past U+10FFFF, no overlong forms).
bool validUtf8(std::string_view s)
{
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
        const unsigned c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        std::size_t n = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (static_cast<std::size_t>(end - p) <= n)
            return false;
        for (std::size_t i = 1; i <= n; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE
            || cp == 0xFFFF)
            return false;
        p += n + 1;
    }
    return true;
}

// An element's name at p (after '<' or "</"), ending at a space, '/' or '>'.
Got name(const char*& p, const char* end, std::string_view& out)
{
    const char* start = p;
    if (p < end && !isNameStart(*p))
        return kUnknown;
    while (p < end && isNameChar(*p))
        ++p;
    if (p == end)
        return kMore;
    if (!isSpace(*p) && *p != '/' && *p != '>')
        return kUnknown;
    out = std::string_view(start, static_cast<std::size_t>(p - start));
    return kDone;
}

// A start tag's attributes up to and with its '>' or "/>": the values of
// r and t. Whitespace before each name; unique names; values without
// '<', '&', whitespace other than ' ', or non-ASCII bytes.
Got attributes(const char*& p, const char* end, std::string_view& r, std::string_view& t, bool& empty)
{
    constexpr std::size_t kMost = 16;
    std::string_view seen[kMost]; // NOLINT: a few names, compared by hand
    std::size_t count = 0;
    r = {};
    t = {};
    for (;;) {
        const char* before = p;
        skipSpace(p, end);
        if (p == end)
            return kMore;
        if (*p == '>') {
            ++p;
            empty = false;
            return kDone;
        }
        if (*p == '/') {
            if (p + 1 == end)
                return kMore;
            if (p[1] != '>')
                return kUnknown;
            p += 2;
            empty = true;
            return kDone;
        }
        if (p == before || !isNameStart(*p))
            return kUnknown;
        const char* start = p;
        while (p < end && isNameChar(*p))
            ++p;
        const std::string_view n(start, static_cast<std::size_t>(p - start));
        skipSpace(p, end);
        if (p == end)
            return kMore;
        if (*p != '=')
            return kUnknown;
        ++p;
        skipSpace(p, end);
        if (p == end)
            return kMore;
        const char quote = *p;
        if (quote != '"' && quote != '\'')
            return kUnknown;
        const char* value = ++p;
        const auto* q = static_cast<const char*>(std::memchr(p, quote, static_cast<std::size_t>(end - p)));
        if (q == nullptr)
            return kMore;
        for (; p < q; ++p) {
            const auto c = static_cast<unsigned char>(*p);
            if (c < 0x20 || c >= 0x80 || c == '<' || c == '&')
                return kUnknown;
        }
        const std::string_view v(value, static_cast<std::size_t>(p - value));
        ++p;
        if (count == kMost)
            return kUnknown;
        for (std::size_t i = 0; i < count; ++i) {
            if (seen[i].size() == n.size() && seen[i].front() == n.front() && seen[i] == n)
                return kUnknown;
        }
        seen[count++] = n;
        if (n == "r")
            r = v;
        else if (n == "t")
            t = v;
    }
}

// Text up to the next '<': UTF-8 without '&', '>', a carriage return or a
// control character.
Got text(const char*& p, const char* end, std::string_view& out)
{
    const char* start = p;
    bool ascii = true;
    while (p < end && *p != '<') {
        const auto c = static_cast<unsigned char>(*p);
        if (c < 0x20) {
            if (c != '\t' && c != '\n')
                return kUnknown;
        } else if (c == '&' || c == '>') {
            return kUnknown;
        } else if (c >= 0x80) {
            ascii = false;
        }
        ++p;
    }
    if (p == end)
        return kMore;
    out = std::string_view(start, static_cast<std::size_t>(p - start));
    return ascii || validUtf8(out) ? kDone : kUnknown;
}

// "</name" and '>', maybe after spaces.
Got endTag(const char*& p, const char* end, std::string_view expected)
{
    if (end - p < 2)
        return kMore;
    if (p[0] != '<' || p[1] != '/')
        return kUnknown;
    p += 2;
    std::string_view n;
    if (const Got s = name(p, end, n); s != kDone)
        return s;
    if (n != expected)
        return kUnknown;
    skipSpace(p, end);
    if (p == end)
        return kMore;
    if (*p != '>')
        return kUnknown;
    ++p;
    return kDone;
}

// An element with text only and any attributes (<v>, <f>, <t>), p after
// its name; `empty` when it was <v/>.
Got textElement(const char*& p, const char* end, std::string_view tag, std::string_view& content, bool& empty)
{
    std::string_view r;
    std::string_view t;
    if (const Got s = attributes(p, end, r, t, empty); s != kDone)
        return s;
    content = {};
    if (empty)
        return kDone;
    if (const Got s = text(p, end, content); s != kDone)
        return s;
    return endTag(p, end, tag);
}

// One <c>, p after its name.
Got cell(const char*& p, const char* end, XlsxRowBuilder& rows)
{
    std::string_view r;
    std::string_view t;
    bool empty = false;
    if (const Got s = attributes(p, end, r, t, empty); s != kDone)
        return s;
    rows.startCell(r);
    const XlsxRowBuilder::CellType type = XlsxRowBuilder::typeOf(t);
    std::string_view value;
    bool valued = false;
    while (!empty) {
        skipSpace(p, end);
        if (end - p < 2)
            return kMore;
        if (*p != '<')
            return kUnknown;
        if (p[1] == '/') {
            if (const Got s = endTag(p, end, "c"); s != kDone)
                return s;
            break;
        }
        ++p;
        std::string_view n;
        if (const Got s = name(p, end, n); s != kDone)
            return s;
        std::string_view content;
        bool none = false;
        if (n == "v") {
            if (const Got s = textElement(p, end, n, content, none); s != kDone)
                return s;
            if (none)
                continue;
        } else if (n == "f") {
            if (const Got s = textElement(p, end, n, content, none); s != kDone)
                return s;
            continue; // a formula: its cached value is in <v>
        } else if (n == "is") {
            // <is><t>..</t></is>: one run of an inline string.
            std::string_view ignored;
            if (const Got s = attributes(p, end, ignored, ignored, none); s != kDone)
                return s;
            if (none)
                return kUnknown;
            skipSpace(p, end);
            if (end - p < 3)
                return kMore;
            if (p[0] != '<' || p[1] != 't' || !(isSpace(p[2]) || p[2] == '>' || p[2] == '/'))
                return kUnknown;
            p += 2;
            if (const Got s = textElement(p, end, "t", content, none); s != kDone)
                return s;
            if (none)
                return kUnknown;
            skipSpace(p, end);
            if (const Got s = endTag(p, end, "is"); s != kDone)
                return s;
        } else {
            return kUnknown;
        }
        if (valued)
            return kUnknown; // a second value: joined, as libxml2 reads it
        valued = true;
        value = content;
    }
    rows.endCell(type, value);
    return kDone;
}

} // namespace

XlsxSheetScanner::Step XlsxSheetScanner::row(const char*& p, const char* end)
{
    std::string_view r;
    std::string_view t;
    bool empty = false;
    const auto step = [](int s) { return s == kMore ? Step::More : Step::Unknown; };
    if (const int s = attributes(p, end, r, t, empty); s != kDone)
        return step(s);
    rows_.startRow(r);
    while (!empty) {
        skipSpace(p, end);
        if (end - p < 3)
            return Step::More;
        if (*p != '<')
            return Step::Unknown;
        if (p[1] == '/') {
            if (const int s = endTag(p, end, "row"); s != kDone)
                return step(s);
            break;
        }
        if (p[1] != 'c' || !(isSpace(p[2]) || p[2] == '>' || p[2] == '/'))
            return Step::Unknown;
        p += 2;
        if (const int s = cell(p, end, rows_); s != kDone)
            return step(s);
    }
    rows_.endRow();
    return Step::Done;
}

XlsxSheetScanner::Stop XlsxSheetScanner::scan(std::string_view bytes, std::size_t& read)
{
    const char* const begin = bytes.data();
    const char* const end = begin + bytes.size();
    const char* p = begin;
    for (;;) {
        skipSpace(p, end);
        read = static_cast<std::size_t>(p - begin);
        if (end - p < 12) // "</sheetData>"
            return Stop::NeedMore;
        if (*p != '<')
            return Stop::Unknown;
        if (p[1] == '/') {
            const char* q = p;
            const Got s = endTag(q, end, "sheetData");
            return s == kDone ? Stop::SheetEnd : s == kMore ? Stop::NeedMore
                                                            : Stop::Unknown;
        }
        if (std::memcmp(p, "<row", 4) != 0 || !(isSpace(p[4]) || p[4] == '>' || p[4] == '/'))
            return Stop::Unknown;
        const char* q = p + 4;
        const Step s = row(q, end);
        if (s != Step::Done) {
            rows_.abandonRow();
            return s == Step::More ? Stop::NeedMore : Stop::Unknown;
        }
        p = q;
    }
}

} // namespace tumbuh::records
