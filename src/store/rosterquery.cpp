#include "store/rosterquery.h"

#include "store/childcolumns.h"
#include "store/measurementcolumns.h"
#include "store/nativequery.h"

namespace tumbuh::store {
namespace {

// The latest live measurement of child c: each correlated subquery walks
// the (child_id, measured_on) index backwards and stops at the first row.
const QString kLast = QStringLiteral("LEFT JOIN measurements m ON m.id = ("
                                     "SELECT x.id FROM measurements x WHERE x.child_id = c.id AND x.deleted_at IS NULL "
                                     "ORDER BY x.measured_on DESC, x.id DESC LIMIT 1) ");

// The earlier weighings walk the same index from the start of the month of
// the row before: on day numbers, "before that month" is "on or before the
// day number minus the day of the month" (15 June: up to 31 May). They cost
// about as much again as the rest of the list.
QString earlierJoins()
{
    const auto before = [](const QString& row) {
        return QStringLiteral("(SELECT x.id FROM measurements x WHERE x.child_id = c.id "
                              "AND x.deleted_at IS NULL AND x.weight_g IS NOT NULL "
                              "AND x.measured_on <= %1.measured_on "
                              "- CAST(strftime('%d', %1.measured_on * 86400, 'unixepoch') AS INTEGER) "
                              "ORDER BY x.measured_on DESC, x.id DESC LIMIT 1) ")
            .arg(row);
    };
    return QStringLiteral("LEFT JOIN measurements p1 ON p1.id = ") + before(QStringLiteral("m"))
         + QStringLiteral("LEFT JOIN measurements p2 ON p2.id = ") + before(QStringLiteral("p1"));
}

const QString kEarlierColumns = QStringLiteral("p1.measured_on, p1.weight_g, p2.measured_on, p2.weight_g");

// The last measurement in brief: its date, id and weight are all in the
// index (child_id, measured_on, id, weight_g), which the join seeks on the
// subquery's date and id; the table's pages are never read (EXPLAIN QUERY
// PLAN: SEARCH m USING COVERING INDEX).
const QString kLastInBrief = QStringLiteral("LEFT JOIN measurements m INDEXED BY measurements_child_date ON m.child_id = c.id "
                                            "AND m.deleted_at IS NULL AND (m.measured_on, m.id) = ("
                                            "SELECT x.measured_on, x.id FROM measurements x WHERE x.child_id = c.id AND x.deleted_at IS NULL "
                                            "ORDER BY x.measured_on DESC, x.id DESC LIMIT 1) ");
const QString kBriefColumns = QStringLiteral("m.id, m.measured_on, m.weight_g");

enum class Last { Whole,
                  WithEarlier,
                  InBrief };

// With the household's RT/RW joined on its primary key: one lookup per
// child, where reading every household through Qt SQL cost as much as the
// rest of the list (callgrind, bench_ui). Children are read in rowid order,
// which walks the measurements index forwards (cache-friendly). Two texts
// rather than "(? IS NULL OR posyandu_id = ?)", which would keep SQLite from
// using the posyandu index.
QString statement(Last last, bool onePosyandu)
{
    QString s = QStringLiteral("SELECT ") + table<Child>().selectList(QStringLiteral("c")) + QStringLiteral(", ")
              + (last == Last::InBrief ? kBriefColumns : table<Measurement>().selectList(QStringLiteral("m")))
              + QStringLiteral(", h.rt, h.rw");
    if (last == Last::WithEarlier)
        s += QStringLiteral(", ") + kEarlierColumns;
    s += QStringLiteral(" FROM children c LEFT JOIN households h ON h.id = c.household_id AND h.deleted_at IS NULL ")
       + (last == Last::InBrief ? kLastInBrief : kLast);
    if (last == Last::WithEarlier)
        s += earlierJoins();
    s += QStringLiteral("WHERE c.deleted_at IS NULL AND (? = 0 OR c.status = 'active') ");
    s += onePosyandu ? QStringLiteral("AND c.posyandu_id = ?") : QStringLiteral(" ORDER BY c.id");
    return s;
}

// Reads the four columns from `at` on (p1's date and weight, p2's).
std::vector<EarlierWeighing> earlierFrom(const Row& row, int at)
{
    std::vector<EarlierWeighing> out;
    for (const int column : {at, at + 2})
        if (!row.isNull(column))
            out.push_back({row.date(column), *row.unit<growth::Grams>(column + 1)});
    return out;
}

// The last measurement as kBriefColumns give it, from `at` on.
Measurement inBrief(const Row& row, int at, const Child& child)
{
    Measurement brief;
    brief.meta.id = row.integer(at);
    brief.childId = child.meta.id;
    brief.date = row.date(at + 1);
    brief.weight = row.unit<growth::Grams>(at + 2);
    return brief;
}

} // namespace

Result<std::vector<RosterLine>> RosterQuery::list(const ChildFilter& filter) const
{
    static const QString texts[3][2] = {{statement(Last::Whole, false), statement(Last::Whole, true)},
                                        {statement(Last::WithEarlier, false), statement(Last::WithEarlier, true)},
                                        {statement(Last::InBrief, false), statement(Last::InBrief, true)}};
    const Last last = filter.lastInBrief          ? Last::InBrief
                    : filter.withEarlierWeighings ? Last::WithEarlier
                                                  : Last::Whole;
    const QString& text = texts[static_cast<int>(last)][filter.posyanduId ? 1 : 0];
    const int activeOnly = filter.activeOnly ? 1 : 0;
    NativeQuery q = filter.posyanduId
                      ? NativeQuery(db_, text, {activeOnly, static_cast<qlonglong>(*filter.posyanduId)})
                      : NativeQuery(db_, text, {activeOnly});
    const Entity<Child>& children = table<Child>();
    const Entity<Measurement>& measurements = table<Measurement>();
    const int m = children.columnCount();
    const int h = m + (last == Last::InBrief ? 3 : measurements.columnCount());
    const int p = h + 2;
    return q.collect<RosterLine>([&](const Row& row) {
        RosterLine line{{children.read(row), std::nullopt, {}}, row.text(h), row.text(h + 1)};
        if (!row.isNull(m))
            line.entry.last = last == Last::InBrief ? inBrief(row, m, line.entry.child) : measurements.read(row, m);
        if (last == Last::WithEarlier)
            line.entry.earlierWeighings = earlierFrom(row, p);
        return line;
    });
}

Result<std::unordered_map<RowId, AssessmentInput>> RosterQuery::assessmentInputs(std::span<const RowId> children) const
{
    std::unordered_map<RowId, AssessmentInput> out;
    if (children.empty())
        return out;
    // The same joins as list(), for the ids given as one JSON array (one
    // statement for a slice of the register, or for all of it).
    static const QString text = QStringLiteral("SELECT ") + table<Measurement>().selectList(QStringLiteral("m"))
                              + QStringLiteral(", ") + kEarlierColumns + QStringLiteral(" FROM children c ") + kLast
                              + earlierJoins()
                              + QStringLiteral("WHERE c.id IN (SELECT value FROM json_each(?)) AND m.id IS NOT NULL");
    QByteArray ids;
    ids.reserve(static_cast<qsizetype>(children.size() * 8 + 2));
    ids += '[';
    for (std::size_t i = 0; i < children.size(); ++i) {
        if (i > 0)
            ids += ',';
        ids += QByteArray::number(children[i]);
    }
    ids += ']';
    const Entity<Measurement>& measurements = table<Measurement>();
    const int p = measurements.columnCount();
    NativeQuery q(db_, text, {QString::fromLatin1(ids)});
    for (;;) {
        auto more = q.next();
        if (!more)
            return more.error();
        if (!*more)
            return out;
        AssessmentInput input{measurements.read(q.row(), 0), earlierFrom(q.row(), p)};
        const RowId child = input.last.childId;
        out.emplace(child, std::move(input));
    }
}

} // namespace tumbuh::store
