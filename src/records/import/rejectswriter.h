#pragma once
#include "records/storenames.h"
// The CSV of rejected rows: the input's own columns as they were, then
// "baris" (the line in the input file), "alasan" (the reason in Bahasa
// Indonesia) and "reason" (in English). Same separator as the input, so it
// opens like the original; the importer ignores the three added columns,
// so a corrected file can be imported again as it is. Written to a temporary
// file beside the target and renamed over it by close(): an import that fails
// leaves the previous rejects file as it was.
#include "records/outputfile.h"
#include "store/result.h"

#include "csv/csvwriter.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <span>
#include <string_view>

namespace tumbuh::records {

struct ImportIssue;

class RejectsWriter {
public:
    static Result<std::unique_ptr<RejectsWriter>> open(const QString& path, const QStringList& header, char separator);

    void write(std::span<const std::string_view> cells, const ImportIssue& issue);
    Result<void> close();

private:
    RejectsWriter(std::unique_ptr<OutputFile> output, std::size_t columns, char separator);

    std::unique_ptr<OutputFile> output_; // outlives writer_, which writes its temporary file
    std::size_t columns_;
    csv::CsvWriter writer_;
};

} // namespace tumbuh::records
