#include "records/import/htmltablesource.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <climits>
#include <cstring>

namespace tumbuh::records {
namespace {

bool named(const xmlNode* n, const char* name)
{
    return n->type == XML_ELEMENT_NODE && n->name != nullptr
        && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

// The charset a <meta> names near the top of the page, or empty.
QString metaCharset(const QByteArray& bytes)
{
    static const QRegularExpression meta(QStringLiteral(R"(<meta[^>]*charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+))"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = meta.match(QString::fromLatin1(bytes.left(64 * 1024)));
    return m.hasMatch() ? m.captured(1) : QString();
}

QString guessedEncoding(const QByteArray& bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(bytes);
    return utf8.hasError() ? QStringLiteral("windows-1252") : QStringLiteral("UTF-8");
}

QString encodingFor(const QByteArray& bytes)
{
    QString charset = metaCharset(bytes).toLower();
    // As browsers do (WHATWG Encoding): these labels mean Windows-1252.
    for (const char* latin : {"iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "x-cp1252"}) {
        if (charset == QLatin1String(latin))
            charset = QStringLiteral("windows-1252");
    }
    // No <meta>: UTF-8 when the bytes are valid UTF-8, else Windows-1252.
    return charset.isEmpty() ? guessedEncoding(bytes) : charset;
}

void collectTables(xmlNode* n, std::vector<xmlNode*>& out)
{
    for (; n != nullptr; n = n->next) {
        if (named(n, "table"))
            out.push_back(n);
        collectTables(n->children, out);
    }
}

// The rows of one table, not those of a table inside it.
void collectRows(xmlNode* n, std::vector<xmlNode*>& out)
{
    for (; n != nullptr; n = n->next) {
        if (n->type != XML_ELEMENT_NODE || named(n, "table"))
            continue;
        if (named(n, "tr"))
            out.push_back(n);
        else
            collectRows(n->children, out);
    }
}

bool isBlock(const xmlNode* n)
{
    for (const char* b : {"br", "p", "div", "li", "tr", "table"}) {
        if (named(n, b))
            return true;
    }
    return false;
}

void cellText(const xmlNode* n, std::string& out)
{
    for (; n != nullptr; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content != nullptr)
                out += reinterpret_cast<const char*>(n->content);
        } else if (n->type == XML_ELEMENT_NODE && !named(n, "script") && !named(n, "style")) {
            if (isBlock(n))
                out += ' ';
            cellText(n->children, out);
            if (isBlock(n))
                out += ' ';
        }
    }
}

// &nbsp; (U+00A0) and white space runs become one space; trimmed.
std::string simplified(const std::string& raw)
{
    std::string out;
    out.reserve(raw.size());
    bool space = false;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const auto c = static_cast<unsigned char>(raw[i]);
        bool isSpace = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        if (c == 0xC2 && i + 1 < raw.size() && static_cast<unsigned char>(raw[i + 1]) == 0xA0) {
            isSpace = true;
            ++i;
        }
        if (isSpace) {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += raw[i];
    }
    return out;
}

int colspan(const xmlNode* cell)
{
    xmlChar* v = xmlGetProp(cell, reinterpret_cast<const xmlChar*>("colspan"));
    if (v == nullptr)
        return 1;
    const int n = std::atoi(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return n < 1 ? 1 : (n > 1000 ? 1000 : n);
}

} // namespace

Result<std::unique_ptr<HtmlTableSource>> HtmlTableSource::open(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::CannotOpen, {}, QCoreApplication::translate("tumbuh::records", "The file %1 cannot be read.").arg(path), {}, {}};
    }
    const QByteArray bytes = file.readAll();
    if (bytes.size() > INT_MAX) {
        return Error{ErrorCode::InvalidFormat, {}, QCoreApplication::translate("tumbuh::records", "The file %1 is too large to be read as a table.").arg(path), {}, {}};
    }
    std::unique_ptr<HtmlTableSource> s(new HtmlTableSource);
    s->encoding_ = encodingFor(bytes);
    constexpr int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    const QByteArray encoding = s->encoding_.toLatin1();
    s->doc_ = htmlReadMemory(bytes.constData(), static_cast<int>(bytes.size()), nullptr, encoding.constData(), options);
    if (s->doc_ == nullptr) {
        // A <meta> charset libxml2 does not know: read as without one.
        s->encoding_ = guessedEncoding(bytes);
        s->doc_ = htmlReadMemory(bytes.constData(), static_cast<int>(bytes.size()), nullptr, s->encoding_.toLatin1().constData(), options);
    }
    if (s->doc_ != nullptr)
        collectTables(xmlDocGetRootElement(s->doc_), s->tables_);
    return s;
}

HtmlTableSource::~HtmlTableSource()
{
    if (doc_ != nullptr)
        xmlFreeDoc(doc_);
}

void HtmlTableSource::selectTable(int index)
{
    rows_.clear();
    row_ = 0;
    collectRows(tables_[static_cast<std::size_t>(index)]->children, rows_);
}

bool HtmlTableSource::next()
{
    if (row_ >= rows_.size())
        return false;
    const xmlNode* tr = rows_[row_++];
    cells_.clear();
    for (const xmlNode* c = tr->children; c != nullptr; c = c->next) {
        if (!named(c, "td") && !named(c, "th"))
            continue;
        std::string raw;
        cellText(c->children, raw);
        cells_.push_back(simplified(raw));
        for (int i = colspan(c); i > 1; --i)
            cells_.emplace_back();
    }
    views_.assign(cells_.begin(), cells_.end());
    return true;
}

} // namespace tumbuh::records
