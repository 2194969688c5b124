#pragma once
#include "records/storenames.h"
// The rows of an HTML table: e-PPGBM's "Excel" downloads (.xls) are a web
// page with a table, not a workbook. Parsed with libxml2's HTML parser,
// which copes with what such pages have: unclosed tags, entities (&amp;
// &nbsp; &#39; &#8217;...), <th> or <td> headers, a charset in a <meta>.
//
// The encoding: the <meta> charset when there is one (ISO-8859-1 and ASCII
// read as Windows-1252, as browsers do); otherwise UTF-8 when the bytes are
// valid UTF-8, else Windows-1252 (what Excel on Indonesian Windows writes).
//
// A cell's text: its text nodes, <br> and block elements as a space,
// &nbsp; as a space, runs of white space as one, trimmed. A cell with
// colspan="n" is followed by n-1 empty cells (as Excel shows it). "baris"
// is the row of the table: its <tr> counted from 1 (rowsource.h).
#include "records/import/rowsource.h"
#include "store/result.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

struct _xmlDoc;
struct _xmlNode;

namespace tumbuh::records {

class HtmlTableSource final : public RowSource {
public:
    // The file parsed; an Error when it cannot be read. tableCount() 0:
    // the page has no table.
    static Result<std::unique_ptr<HtmlTableSource>> open(const QString& path);
    ~HtmlTableSource() override;

    int tableCount() const { return static_cast<int>(tables_.size()); }
    // Reads table `index` (document order) from its first row.
    void selectTable(int index);

    bool next() override;
    std::span<const std::string_view> fields() const override { return views_; }
    qint64 line() const override { return static_cast<qint64>(row_); }
    bool failed() const override { return false; }
    QString errorMessage() const override { return {}; }

    // The encoding the page was read in ("UTF-8", "windows-1252", or the
    // <meta> charset), for tests and reports.
    const QString& encoding() const { return encoding_; }

private:
    HtmlTableSource() = default;

    _xmlDoc* doc_ = nullptr;
    QString encoding_;
    std::vector<_xmlNode*> tables_;
    std::vector<_xmlNode*> rows_; // the selected table's <tr>
    std::size_t row_ = 0;         // 1-based number of the current row
    std::vector<std::string> cells_;
    std::vector<std::string_view> views_;
};

} // namespace tumbuh::records
