#include "store/fileheader.h"

#include "store/openrefusal.h"

#include <QByteArray>
#include <QFile>

namespace tumbuh::store {

std::optional<int> schemaVersionInHeader(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return std::nullopt;
    return static_cast<int>(bigEndian32(header, 60)); // user_version
}

} // namespace tumbuh::store
