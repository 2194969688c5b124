#include "records/import/importsource.h"

#include "records/import/csvrowsource.h"
#include "records/import/htmltablesource.h"
#include "records/import/xlsxsheetsource.h"
#include "records/import/xlsxworkbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace tumbuh::records {
namespace {

using Mapping = std::vector<std::pair<QString, QString>>;

Error refusal(const QString& message)
{
    return Error{ErrorCode::InvalidFormat, {}, message, {}, {}};
}

enum class Kind : std::uint8_t { Zip,
                                 Cfb,
                                 Html,
                                 Other,
                                 Unreadable };

Kind sniff(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Kind::Unreadable;
    const QByteArray head = f.read(64 * 1024);
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return Kind::Zip;
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Kind::Cfb;
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        ++i;
    if (i < head.size() && head[i] == '<')
        return Kind::Html;
    const QByteArray lower = head.toLower();
    if (lower.contains("<table") || lower.contains("<html"))
        return Kind::Html;
    return Kind::Other;
}

QStringList headerOf(const RowSource& rows)
{
    QStringList header;
    for (const std::string_view h : rows.fields())
        header << QString::fromUtf8(h.data(), static_cast<qsizetype>(h.size())).trimmed();
    return header;
}

QString emptyFile(const QString& path)
{
    return QCoreApplication::translate("tumbuh::records", "The file %1 is empty: it has no header line.").arg(path);
}

// The best row that was not a header: the one with most recognised cells.
struct Candidate {
    int recognised = -1;
    QString why;
    bool anyRow = false;
};

// Reads up to kHeaderRows rows for the header; true when found.
bool findHeader(RowSource& rows, const Mapping& mapping, ImportSource& out, Candidate& best)
{
    for (int i = 0; i < ImportSource::kHeaderRows && rows.next(); ++i) {
        QStringList header = headerOf(rows);
        int recognised = 0;
        for (const QString& h : header)
            recognised += ImportFieldNames::recognise(h) ? 1 : 0;
        if (header.join(QString()).trimmed().isEmpty())
            continue;
        best.anyRow = true;
        auto columns = ImportColumns::detect(header, mapping);
        if (columns) {
            out.header = std::move(header);
            out.headerLine = rows.line();
            out.columns = std::move(*columns);
            return true;
        }
        if (recognised > best.recognised) {
            best.recognised = recognised;
            best.why = columns.error().message;
        }
    }
    return false;
}

void setDateColumns(ImportSource& s)
{
    std::vector<int> dates;
    for (const ImportField f : {ImportField::BirthDate, ImportField::MeasuredOn, ImportField::StatusDate}) {
        if (s.columns.has(f))
            dates.push_back(s.columns.column(f));
    }
    s.rows->setDateColumns(dates);
}

Result<ImportSource> openCsv(const QString& path, const Mapping& mapping)
{
    ImportSource s;
    s.rows = std::make_unique<CsvRowSource>(path);
    if (!s.rows->next()) {
        if (s.rows->failed())
            return Error{ErrorCode::CannotOpen, {}, s.rows->errorMessage(), {}, {}};
        return refusal(emptyFile(path));
    }
    s.header = headerOf(*s.rows);
    s.headerLine = s.rows->line();
    auto columns = ImportColumns::detect(s.header, mapping);
    if (!columns)
        return columns.error();
    s.columns = std::move(*columns);
    return s;
}

Result<ImportSource> openXlsx(const QString& path, const Mapping& mapping)
{
    ImportSource s;
    s.format = ImportFormat::Xlsx;
    auto workbook = XlsxWorkbook::open(path);
    if (!workbook)
        return workbook.error();
    s.workbook = std::move(*workbook);
    s.rows = std::make_unique<XlsxSheetSource>(*s.workbook);
    Candidate best;
    if (!findHeader(*s.rows, mapping, s, best)) {
        if (s.rows->failed())
            return refusal(s.rows->errorMessage());
        if (!best.anyRow)
            return refusal(emptyFile(path));
        return refusal(QCoreApplication::translate("tumbuh::records", "None of the first %1 rows of the sheet \"%2\" in %3 is a header row that "
                                                                      "Tumbuh recognises. Nothing was saved. %4")
                           .arg(ImportSource::kHeaderRows)
                           .arg(s.workbook->sheetName(), path, best.why));
    }
    setDateColumns(s);
    return s;
}

Result<ImportSource> openHtml(const QString& path, const Mapping& mapping)
{
    auto html = HtmlTableSource::open(path);
    if (!html)
        return html.error();
    HtmlTableSource& page = **html;
    if (page.tableCount() == 0) {
        return refusal(QCoreApplication::translate("tumbuh::records", "The file %1 has no table. An e-PPGBM list saved as .xls is a web page "
                                                                      "with a table of children; this file is not one. Nothing was saved. Use the "
                                                                      "original e-PPGBM download, or save the list as .xlsx or CSV.")
                           .arg(path));
    }
    ImportSource s;
    s.format = ImportFormat::HtmlTable;
    Candidate best;
    bool found = false;
    for (int t = 0; t < page.tableCount() && !found; ++t) {
        page.selectTable(t);
        found = findHeader(page, mapping, s, best);
    }
    if (!found) {
        return refusal(QCoreApplication::translate("tumbuh::records", "No table in %1 has a header row that Tumbuh recognises. Nothing was "
                                                                      "saved. %2")
                           .arg(path, best.anyRow ? best.why : emptyFile(path)));
    }
    s.rows = std::move(*html);
    return s;
}

} // namespace

ImportSource::ImportSource() = default;
ImportSource::ImportSource(ImportSource&&) noexcept = default;
ImportSource& ImportSource::operator=(ImportSource&&) noexcept = default;
ImportSource::~ImportSource()
{
    rows.reset(); // before the workbook it reads
}

Result<ImportSource> ImportSource::open(const QString& path, const Mapping& mapping)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    switch (sniff(path)) {
    case Kind::Zip: return openXlsx(path, mapping);
    case Kind::Cfb:
        return refusal(QCoreApplication::translate("tumbuh::records", "The file %1 is an Excel 97-2003 workbook in Excel's own binary format, "
                                                                      "which Tumbuh cannot read. Nothing was saved. Open it in the spreadsheet and "
                                                                      "save it as .xlsx, or use the original e-PPGBM download (a web page saved "
                                                                      "as .xls), which Tumbuh reads.")
                           .arg(path));
    case Kind::Html: return openHtml(path, mapping);
    case Kind::Unreadable: return openCsv(path, mapping); // which says it cannot be read, as before
    case Kind::Other: break;
    }
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm")) {
        return refusal(QCoreApplication::translate("tumbuh::records", "The file %1 is not an .xlsx workbook (it is not a zip archive). Nothing "
                                                                      "was saved. Save it from the spreadsheet as .xlsx or CSV, or import the "
                                                                      "original e-PPGBM download.")
                           .arg(path));
    }
    return openCsv(path, mapping);
}

} // namespace tumbuh::records
