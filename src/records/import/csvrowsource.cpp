#include "records/import/csvrowsource.h"

#include <filesystem>

namespace tumbuh::records {

CsvRowSource::CsvRowSource(const QString& path) : reader_(std::filesystem::path(path.toStdU16String())) { }

QString CsvRowSource::errorMessage() const
{
    return QString::fromStdString(reader_.errorMessage());
}

} // namespace tumbuh::records
