#include "records/import/xlsxsheetsource.h"

#include "records/import/xlsxworkbook.h"

#include <QCoreApplication>

#include <zip.h>

namespace tumbuh::records {
namespace {

constexpr std::size_t kBlock = 256 * 1024;
// The part before <sheetData> is a few kilobytes; past this, libxml2 reads
// the whole part.
constexpr std::size_t kMostHeader = 4 * 1024 * 1024;

// Why reading stopped, made into a message on the importer's thread.
const char* const kCannotOpen = QT_TRANSLATE_NOOP("tumbuh::records", "the sheet cannot be opened");
const char* const kEndsEarly = QT_TRANSLATE_NOOP("tumbuh::records", "the sheet ends too early");

bool endsName(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>' || c == '/';
}

// Where the first <sheetData ...> start tag ends (after its '>'); 0 while
// the bytes do not hold all of it, npos when it closes itself (<sheetData/>).
std::size_t sheetDataEnd(std::string_view bytes)
{
    constexpr std::string_view tag = "<sheetData";
    for (std::size_t at = bytes.find(tag); at != std::string_view::npos; at = bytes.find(tag, at + 1)) {
        const std::size_t after = at + tag.size();
        if (after >= bytes.size())
            return 0;
        if (!endsName(bytes[after]))
            continue;
        char quote = 0;
        for (std::size_t i = after; i < bytes.size(); ++i) {
            const char c = bytes[i];
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return bytes[i - 1] == '/' ? std::string_view::npos : i + 1;
            }
        }
        return 0;
    }
    return 0;
}

} // namespace

XlsxSheetSource::XlsxSheetSource(const XlsxWorkbook& workbook)
    : workbook_(workbook), file_(workbook.openSheet()), rows_(workbook), sax_(rows_), scanner_(rows_)
{
    if (file_ == nullptr) {
        fail(kCannotOpen);
        failed_ = true;
    }
}

XlsxSheetSource::~XlsxSheetSource()
{
    if (file_ != nullptr)
        zip_fclose(file_);
}

void XlsxSheetSource::fail(const char* what, QString detail)
{
    failing_ = true;
    done_ = true;
    what_ = what;
    detail_ = std::move(detail);
    failedAt_ = rows_.lastLine();
}

QString XlsxSheetSource::errorMessage() const
{
    if (!failed_)
        return {};
    const QString reason = what_ != nullptr ? QCoreApplication::translate("tumbuh::records", what_) : detail_;
    if (failedAt_ == 0)
        return workbook_.damaged(reason).message;
    return workbook_
        .damaged(QCoreApplication::translate("tumbuh::records", "reading stopped after row %1: %2").arg(failedAt_).arg(reason))
        .message;
}

bool XlsxSheetSource::next()
{
    for (;;) {
        // The rows read before a failure are taken first.
        if (rows_.take()) {
            line_ = rows_.line();
            return true;
        }
        if (failing_)
            failed_ = true;
        if (done_)
            return false;
        read();
    }
}

void XlsxSheetSource::read()
{
    const std::size_t kept = reader_ == Reader::Sax ? 0 : buffer_.size();
    buffer_.resize(kept + kBlock);
    const zip_int64_t n = zip_fread(file_, buffer_.data() + kept, kBlock);
    buffer_.resize(kept + static_cast<std::size_t>(n > 0 ? n : 0));
    if (n < 0) {
        fail(nullptr, QString::fromUtf8(zip_file_strerror(file_)));
        return;
    }
    if (n == 0) {
        // The end of the part: libxml2 says whether the XML ended too.
        if (reader_ != Reader::Sax)
            toSax(0);
        if (!done_ && !sax_.finish())
            saxFailed();
        done_ = true;
        return;
    }
    switch (reader_) {
    case Reader::Header: readHeader(); break;
    case Reader::Scanner: scan(); break;
    case Reader::Sax:
        if (!sax_.feed(buffer_))
            saxFailed();
        else if (sax_.sheetEnded())
            done_ = true;
        break;
    }
}

void XlsxSheetSource::readHeader()
{
    const std::size_t end = sheetDataEnd(buffer_);
    if (end == std::string_view::npos || (end == 0 && buffer_.size() > kMostHeader)) {
        toSax(0);
        return;
    }
    if (end == 0)
        return; // more bytes needed
    // libxml2 reads the part up to and with <sheetData ...>, and says
    // whether that was the sheet's (not one in a comment, say).
    if (!sax_.feed(std::string_view(buffer_).substr(0, end))) {
        saxFailed();
        return;
    }
    if (!sax_.betweenRows()) {
        toSax(end);
        return;
    }
    buffer_.erase(0, end);
    reader_ = Reader::Scanner;
    scan();
}

void XlsxSheetSource::scan()
{
    std::size_t read = 0;
    switch (scanner_.scan(buffer_, read)) {
    case XlsxSheetScanner::Stop::NeedMore: buffer_.erase(0, read); break;
    case XlsxSheetScanner::Stop::SheetEnd:
        buffer_.clear();
        done_ = true;
        break;
    case XlsxSheetScanner::Stop::Unknown: toSax(read); break;
    }
}

void XlsxSheetSource::toSax(std::size_t from)
{
    reader_ = Reader::Sax;
    const bool ok = sax_.feed(std::string_view(buffer_).substr(from));
    buffer_.clear();
    if (!ok)
        saxFailed();
    else if (sax_.sheetEnded())
        done_ = true;
}

void XlsxSheetSource::saxFailed()
{
    if (sax_.endedEarly())
        fail(kEndsEarly);
    else
        fail(nullptr, QString::fromStdString(sax_.error()));
}

} // namespace tumbuh::records
