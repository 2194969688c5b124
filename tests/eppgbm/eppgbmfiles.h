#pragma once
// The files of the e-PPGBM tests, made by the tests: one synthetic
// "Daftar Anak Berdasarkan Status Gizi" list (invented names and NIKs) as
// the CSV an Indonesian spreadsheet saves, as e-PPGBM's ".xls" web page
// (UTF-8 with entities, or Windows-1252 bytes), as an .xlsx written with
// libxlsxwriter and as one written by hand with libzip (inline strings,
// the 1904 date system). The same five rows in each: two weighings of Ayu,
// one of Andre with the weight "sepuluh" (rejected), one of Nur'aini, one
// of Andre; Andre's posyandu (Melati) is new, the others' is Mawar.
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace tumbuh::records::test::eppgbm {

// e-PPGBM's columns (shared/docs/indonesia-domain.md section 3.4).
const QStringList& columns();
// The five rows, cells in columns() order, as the CSV has them (dd/mm/yyyy,
// decimal comma, UTF-8).
const std::vector<QStringList>& rows();
inline constexpr int kRejectedIndex = 2; // the third row: Berat "sepuluh"

// ';' between cells, the header on line 1: the rejected row is line 4.
QByteArray csv();

// The web page: a heading and a filter table above, then the list's table
// with a title block (colspan), a row without cells, the header in <th>,
// its columns reordered with "No" and "Kolom Tambahan" added, entities
// (&amp; &nbsp; &#8217;), <br> in a cell, empty and unclosed cells, an
// empty row and a "Jumlah" row below the data. In that table the header
// is row 4 and the rejected row is row 7. `windows1252`: the bytes are
// Windows-1252 (0x92 for the apostrophe, 0xE9 for the e of Andre) and
// `meta` says so or, false, nothing does; otherwise UTF-8 (with a <meta>
// charset when `meta`).
QByteArray html(bool windows1252, bool meta);
inline constexpr qint64 kHtmlRejectedRow = 7;

// libxlsxwriter: a first sheet "Petunjuk", then "Daftar Anak Status Gizi"
// with a title block (rows 1-2), row 3 empty, the header on row 4, data from
// row 5 (a blank row 8), a "Total" row. Dates of birth and most weighing
// dates are date-formatted serials, one weighing date is text; numbers are
// numbers, RT/RW and NIK text (shared strings). Rejected row: 7.
void writeXlsx(const QString& path);
inline constexpr qint64 kXlsxRejectedRow = 7;

// By hand with libzip: the header on row 1, data rows 2-6, inline strings
// (one in two rich-text runs), the posyandu as a formula's cached text,
// booleans, cells without a reference, cells left out, dates of birth as
// serials of the 1904 system. Rejected row: 4.
void writeInlineXlsx(const QString& path);
inline constexpr qint64 kInlineRejectedRow = 4;

// A zip archive written with libzip holding `entries` (name, bytes).
void writeZip(const QString& path, const std::vector<std::pair<QString, QByteArray>>& entries);

// What an import saved, without ids, UIDs and times: the children (with
// their posyandu), the measurements, the posyandu and the households.
QStringList registerContent(const QString& dbPath);

} // namespace tumbuh::records::test::eppgbm
