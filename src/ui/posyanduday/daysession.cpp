#include "ui/posyanduday/daysession.h"

#include "ui/common/growthinput.h"

#include "store/childrepository.h"
#include "store/database.h"
#include "store/error.h"
#include "store/measurementrepository.h"

#include <algorithm>

namespace tumbuh::ui {
namespace {

// Posyandu target group: balita, 0 to 59 completed months.
constexpr int kRosterMaxMonths = 59;

bool sameMonth(const QDate& a, const QDate& b)
{
    return a.year() == b.year() && a.month() == b.month();
}

} // namespace

DaySession::DaySession(store::Database& db, growth::CadreSettings cadre) : db_(db), cadre_(std::move(cadre)) { }

bool DaySession::expected(const store::Child& child, int* ageMonths) const
{
    if (child.meta.isDeleted() || child.posyanduId != posyanduId_)
        return false;
    // A child who moved away or died after the chosen day was still expected
    // that day (entering an earlier posyandu day from paper).
    if (child.status != store::ChildStatus::Active
        && (!child.statusDate.isValid() || child.statusDate <= date_))
        return false;
    const auto months = growth::completedMonths(toYmd(child.birthDate), toYmd(date_));
    if (!months || *months > kRosterMaxMonths)
        return false;
    if (ageMonths)
        *ageMonths = *months;
    return true;
}

RosterEntry DaySession::entryFrom(const store::Child& child, int ageMonths,
                                  const std::vector<store::Measurement>& history) const
{
    RosterEntry e;
    e.child = child;
    e.ageMonths = ageMonths;
    for (const auto& m : history) {
        if (m.date < date_)
            e.previous = m;
        else if (m.date == date_)
            e.today = m; // a second measurement the same day: the latest counts
    }
    e.earlierThisMonth = e.previous && sameMonth(e.previous->date, date_);
    if (e.today && e.today->weight) {
        std::vector<growth::Visit> earlier;
        earlier.reserve(history.size());
        for (const auto& m : history)
            if (m.meta.id != e.today->meta.id)
                earlier.push_back(toVisit(m));
        const auto a = growth::assessVisit(toFacts(child), toVisit(*e.today), earlier, cadre_);
        if (a.weighing && a.weighing->ok())
            e.status = a.weighing->status;
        e.twoT = a.twoT;
        e.bgm = a.bgm;
    }
    return e;
}

store::Result<std::vector<RosterEntry>> DaySession::loadRoster(const QDate& date, store::RowId posyanduId)
{
    date_ = date;
    posyanduId_ = posyanduId;
    histories_.clear();

    store::ChildFilter filter;
    filter.posyanduId = posyanduId;
    filter.activeOnly = false; // see expected(): the status date decides
    auto children = store::ChildRepository(db_).listWithLastMeasurement(filter);
    if (!children)
        return children.error();

    std::vector<RosterEntry> out;
    out.reserve(children->size());
    for (auto& line : *children) {
        int months = 0;
        if (!expected(line.child, &months))
            continue;
        if (line.last && line.last->date >= date_) {
            // Measured on (or after) the day: the whole history tells what
            // was done that day and what came before. In the normal case,
            // today's date, these are only the children already done.
            auto h = history(line.child.meta.id);
            if (!h)
                return h.error();
            out.push_back(entryFrom(line.child, months, **h));
        } else {
            RosterEntry e;
            e.child = std::move(line.child);
            e.ageMonths = months;
            e.previous = std::move(line.last);
            e.earlierThisMonth = e.previous && sameMonth(e.previous->date, date_);
            out.push_back(std::move(e));
        }
    }
    return out;
}

store::Result<const std::vector<store::Measurement>*> DaySession::history(store::RowId childId)
{
    if (auto it = histories_.find(childId); it != histories_.end())
        return &it->second;
    auto h = store::MeasurementRepository(db_).history(childId);
    if (!h)
        return h.error();
    auto [it, inserted] = histories_.emplace(childId, std::move(h).value());
    return &it->second;
}

store::Result<std::optional<RosterEntry>> DaySession::reloadEntry(store::RowId childId)
{
    forget(childId);
    auto child = store::ChildRepository(db_).get(childId);
    if (!child) {
        if (child.error().code == store::ErrorCode::NotFound)
            return std::optional<RosterEntry>();
        return child.error();
    }
    int months = 0;
    if (!expected(*child, &months))
        return std::optional<RosterEntry>();
    auto h = history(childId);
    if (!h)
        return h.error();
    return std::optional<RosterEntry>(entryFrom(*child, months, **h));
}

growth::Assessment DaySession::assess(const store::Child& child, const growth::Visit& visit,
                                      std::optional<store::RowId> replacing)
{
    std::vector<growth::Visit> earlier;
    if (auto h = history(child.meta.id); h) {
        earlier.reserve((*h)->size());
        for (const auto& m : **h)
            if (!replacing || m.meta.id != *replacing)
                earlier.push_back(toVisit(m));
    }
    return growth::assessVisit(toFacts(child), visit, earlier, cadre_);
}

std::vector<growth::Check> DaySession::positionChecks(const store::Child& child, growth::Measure position) const
{
    // The engine owns the 24-month and 9-month rules (WHO counts days, the
    // cut-off is day 731): ask it with a stand-in length rather than
    // repeating its arithmetic here.
    growth::Visit probe;
    probe.date = toYmd(date_);
    probe.lengthHeight = growth::Millimetres{700};
    probe.measure = position;
    const auto a = growth::assessVisit(toFacts(child), probe, {}, cadre_);
    std::vector<growth::Check> out;
    for (const auto& c : a.checks)
        if (c.kind == growth::CheckKind::StandingUnder24Months || c.kind == growth::CheckKind::LyingFrom24Months
            || c.kind == growth::CheckKind::StandingUnder9Months)
            out.push_back(c);
    return out;
}

growth::Measure DaySession::expectedPosition(const store::Child& child) const
{
    const auto checks = positionChecks(child, growth::Measure::Lying);
    const bool lyingIsWrong = std::any_of(checks.begin(), checks.end(), [](const growth::Check& c) {
        return c.kind == growth::CheckKind::LyingFrom24Months;
    });
    return lyingIsWrong ? growth::Measure::Standing : growth::Measure::Lying;
}

store::Measurement DaySession::toRecord(const RosterEntry& e, const MeasurementDraft& draft,
                                        const QString& measuredBy) const
{
    store::Measurement m;
    if (e.today) {
        m = *e.today;
    } else {
        m.childId = e.child.meta.id;
        m.posyanduId = posyanduId_;
        m.date = date_;
        m.measuredBy = measuredBy;
    }
    draft.applyTo(m);
    return m;
}

} // namespace tumbuh::ui
