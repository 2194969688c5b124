#pragma once
// Reading a column of the current row of a raw SQLite statement
// (NativeStatement::handle()) without a QVariant on the way: the city-size
// loaders (the monthly report, the Perlu perhatian list) read a million
// rows through these.
#include <sqlite3.h>

#include <QByteArrayView>
#include <QString>
#include <QUuid>

#include <chrono>
#include <cstdint>
#include <optional>

namespace tumbuh::records {

// Text; NULL is empty.
inline QString textColumn(sqlite3_stmt* st, int column)
{
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(st, column));
    return t ? QString::fromUtf8(t, sqlite3_column_bytes(st, column)) : QString();
}

// A uid as text (lower case, no braces), from schema 5's 16 bytes or the
// text of schemas 1-4; NULL is empty.
inline QString uidTextColumn(sqlite3_stmt* st, int column)
{
    if (sqlite3_column_type(st, column) == SQLITE_BLOB && sqlite3_column_bytes(st, column) == 16) {
        const auto* p = static_cast<const char*>(sqlite3_column_blob(st, column));
        return QUuid::fromRfc4122(QByteArrayView(p, 16)).toString(QUuid::WithoutBraces);
    }
    return textColumn(st, column);
}

// A date: schema 5's day number (days since 1970-01-01), or "YYYY-MM-DD"
// from the column's bytes (schemas 1-4); nothing for NULL or anything else.
inline std::optional<std::chrono::year_month_day> dateColumn(sqlite3_stmt* st, int column)
{
    const int type = sqlite3_column_type(st, column);
    if (type == SQLITE_NULL)
        return std::nullopt;
    if (type == SQLITE_INTEGER)
        return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{sqlite3_column_int64(st, column)}}};
    const auto* p = sqlite3_column_text(st, column);
    if (!p || sqlite3_column_bytes(st, column) < 10)
        return std::nullopt;
    const auto digit = [p](int i) { return p[i] - '0'; };
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (digit(i) < 0 || digit(i) > 9)
            return std::nullopt;
    }
    const std::chrono::year_month_day d{std::chrono::year{digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)},
                                        std::chrono::month{static_cast<unsigned>(digit(5) * 10 + digit(6))},
                                        std::chrono::day{static_cast<unsigned>(digit(8) * 10 + digit(9))}};
    if (!d.ok())
        return std::nullopt;
    return d;
}

// Grams, millimetres: the integer, or nothing for NULL.
template <typename Unit>
std::optional<Unit> unitColumn(sqlite3_stmt* st, int column)
{
    if (sqlite3_column_type(st, column) == SQLITE_NULL)
        return std::nullopt;
    return Unit{static_cast<std::int32_t>(sqlite3_column_int64(st, column))};
}

} // namespace tumbuh::records
