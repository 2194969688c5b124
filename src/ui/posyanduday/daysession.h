#pragma once
// What the posyandu-day page knows about its morning: the date, the
// posyandu, the children expected and each child's history, read once and
// kept so that the result panel can be recomputed on every key press
// without touching the database. Holds no widgets, so it is tested and
// benchmarked on its own.
#include "ui/posyanduday/measurementdraft.h"
#include "ui/posyanduday/rosterentry.h"

#include "growth/assessment.h"
#include "growth/cadre.h"
#include "store/child.h"
#include "store/measurement.h"
#include "store/result.h"
#include "store/rowmeta.h"

#include <QDate>

#include <optional>
#include <unordered_map>
#include <vector>

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class DaySession {
public:
    DaySession(store::Database& db, growth::CadreSettings cadre);

    // The children expected at `posyanduId` on `date`: 0-59 completed
    // months, not deleted, not moved away or deceased on that date. Forgets
    // every cached history.
    store::Result<std::vector<RosterEntry>> loadRoster(const QDate& date, store::RowId posyanduId);

    const QDate& date() const { return date_; }
    store::RowId posyanduId() const { return posyanduId_; }
    const growth::CadreSettings& cadre() const { return cadre_; }

    // The child's live measurements, oldest first; read on first use.
    store::Result<const std::vector<store::Measurement>*> history(store::RowId childId);
    // Drops a cached history (the child's measurements changed elsewhere).
    void forget(store::RowId childId) { histories_.erase(childId); }

    // Re-reads one child and its history. Nothing when the child is no
    // longer expected here (deleted, moved, another posyandu, too old).
    store::Result<std::optional<RosterEntry>> reloadEntry(store::RowId childId);

    // The visit as the engine sees it, against the child's other visits
    // (`replacing`: the stored measurement the form is editing, left out).
    growth::Assessment assess(const store::Child& child, const growth::Visit& visit,
                              std::optional<store::RowId> replacing = std::nullopt);

    // How the child should be measured on the session's date: lying before
    // 24 months, standing from 24 months, as the engine decides it.
    growth::Measure expectedPosition(const store::Child& child) const;
    // The position checks the engine makes for `position` on the date
    // (StandingUnder24Months, LyingFrom24Months, StandingUnder9Months),
    // whether or not a length has been typed yet.
    std::vector<growth::Check> positionChecks(const store::Child& child, growth::Measure position) const;

    // What Enter records for `e`: a correction of today's measurement when
    // the child is done, else a new one on the session's date and posyandu,
    // with the values of `draft`.
    store::Measurement toRecord(const RosterEntry& e, const MeasurementDraft& draft,
                                const QString& measuredBy) const;

    // The latest measurement before the session's date that has the value
    // `has` looks for, from the cached history.
    template <typename Has>
    static const store::Measurement* latestBefore(const std::vector<store::Measurement>& history,
                                                  const QDate& date, Has has)
    {
        const store::Measurement* best = nullptr;
        for (const auto& m : history)
            if (m.date < date && has(m))
                best = &m; // oldest first: the last match is the latest
        return best;
    }

private:
    bool expected(const store::Child& child, int* ageMonths) const;
    RosterEntry entryFrom(const store::Child& child, int ageMonths,
                          const std::vector<store::Measurement>& history) const;

    store::Database& db_;
    growth::CadreSettings cadre_;
    QDate date_;
    store::RowId posyanduId_ = 0;
    std::unordered_map<store::RowId, std::vector<store::Measurement>> histories_;
};

} // namespace tumbuh::ui
