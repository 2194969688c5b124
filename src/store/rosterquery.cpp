#include "store/rosterquery.h"

#include "store/childcolumns.h"
#include "store/measurementcolumns.h"
#include "store/nativequery.h"

namespace tumbuh::store {
namespace {

// As ChildRepository::listWithLastMeasurement (see there for the plan: each
// correlated subquery walks measurements_child_date backwards and stops at
// the first row), with the household's RT/RW joined on its primary key: one
// lookup per child, where reading every household through Qt SQL cost as
// much as the rest of the list (callgrind, bench_ui).
QString statement(bool earlier, bool onePosyandu)
{
    QString s = QStringLiteral("SELECT ") + table<Child>().selectList(QStringLiteral("c")) + QStringLiteral(", ")
              + table<Measurement>().selectList(QStringLiteral("m")) + QStringLiteral(", h.rt, h.rw");
    if (earlier)
        s += QStringLiteral(", p1.measured_on, p1.weight_g, p2.measured_on, p2.weight_g");
    s += QStringLiteral(" FROM children c LEFT JOIN households h ON h.id = c.household_id AND h.deleted_at IS NULL "
                        "LEFT JOIN measurements m ON m.id = ("
                        "SELECT x.id FROM measurements x WHERE x.child_id = c.id AND x.deleted_at IS NULL "
                        "ORDER BY x.measured_on DESC, x.id DESC LIMIT 1) ");
    if (earlier) {
        const auto before = [](const QString& row) {
            return QStringLiteral("(SELECT x.id FROM measurements x WHERE x.child_id = c.id "
                                  "AND x.deleted_at IS NULL AND x.weight_g IS NOT NULL "
                                  "AND x.measured_on < substr(%1.measured_on, 1, 7) "
                                  "ORDER BY x.measured_on DESC, x.id DESC LIMIT 1) ")
                .arg(row);
        };
        s += QStringLiteral("LEFT JOIN measurements p1 ON p1.id = ") + before(QStringLiteral("m"))
           + QStringLiteral("LEFT JOIN measurements p2 ON p2.id = ") + before(QStringLiteral("p1"));
    }
    s += QStringLiteral("WHERE c.deleted_at IS NULL AND (? = 0 OR c.status = 'active') ");
    s += onePosyandu ? QStringLiteral("AND c.posyandu_id = ?") : QStringLiteral(" ORDER BY c.id");
    return s;
}

} // namespace

Result<std::vector<RosterLine>> RosterQuery::list(const ChildFilter& filter) const
{
    static const QString texts[2][2] = {{statement(false, false), statement(false, true)},
                                        {statement(true, false), statement(true, true)}};
    const QString& text = texts[filter.withEarlierWeighings ? 1 : 0][filter.posyanduId ? 1 : 0];
    const int activeOnly = filter.activeOnly ? 1 : 0;
    NativeQuery q = filter.posyanduId
                      ? NativeQuery(db_, text, {activeOnly, static_cast<qlonglong>(*filter.posyanduId)})
                      : NativeQuery(db_, text, {activeOnly});
    const Entity<Child>& children = table<Child>();
    const Entity<Measurement>& measurements = table<Measurement>();
    const int m = children.columnCount();
    const int h = m + measurements.columnCount();
    const int p = h + 2;
    return q.collect<RosterLine>([&](const Row& row) {
        RosterLine line{{children.read(row), std::nullopt, {}}, row.text(h), row.text(h + 1)};
        if (!row.isNull(m))
            line.entry.last = measurements.read(row, m);
        if (filter.withEarlierWeighings) {
            for (const int at : {p, p + 2})
                if (!row.isNull(at))
                    line.entry.earlierWeighings.push_back({row.date(at), *row.unit<growth::Grams>(at + 1)});
        }
        return line;
    });
}

} // namespace tumbuh::store
