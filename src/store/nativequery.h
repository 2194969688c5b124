#pragma once
// Internal: a SELECT run straight on the sqlite3 handle under the Qt
// connection, for the long lists (a city's roster, a month of measurements).
// Qt SQL turns every column of every row into a QVariant first; for 50,000
// rows of 34 columns that alone cost ~240 ms of CPU, against ~165 ms read
// natively, which decides whether the city roster meets its 300 ms budget.
// Writes and single-row reads stay on Qt SQL.
#include "store/result.h"
#include "store/row.h"

#include <QString>
#include <QVariant>

#include <initializer_list>
#include <vector>

struct sqlite3_stmt;

namespace tumbuh::store {

class Database;

class NativeQuery {
public:
    NativeQuery(Database& db, const QString& sql, std::initializer_list<QVariant> values = {});
    ~NativeQuery();
    NativeQuery(const NativeQuery&) = delete;
    NativeQuery& operator=(const NativeQuery&) = delete;

    // true: a row is ready in row(); false: no more rows; or the error
    // (also a failed prepare or bind in the constructor).
    Result<bool> next();
    const Row& row() const { return row_; }

    // Every (remaining) row, each made into a T by read(row()).
    template <typename T, typename Read>
    Result<std::vector<T>> collect(Read&& read)
    {
        std::vector<T> out;
        for (;;) {
            auto more = next();
            if (!more)
                return more.error();
            if (!*more)
                return out;
            out.push_back(read(row_));
        }
    }

private:
    Error error() const;

    void* handle_ = nullptr;
    sqlite3_stmt* st_ = nullptr;
    NativeRow row_{nullptr};
    bool failed_ = false;
};

} // namespace tumbuh::store
