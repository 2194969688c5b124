#include "records/import/xlsxsaxreader.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <cstring>
#include <limits>

namespace tumbuh::records {
namespace {

bool is(const xmlChar* name, const char* what)
{
    return std::strcmp(reinterpret_cast<const char*>(name), what) == 0;
}

// The value of the unprefixed attribute `name` (SAX2: localname, prefix,
// URI, value, end for each); empty without one.
std::string_view attribute(int count, const xmlChar** attributes, const char* name)
{
    for (int i = 0; i < count; ++i) {
        const xmlChar** a = attributes + 5 * i;
        if (a[1] == nullptr && is(a[0], name))
            return std::string_view(reinterpret_cast<const char*>(a[3]), static_cast<std::size_t>(a[4] - a[3]));
    }
    return {};
}

} // namespace

// libxml2 calls back with the reader as its user data.
struct XlsxSaxReader::Callbacks {
    static XlsxSaxReader& reader(void* context) { return *static_cast<XlsxSaxReader*>(context); }

    static void start(void* context, const xmlChar* name, const xmlChar* /*prefix*/, const xmlChar* /*uri*/, int /*namespaces*/,
                      const xmlChar** /*declared*/, int count, int /*defaulted*/, const xmlChar** attributes)
    {
        XlsxSaxReader& r = reader(context);
        ++r.level_;
        if (!r.inRow_) {
            if (is(name, "row")) {
                r.inRow_ = true;
                r.capture_ = false;
                r.inInline_ = false;
                r.phonetic_ = 0;
                r.rows_.startRow(attribute(count, attributes, "r"));
            } else if (is(name, "sheetData") && r.sheetLevel_ < 0) {
                r.sheetLevel_ = r.level_;
            }
            return;
        }
        if (is(name, "c")) {
            r.rows_.startCell(attribute(count, attributes, "r"));
            r.type_ = XlsxRowBuilder::typeOf(attribute(count, attributes, "t"));
            r.value_.clear();
            r.inInline_ = false;
        } else if (is(name, "v")) {
            r.capture_ = !r.inInline_;
        } else if (is(name, "is")) {
            r.inInline_ = true;
        } else if (is(name, "rPh")) {
            ++r.phonetic_;
        } else if (is(name, "t")) {
            r.capture_ = r.inInline_ && r.phonetic_ == 0;
        }
    }

    static void end(void* context, const xmlChar* name, const xmlChar* /*prefix*/, const xmlChar* /*uri*/)
    {
        XlsxSaxReader& r = reader(context);
        --r.level_;
        if (!r.inRow_) {
            if (is(name, "sheetData")) {
                r.sheetEnded_ = true;
                xmlStopParser(r.context_);
            }
            return;
        }
        if (is(name, "v") || is(name, "t")) {
            r.capture_ = false;
        } else if (is(name, "rPh")) {
            --r.phonetic_;
        } else if (is(name, "c")) {
            r.rows_.endCell(r.type_, r.value_);
        } else if (is(name, "row")) {
            r.inRow_ = false;
            r.rows_.endRow();
        }
    }

    static void text(void* context, const xmlChar* bytes, int size)
    {
        XlsxSaxReader& r = reader(context);
        if (r.capture_)
            r.value_.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size));
    }

    static void error(void* context, xmlError* e) // libxml2 2.9: not const
    {
        XlsxSaxReader& r = reader(context);
        if (e == nullptr || e->level != XML_ERR_FATAL || r.failed_)
            return;
        r.failed_ = true;
        r.error_ = e->message != nullptr ? e->message : "XML";
        while (!r.error_.empty() && (r.error_.back() == '\n' || r.error_.back() == ' '))
            r.error_.pop_back();
    }
};

XlsxSaxReader::XlsxSaxReader(XlsxRowBuilder& rows) : rows_(rows)
{
    xmlInitParser();
}

XlsxSaxReader::~XlsxSaxReader()
{
    if (context_ != nullptr)
        xmlFreeParserCtxt(context_);
}

bool XlsxSaxReader::parse(const char* data, std::size_t size, bool terminate)
{
    if (failed_)
        return false;
    if (sheetEnded_)
        return true;
    if (context_ == nullptr) {
        static xmlSAXHandler handler = [] {
            xmlSAXHandler h;
            std::memset(&h, 0, sizeof h);
            h.initialized = XML_SAX2_MAGIC;
            h.startElementNs = &Callbacks::start;
            h.endElementNs = &Callbacks::end;
            h.characters = &Callbacks::text;
            h.ignorableWhitespace = &Callbacks::text;
            h.cdataBlock = &Callbacks::text;
            h.serror = &Callbacks::error;
            return h;
        }();
        // The first bytes tell libxml2 the encoding.
        const int first = static_cast<int>(size < 4 ? size : 4);
        context_ = xmlCreatePushParserCtxt(&handler, this, data, first, nullptr);
        if (context_ == nullptr) {
            failed_ = true;
            error_ = "libxml2";
            return false;
        }
        xmlCtxtUseOptions(context_, XML_PARSE_NONET | XML_PARSE_NOCDATA);
        data += first;
        size -= static_cast<std::size_t>(first);
    }
    constexpr std::size_t kMost = std::numeric_limits<int>::max() / 2;
    do {
        const std::size_t n = size < kMost ? size : kMost;
        xmlParseChunk(context_, data, static_cast<int>(n), terminate && n == size ? 1 : 0);
        data += n;
        size -= n;
    } while (size > 0 && !failed_ && !sheetEnded_);
    if (!failed_ && !sheetEnded_ && context_->wellFormed == 0) {
        failed_ = true;
        error_ = "XML";
    }
    return !failed_;
}

bool XlsxSaxReader::feed(std::string_view bytes)
{
    return parse(bytes.data(), bytes.size(), false);
}

bool XlsxSaxReader::finish()
{
    if (failed_ || sheetEnded_)
        return !failed_;
    parse(nullptr, 0, true);
    // What breaks only now broke because the part ended.
    endedEarly_ = failed_;
    return !failed_;
}

bool XlsxSaxReader::betweenRows() const
{
    if (context_ == nullptr || failed_ || sheetEnded_ || inRow_ || sheetLevel_ < 0 || level_ != sheetLevel_)
        return false;
    const xmlParserInputPtr in = context_->input;
    return in != nullptr && in->cur == in->end && in->buf != nullptr && in->buf->encoder == nullptr
        && context_->instate == XML_PARSER_CONTENT;
}

} // namespace tumbuh::records
