#pragma once
#include "records/storenames.h"
// The rows of an .xlsx sheet in the shape spreadsheet programs write them,
// read straight from the UTF-8 bytes, because libxml2 alone (XlsxSaxReader)
// spends more than the import's budget on a 100,000-row sheet (callgrind:
// docs in xlsxsheetsource.h). Only this shape is read here:
//
//   <row r=".." ...>  <c r=".." t=".." ...><v>..</v></c>
//                     <c ...><f ...>..</f><v>..</v></c>
//                     <c ... t="inlineStr"><is><t ...>..</t></is></c>
//                     <c .../>                               </row>
//
// attributes in any order and either quote, whitespace between elements,
// self-closing <row/>, <c/>, <v/> and <f/>, UTF-8 text without '&', '>' or
// a carriage return. Anything else (an entity, CDATA, a comment, a
// processing instruction, a namespace prefix as in <x:c>, rich text, a
// second value, a character XML forbids, bytes that are not UTF-8, a
// mismatched end tag) stops the scanner before the row that holds it: the
// caller hands that row and the rest of the part to libxml2. Nothing of a
// row goes to the XlsxRowBuilder before the whole row has been read.
#include <cstddef>
#include <string_view>

namespace tumbuh::records {

class XlsxRowBuilder;

class XlsxSheetScanner {
public:
    enum class Stop {
        NeedMore, // the bytes end inside a row (or between rows)
        SheetEnd, // </sheetData>
        Unknown   // the row (or what is between rows) at `read` is not of the shape above
    };

    explicit XlsxSheetScanner(XlsxRowBuilder& rows) : rows_(rows) { }

    // Reads `bytes`, which start inside <sheetData> between two rows; every
    // whole row of the shape above goes to the builder. `read` says where
    // it stopped: the first byte not read.
    Stop scan(std::string_view bytes, std::size_t& read);

private:
    enum class Step { Done,
                      More,
                      Unknown };
    Step row(const char*& p, const char* end);

    XlsxRowBuilder& rows_;
};

} // namespace tumbuh::records
