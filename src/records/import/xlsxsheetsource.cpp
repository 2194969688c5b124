#include "records/import/xlsxsheetsource.h"

#include "records/import/xlsxworkbook.h"

#include <QCoreApplication>
#include <QDate>

#include <zip.h>

#include <charconv>
#include <cmath>
#include <cstdio>

namespace tumbuh::records {
namespace {

constexpr int kMaxColumns = 16384; // XFD, the last column a sheet can have
constexpr zip_uint64_t kBlock = 256 * 1024;

// Why reading stopped, made into a message on the importer's thread.
const char* const kCannotOpen = QT_TRANSLATE_NOOP("tumbuh::records", "the sheet cannot be opened");
const char* const kEndsEarly = QT_TRANSLATE_NOOP("tumbuh::records", "the sheet ends too early");

// "D7" -> 3; -1 when the reference has no column letters.
int columnOf(QStringView reference)
{
    int column = 0;
    for (const QChar c : reference) {
        const char16_t u = c.unicode();
        if (u >= 'A' && u <= 'Z')
            column = column * 26 + (u - 'A' + 1);
        else if (u >= 'a' && u <= 'z')
            column = column * 26 + (u - 'a' + 1);
        else
            break;
        if (column > kMaxColumns)
            return -1;
    }
    return column - 1;
}

qint64 rowOf(QStringView reference)
{
    qint64 row = 0;
    for (const QChar c : reference) {
        if (!c.isDigit())
            return 0;
        row = row * 10 + c.digitValue();
        if (row > (qint64{1} << 40))
            return 0;
    }
    return row;
}

XlsxSheetSource::CellType typeOf(QStringView t)
{
    using T = XlsxSheetSource::CellType;
    if (t.isEmpty() || t == QLatin1String("n"))
        return T::Number;
    if (t == QLatin1String("s"))
        return T::Shared;
    if (t == QLatin1String("d"))
        return T::Date;
    return T::Text;
}

void appendAscii(std::string& out, QStringView text)
{
    for (const QChar c : text)
        out += static_cast<char>(c.unicode() < 128 ? c.unicode() : '?');
}

// A day serial as yyyy-mm-dd, or empty when it is no date. The 1900 system
// counts 1900-02-29, a day that never was (Lotus 1-2-3's mistake, kept by
// Excel): serial 60 is no date, and from 61 on the days are one behind.
std::string serialDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 1 || serial > 2958465) // 9999-12-31
        return {};
    const auto days = static_cast<qint64>(std::floor(serial));
    QDate d;
    if (date1904)
        d = QDate(1904, 1, 1).addDays(days);
    else if (days < 60)
        d = QDate(1899, 12, 31).addDays(days);
    else if (days > 60)
        d = QDate(1899, 12, 30).addDays(days);
    return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string();
}

} // namespace

XlsxSheetSource::XlsxSheetSource(const XlsxWorkbook& workbook) : workbook_(workbook), file_(workbook.openSheet())
{
    // Faster without: names are compared without their prefix (localName).
    xml_.setNamespaceProcessing(false);
    if (file_ == nullptr)
        fail(kCannotOpen);
}

XlsxSheetSource::~XlsxSheetSource()
{
    if (file_ != nullptr)
        zip_fclose(file_);
}

void XlsxSheetSource::fail(const char* what, QString detail)
{
    failed_ = true;
    done_ = true;
    what_ = what;
    detail_ = std::move(detail);
}

QString XlsxSheetSource::errorMessage() const
{
    if (!failed_)
        return {};
    const QString reason = what_ != nullptr ? QCoreApplication::translate("tumbuh::records", what_) : detail_;
    if (line_ == 0)
        return workbook_.damaged(reason).message;
    return workbook_.damaged(QCoreApplication::translate("tumbuh::records", "reading stopped after row %1: %2").arg(line_).arg(reason)).message;
}

void XlsxSheetSource::setDateColumns(const std::vector<int>& columns)
{
    dateColumns_.clear();
    for (const int c : columns) {
        if (c < 0 || c >= kMaxColumns)
            continue;
        if (dateColumns_.size() <= static_cast<std::size_t>(c))
            dateColumns_.resize(static_cast<std::size_t>(c) + 1, false);
        dateColumns_[static_cast<std::size_t>(c)] = true;
    }
}

QXmlStreamReader::TokenType XlsxSheetSource::token()
{
    for (;;) {
        const auto t = xml_.readNext();
        if (t != QXmlStreamReader::Invalid)
            return t;
        if (xml_.error() != QXmlStreamReader::PrematureEndOfDocumentError || inflated_ || file_ == nullptr) {
            if (xml_.error() == QXmlStreamReader::PrematureEndOfDocumentError)
                fail(kEndsEarly);
            else
                fail(nullptr, xml_.errorString());
            return t;
        }
        QByteArray block(static_cast<qsizetype>(kBlock), Qt::Uninitialized);
        const zip_int64_t n = zip_fread(file_, block.data(), kBlock);
        if (n < 0) {
            fail(nullptr, QString::fromUtf8(zip_file_strerror(file_)));
            return QXmlStreamReader::Invalid;
        }
        if (n == 0) {
            inflated_ = true;
            continue;
        }
        block.truncate(static_cast<qsizetype>(n));
        xml_.addData(block);
    }
}

