#pragma once
#include "records/storenames.h"
// The file of an import opened by what it holds (whatever its name says)
// and its header found:
//
//   - a zip (PK..): an .xlsx workbook (XlsxWorkbook, XlsxSheetSource);
//   - a web page (starts with '<', or has a <table> near the top): an HTML
//     table, as e-PPGBM's ".xls" downloads are (HtmlTableSource);
//   - anything else: CSV (CsvRowSource), whose header is its first line, as
//     before.
//
// In a table or a sheet the header is the first row, among the first
// kHeaderRows, whose cells are recognised as an import's columns
// (ImportColumns::detect, with the mapping): a title block above it is
// passed over. For a page with several tables, the first table with such a
// row is read. Refused, with a message that says what to do and nothing
// written: an Excel 97-2003 binary workbook (D0 CF 11 E0), a file named
// .xlsx that is not a zip, a damaged or incomplete zip, a zip without a
// worksheet, a page without a table, a table or sheet without a header row.
#include "records/import/importcolumns.h"
#include "records/import/rowsource.h"
#include "store/result.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace tumbuh::records {

class XlsxWorkbook;

enum class ImportFormat : std::uint8_t { Csv,
                                         HtmlTable,
                                         Xlsx };

struct ImportSource {
    static constexpr int kHeaderRows = 30;

    static Result<ImportSource> open(const QString& path, const std::vector<std::pair<QString, QString>>& mapping);

    ImportSource();
    ImportSource(ImportSource&&) noexcept;
    ImportSource& operator=(ImportSource&&) noexcept;
    ~ImportSource();

    ImportFormat format = ImportFormat::Csv;
    std::unique_ptr<XlsxWorkbook> workbook; // before rows: the sheet reads it
    std::unique_ptr<RowSource> rows;        // positioned after the header
    QStringList header;
    qint64 headerLine = 0;
    ImportColumns columns;
};

} // namespace tumbuh::records
