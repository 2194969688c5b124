#pragma once
#include "records/storenames.h"
// An .xlsx sheet's XML read with libxml2's SAX2 push parser, fed the blocks
// libzip inflates: any well-formed sheet (entities, CDATA, comments,
// namespace prefixes such as <x:row>, rich text, whitespace), its rows
// handed to an XlsxRowBuilder. Only <row>, <c r t>, <v> and <is><t> matter
// (phonetic runs, <rPh>, left out; <f> and the rest ignored). Reading stops
// at </sheetData>: what follows is not read.
//
// XlsxSheetScanner reads the rows of the sheet's usual shape itself and
// gives this reader the rest: the part up to <sheetData> first, then, from
// the first row it does not know, everything after it.
#include "records/import/xlsxrowbuilder.h"

#include <cstddef>
#include <string>
#include <string_view>

struct _xmlParserCtxt;

namespace tumbuh::records {

class XlsxSaxReader {
public:
    explicit XlsxSaxReader(XlsxRowBuilder& rows);
    ~XlsxSaxReader();
    XlsxSaxReader(const XlsxSaxReader&) = delete;
    XlsxSaxReader& operator=(const XlsxSaxReader&) = delete;

    // The part's next bytes; false when its XML is not well-formed.
    bool feed(std::string_view bytes);
    // The part has no more bytes; false when its XML is unfinished
    // (endedEarly()) or not well-formed.
    bool finish();

    bool failed() const { return failed_; }
    bool endedEarly() const { return endedEarly_; }
    // libxml2's words for what is wrong (English).
    const std::string& error() const { return error_; }
    // </sheetData> was read: the rest of the part need not be.
    bool sheetEnded() const { return sheetEnded_; }
    // Inside <sheetData>, between rows, with every byte fed parsed, and the
    // part's bytes are UTF-8 (no other encoding declared): a scanner can
    // read on from here and come back.
    bool betweenRows() const;

private:
    struct Callbacks;
    bool parse(const char* data, std::size_t size, bool terminate);

    XlsxRowBuilder& rows_;
    _xmlParserCtxt* context_ = nullptr;
    bool failed_ = false;
    bool endedEarly_ = false;
    bool sheetEnded_ = false;
    std::string error_;

    // Where the reading is, as the sheet's elements open and close.
    int level_ = 0;       // elements open
    int sheetLevel_ = -1; // level_ inside <sheetData>, -1 before it
    bool inRow_ = false;
    bool capture_ = false; // inside <v>, or <t> of an inline string
    bool inInline_ = false;
    int phonetic_ = 0; // inside <rPh>: a reading aid, not the text
    XlsxRowBuilder::CellType type_ = XlsxRowBuilder::CellType::Number;
    std::string value_;
};

} // namespace tumbuh::records