QStringView XlsxSheetSource::localName() const
{
    // <x:row> as some writers put it is a row too.
    const QStringView name = xml_.name();
    const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? name : name.mid(colon + 1);
}

bool XlsxSheetSource::next()
{
    while (!done_) {
        const auto t = token();
        if (t == QXmlStreamReader::Invalid || t == QXmlStreamReader::EndDocument)
            break;
        if (t == QXmlStreamReader::StartElement && localName() == QLatin1String("row"))
            return readRow();
        if (t == QXmlStreamReader::EndElement && localName() == QLatin1String("sheetData"))
            done_ = true;
    }
    return false;
}

bool XlsxSheetSource::readRow()
{
    const qint64 numbered = rowOf(xml_.attributes().value(QLatin1String("r")));
    line_ = numbered > 0 ? numbered : line_ + 1;
    text_.clear();
    ends_.clear();
    int column = -1;
    bool capture = false;
    bool inInline = false;
    int phonetic = 0;
    for (;;) {
        const auto t = token();
        if (t == QXmlStreamReader::Invalid || t == QXmlStreamReader::EndDocument) {
            if (!failed_)
                fail(kEndsEarly);
            return false;
        }
        if (t == QXmlStreamReader::StartElement) {
            const QStringView name = localName();
            if (name == QLatin1String("c")) {
                const auto a = xml_.attributes();
                const int c = columnOf(a.value(QLatin1String("r")));
                column = c >= 0 ? c : column + 1;
                type_ = typeOf(a.value(QLatin1String("t")));
                value_.resize(0);
                inInline = false;
            } else if (name == QLatin1String("v")) {
                capture = !inInline;
            } else if (name == QLatin1String("is")) {
                inInline = true;
            } else if (name == QLatin1String("rPh")) {
                ++phonetic;
            } else if (name == QLatin1String("t")) {
                capture = inInline && phonetic == 0;
            }
        } else if (t == QXmlStreamReader::Characters) {
            if (capture)
                value_ += xml_.text();
        } else if (t == QXmlStreamReader::EndElement) {
            const QStringView name = localName();
            if (name == QLatin1String("v") || name == QLatin1String("t")) {
                capture = false;
            } else if (name == QLatin1String("rPh")) {
                --phonetic;
            } else if (name == QLatin1String("c")) {
                if (column >= 0 && column < kMaxColumns)
                    place(column);
            } else if (name == QLatin1String("row")) {
                break;
            }
        }
    }
    views_.clear();
    std::size_t begin = 0;
    for (const std::size_t end : ends_) {
        views_.emplace_back(text_.data() + begin, end - begin);
        begin = end;
    }
    return true;
}

void XlsxSheetSource::place(int column)
{
    // Cells left out before this one are empty; a cell named twice (or out
    // of order) is kept in reading order.
    while (ends_.size() < static_cast<std::size_t>(column))
        ends_.push_back(text_.size());
    const QStringView value = QStringView(value_).trimmed();
    switch (type_) {
    case CellType::Shared: {
        std::size_t index = 0;
        bool ok = !value.isEmpty();
        for (const QChar c : value) {
            ok = ok && c.isDigit();
            index = index * 10 + static_cast<std::size_t>(c.digitValue());
        }
        if (ok)
            text_ += workbook_.sharedString(index);
        break;
    }
    case CellType::Number: {
        // ASCII digits, sign, point, exponent: copied without allocating.
        char number[64];
        std::size_t size = 0;
        for (const QChar c : value) {
            if (size == sizeof number || c.unicode() > 127)
                break;
            number[size++] = static_cast<char>(c.unicode());
        }
        const std::string_view digits(number, size);
        double v = 0;
        const auto [end, ec] = std::from_chars(number, number + size, v);
        const bool parsed = size > 0 && static_cast<qsizetype>(size) == value.size() && ec == std::errc() && end == number + size;
        const bool isDate = static_cast<std::size_t>(column) < dateColumns_.size() && dateColumns_[static_cast<std::size_t>(column)];
        const std::string date = parsed && isDate ? serialDate(v, workbook_.date1904()) : std::string();
        if (!date.empty()) {
            text_ += date;
        } else if (parsed && digits.find_first_of("eE") != std::string_view::npos) {
            // 6.479014503230001E+15 (a NIK typed as a number) written out.
            char buffer[64];
            const int n = std::abs(v) < 1e17 && std::floor(v) == v ? std::snprintf(buffer, sizeof buffer, "%.0f", v)
                                                                   : std::snprintf(buffer, sizeof buffer, "%.15g", v);
            text_.append(buffer, static_cast<std::size_t>(n > 0 ? n : 0));
        } else if (parsed) {
            text_ += digits;
        } else {
            text_ += value_.toStdString();
        }
        break;
    }
    case CellType::Date: {
        // An ISO 8601 date, maybe with a time.
        const qsizetype tAt = value.indexOf(QLatin1Char('T'));
        appendAscii(text_, tAt < 0 ? value : value.left(tAt));
        break;
    }
    case CellType::Text:
        // inlineStr, str (a formula's text), b (1/0), e (#N/A...).
        text_ += value_.toStdString();
        break;
    }
    ends_.push_back(text_.size());
}

} // namespace tumbuh::records
