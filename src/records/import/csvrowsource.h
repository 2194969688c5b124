#pragma once
#include "records/storenames.h"
// The rows of a CSV file (csv::CsvReader): "baris" is the line on which
// a record starts, 1 being the header.
#include "records/import/rowsource.h"

#include "csv/csvreader.h"

#include <QString>

namespace tumbuh::records {

class CsvRowSource final : public RowSource {
public:
    explicit CsvRowSource(const QString& path);

    bool next() override { return reader_.next(); }
    std::span<const std::string_view> fields() const override { return reader_.fields(); }
    qint64 line() const override { return static_cast<qint64>(reader_.line()); }
    bool failed() const override { return reader_.error() != csv::ReadError::None; }
    QString errorMessage() const override;
    char separator() const override { return reader_.separator(); }

private:
    csv::CsvReader reader_;
};

} // namespace tumbuh::records
