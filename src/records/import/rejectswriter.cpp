#include "records/import/rejectswriter.h"

#include "records/import/importreport.h"
#include "records/spreadsheettext.h"

#include "csv/csvreader.h"

#include <QCoreApplication>

#include <filesystem>

namespace tumbuh::records {
namespace {

Error writeError(const QString& path)
{
    return Error{ErrorCode::CannotOpen, {}, QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written.").arg(path), {}, {}};
}

std::filesystem::path native(const QString& path)
{
    return std::filesystem::path(path.toStdU16String());
}

csv::CsvWriter::Options optionsFor(char separator)
{
    csv::CsvWriter::Options o;
    o.separator = separator == csv::CsvReader::kDetectSeparator ? ',' : separator;
    o.bufferBytes = std::size_t{64} << 10;
    return o;
}

} // namespace

RejectsWriter::RejectsWriter(std::unique_ptr<OutputFile> output, std::size_t columns, char separator)
    : output_(std::move(output)), columns_(columns), writer_(native(output_->temporaryPath()), optionsFor(separator))
{
}

Result<std::unique_ptr<RejectsWriter>> RejectsWriter::open(const QString& path, const QStringList& header, char separator)
{
    auto output = std::make_unique<OutputFile>(path);
    if (auto created = output->create(); !created)
        return created.error();
    std::unique_ptr<RejectsWriter> w(new RejectsWriter(std::move(output), static_cast<std::size_t>(header.size()), separator));
    if (!w->writer_.isOpen())
        return writeError(path);
    for (const QString& h : header)
        w->writer_.field(spreadsheettext::neutralised(h.toStdString()));
    for (const char* added : {"baris", "alasan", "reason"})
        w->writer_.field(added);
    w->writer_.endRecord();
    return w;
}

void RejectsWriter::write(std::span<const std::string_view> cells, const ImportIssue& issue)
{
    // The input's cells as they were, except that none is a formula when
    // the file is opened in a spreadsheet (the importer takes the quote
    // off again: spreadsheettext::unmarked).
    for (std::size_t i = 0; i < columns_; ++i)
        writer_.field(spreadsheettext::neutralised(i < cells.size() ? cells[i] : std::string_view()));
    writer_.field(std::to_string(issue.line));
    writer_.field(spreadsheettext::neutralised(issue.text.id.toStdString()));
    writer_.field(spreadsheettext::neutralised(issue.text.en.toStdString()));
    writer_.endRecord();
}

Result<void> RejectsWriter::close()
{
    if (!writer_.close())
        return writeError(output_->target());
    return output_->commit();
}

} // namespace tumbuh::records
