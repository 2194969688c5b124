#pragma once
#include "records/storenames.h"
// An .xlsx workbook opened for an import: the zip container with libzip
// (not QuaZip: its minizip symbols clash with libxlsxwriter's, which the
// reports link into the same programs), then with QXmlStreamReader
// xl/workbook.xml (which sheet, the 1904 date system), its relationships
// (where that sheet is) and xl/sharedStrings.xml (rich text runs joined;
// phonetic runs left out). The sheet itself is streamed by XlsxSheetSource.
//
// The sheet: the first one whose name says "Daftar Anak" (e-PPGBM's lists),
// else the first sheet of the workbook.
#include "store/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct zip;
struct zip_file;

namespace tumbuh::records {

class XlsxWorkbook {
public:
    // Refuses (translated message) a file that is not a zip, a damaged or
    // incomplete one, and a zip without a worksheet.
    static Result<std::unique_ptr<XlsxWorkbook>> open(const QString& path);
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook&) = delete;
    XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

    const QString& path() const { return path_; }
    const QString& sheetName() const { return sheetName_; }
    const QString& sheetPart() const { return sheetPart_; } // e.g. "xl/worksheets/sheet1.xml"
    bool date1904() const { return date1904_; }
    std::size_t sharedStringCount() const { return stringEnds_.size(); }
    // Shared string `index` as UTF-8; empty when out of range.
    std::string_view sharedString(std::size_t index) const;

    // The sheet's part, opened for reading; nullptr when it cannot be.
    zip_file* openSheet() const;
    // "damaged or incomplete" for this file, with libzip's reason.
    Error damaged(const QString& reason) const;

private:
    XlsxWorkbook() = default;
    Result<QByteArray> readPart(const QString& name, bool required) const;
    Result<void> readWorkbook();
    Result<void> readSharedStrings();

    QString path_;
    zip* zip_ = nullptr;
    QString sheetName_;
    QString sheetPart_;
    QString sharedStringsPart_;
    bool date1904_ = false;
    std::string strings_;                 // every shared string, one after another
    std::vector<std::size_t> stringEnds_; // end of each in strings_
};

} // namespace tumbuh::records
