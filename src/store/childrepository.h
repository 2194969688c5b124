#pragma once
#include "store/child.h"
#include "store/measurement.h"
#include "store/result.h"
#include "store/rowmeta.h"

#include <QDate>
#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

namespace tumbuh::store {

class Database;

// A weighing of an earlier calendar month than the one after it.
struct EarlierWeighing {
    QDate date;
    growth::Grams weight;
};

// A roster line: the child and the latest live measurement, if any.
struct ChildWithLastMeasurement {
    Child child;
    std::optional<Measurement> last;
    // With ChildFilter::withEarlierWeighings, newest first: the latest
    // weighing of a calendar month before `last`'s, then the latest of a
    // month before that one. Exactly what N/T/O/B of the last weighing and
    // 2T need (growth/cadre.h: each weighing is compared with the latest of
    // an earlier month), so a register can show them without each child's
    // whole history.
    std::vector<EarlierWeighing> earlierWeighings{};
};

struct ChildFilter {
    std::optional<RowId> posyanduId;   // nullopt = the whole database (a city)
    bool activeOnly = true;            // leave out children who moved away or died
    bool withEarlierWeighings = false; // fill ChildWithLastMeasurement::earlierWeighings
    // Read only the last measurement's id, date and weight (from the index,
    // without the table): everything else of it is left empty, for
    // RosterQuery::assessmentInputs to give later. Not with
    // withEarlierWeighings. A register's start: half the cost of the list.
    bool lastInBrief = false;
};

// Children whose last weighing is at least `months` calendar months before
// `asOf` (or who were never weighed and were born that long ago), among the
// active children younger than `maxAgeMonths` on `asOf` (posyandu target:
// balita 0-59 months).
struct NotWeighedQuery {
    QDate asOf;
    int months = 2;
    std::optional<RowId> posyanduId;
    int maxAgeMonths = 60;
};

struct NotWeighedChild {
    Child child;
    std::optional<QDate> lastWeighed; // nullopt = never weighed
};

class ChildRepository {
public:
    explicit ChildRepository(Database& db) : db_(db) { }

    // Validates (see validate()), then saves the row and its audit entry in one
    // transaction. The returned Child has its id, uid and timestamps; the
    // Result carries the warnings (NIK disagreeing with birth date or sex,
    // possible duplicate).
    Result<Child> add(Child child, UserId who, Stamp stamp = Stamp::Now);
    Result<Child> update(Child child, UserId who, Stamp stamp = Stamp::Now);
    Result<void> remove(RowId id, UserId who); // soft delete

    Result<Child> get(RowId id) const;                                // live rows only
    Result<std::optional<Child>> findByUid(const QUuid& uid) const;   // deleted rows too
    Result<std::optional<Child>> findByNik(const QString& nik) const; // live rows only

    // Everything add() would check, without saving: the first error (with
    // the others in Error::more) or the warnings.
    Result<void> validate(const Child& child) const;
    // validate() without its queries: for a bulk writer that knows the
    // posyandu and household are live and that no other live child has the
    // NIK, or the name, birth date and mother's name (compared as SQLite's
    // lower() does), where then both give the same result.
    Result<void> validateFields(const Child& child) const;

    // The roster query (store/rosterquery.h), by name.
    Result<std::vector<ChildWithLastMeasurement>> listWithLastMeasurement(const ChildFilter& filter = {}) const;
    Result<std::vector<NotWeighedChild>> notWeighed(const NotWeighedQuery& query) const;
    // Case-insensitive substring match on the name or the mother's name, or
    // prefix match on the NIK; names starting with the text come first.
    Result<std::vector<Child>> search(const QString& text, std::optional<RowId> posyanduId = std::nullopt,
                                      int limit = 100) const;

private:
    Database& db_;
};

} // namespace tumbuh::store
