#pragma once
#include "records/storenames.h"
// The audit log as the inspector reads it (issue 12 point 5): its rows, newest
// first, filtered by who made the change (a user, or the program itself),
// by table, by child (the child's own row and every row that belongs to it:
// its measurements, referrals and their steps, counselling, consents and its
// household) and by a range of local dates, read in pages of 200.
//
// Newest first is (created_at, id) descending, and a page continues after the
// last row shown (keyset paging: never OFFSET), so that every page of a city
// file with a million audit rows is one short walk down an index:
// audit_log_time without a user, audit_log_user_time with one (both end in
// the rowid), audit_log_row for a child. The table filter never takes the
// (table, row) index: it is checked while walking the time order.
#include "store/auditentry.h"
#include "store/result.h"
#include "store/rowmeta.h"

#include <QDate>
#include <QString>
#include <QVariantList>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace tumbuh::records {

struct AuditFilter {
    enum class Who : std::uint8_t { Anyone,
                                    User,
                                    Program }; // Program: user_id NULL, the program itself
    Who who = Who::Anyone;
    UserId userId = 0; // for Who::User
    QString table;     // audit_log.table_name; empty = every table
    std::optional<RowId> childId;
    QDate from; // local dates, both included; null = no bound
    QDate to;
};

// One audit row with what the view shows beside it.
struct AuditRow {
    AuditEntry entry;
    bool redacted = false;        // emptied when its child was anonymised
    QString userName;             // empty for the program itself
    std::optional<RowId> childId; // the child the row belongs to, when one does
    QString childName;            // for a household: its children's names
};

// A child the filter can name: "type a name and pick".
struct AuditChildChoice {
    RowId id = 0;
    QString name;
    QDate birthDate;
};

class AuditQuery {
public:
    static constexpr int kPageSize = 200;

    AuditQuery(Database& db, AuditFilter filter);

    // The next page (at most `limit` rows); empty once every row was read.
    Result<std::vector<AuditRow>> nextPage(int limit = kPageSize);
    bool atEnd() const { return atEnd_; }
    // Back to the newest row.
    void restart();

    // Every matching row, newest first, page by page (for the CSV export);
    // `each` returns false to stop. Returns the number of rows passed.
    Result<qint64> forEach(const std::function<bool(const AuditRow&)>& each);

    // The statement of the first page and of the pages after it, with their
    // values (EXPLAIN QUERY PLAN in the tests and the benchmark).
    QString statement(bool afterFirstPage) const;
    QVariantList values(bool afterFirstPage) const;

    // Children whose name contains `text` (deleted ones too: their rows stay
    // in the log), by name, at most `limit`.
    static Result<std::vector<AuditChildChoice>> childrenNamed(Database& db, const QString& text, int limit = 50);

    // UTC bounds (sql::timestampValue: milliseconds) of the local dates of the filter.
    static QVariant fromBound(const QDate& from);
    static QVariant toBound(const QDate& to);

private:
    Result<void> nameChildren(std::vector<AuditRow>& rows) const;

    Database& db_;
    AuditFilter filter_;
    QVariant lastAt_; // created_at of the last row read, as stored
    RowId lastId_ = 0;
    bool started_ = false;
    bool atEnd_ = false;
};

} // namespace tumbuh::records
