#pragma once
#include "records/storenames.h"
// A read-only Qt SQL connection to a file that is not (or not yet) this
// program's working database: a package, a backup being checked. Its own
// unique connection name, removed when the object goes.
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace tumbuh::records {

class ReadOnlyConnection {
public:
    explicit ReadOnlyConnection(const QString& path);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection&) = delete;
    ReadOnlyConnection& operator=(const ReadOnlyConnection&) = delete;

    bool isOpen() const { return open_; }
    QSqlDatabase db() const;
    // The first column of the first row, or nullopt when the statement fails
    // or returns nothing.
    std::optional<QVariant> scalar(const QString& sql) const;
    void* nativeHandle() const;

private:
    QString name_;
    bool open_ = false;
};

} // namespace tumbuh::records
