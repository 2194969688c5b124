#include "records/import/referencecheck.h"

#include "records/nativestatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <unordered_set>

namespace tumbuh::records {
namespace {

QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

Error missing(const QString& table, const QString& parent, const QString& value)
{
    return Error{ErrorCode::Sql, {}, QCoreApplication::translate("tumbuh::records", "The import stopped: a row it wrote to the table %1 refers to row %2 "
                                                                                    "of the table %3, which does not exist. Nothing was saved.")
                                         .arg(table, value, parent),
                 {},
                 {}};
}

// Distinct ids: a bitmap for the usual small positive ids (a million
// measurements name the same fifty thousand children), a set for the rest.
class IdSet {
public:
    void insert(std::int64_t id)
    {
        if (id >= 0 && id < kDense) {
            const auto i = static_cast<std::size_t>(id);
            if (i >= seen_.size())
                seen_.resize(std::max(i + 1, seen_.size() * 2));
            if (!seen_[i]) {
                seen_[i] = true;
                ids_.push_back(id);
            }
        } else if (other_.insert(id).second) {
            ids_.push_back(id);
        }
    }
    const std::vector<std::int64_t>& ids() const { return ids_; }

private:
    static constexpr std::int64_t kDense = std::int64_t{1} << 26;
    std::vector<bool> seen_;
    std::unordered_set<std::int64_t> other_;
    std::vector<std::int64_t> ids_;
};

} // namespace

Result<ReferenceCheck> ReferenceCheck::start(Database& db)
{
    auto tables = NativeStatement::prepare(
        db, QStringLiteral("SELECT t.name, f.\"from\", f.\"table\", coalesce(f.\"to\", 'id') FROM sqlite_schema t, "
                           "pragma_foreign_key_list(t.name) f WHERE t.type = 'table' ORDER BY t.name, f.id, f.seq"));
    if (!tables)
        return tables.error();
    ReferenceCheck out;
    for (;;) {
        auto r = tables->step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        const QString name = tables->text(0);
        if (out.tables_.empty() || out.tables_.back().name != name)
            out.tables_.push_back(Table{name, 0, {}});
        out.tables_.back().links.push_back(Link{tables->text(1), tables->text(2), tables->text(3)});
    }
    for (Table& t : out.tables_) {
        auto last = NativeStatement::prepare(db, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM ") + quoted(t.name));
        if (!last)
            return last.error();
        auto r = last->step();
        if (!r)
            return r.error();
        t.lastIdBefore = last->int64(0);
    }
    return out;
}

Result<void> ReferenceCheck::verify(Database& db, const Edited& edited) const
{
    for (const Table& t : tables_) {
        QString columns;
        for (const Link& l : t.links)
            columns += (columns.isEmpty() ? QString() : QStringLiteral(", ")) + quoted(l.column);
        // The distinct values of each link; a value that is not an integer
        // cannot find an id.
        std::vector<IdSet> values(t.links.size());
        auto collect = [&](NativeStatement& q) -> Result<void> {
            for (;;) {
                auto r = q.step();
                if (!r)
                    return r.error();
                if (!*r)
                    break;
                for (std::size_t i = 0; i < t.links.size(); ++i) {
                    const int column = static_cast<int>(i);
                    const int type = sqlite3_column_type(q.handle(), column);
                    if (type == SQLITE_NULL)
                        continue;
                    if (type != SQLITE_INTEGER)
                        return missing(t.name, t.links[i].parent, q.text(column));
                    values[i].insert(q.int64(column));
                }
            }
            q.reset();
            return {};
        };
        auto added = NativeStatement::prepare(db, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + quoted(t.name)
                                                      + QStringLiteral(" WHERE rowid > ?"));
        if (!added)
            return added.error();
        added->bind(1, static_cast<std::int64_t>(t.lastIdBefore));
        if (auto c = collect(*added); !c)
            return c;
        for (const auto& [table, ids] : edited) {
            if (table != t.name || ids.empty())
                continue;
            auto one = NativeStatement::prepare(db, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + quoted(t.name)
                                                        + QStringLiteral(" WHERE rowid = ?"));
            if (!one)
                return one.error();
            for (const RowId id : ids) {
                one->bind(1, static_cast<std::int64_t>(id));
                if (auto c = collect(*one); !c)
                    return c;
            }
        }
        for (std::size_t i = 0; i < t.links.size(); ++i) {
            const Link& l = t.links[i];
            if (values[i].ids().empty())
                continue;
            auto exists = NativeStatement::prepare(db, QStringLiteral("SELECT 1 FROM ") + quoted(l.parent) + QStringLiteral(" WHERE ")
                                                           + quoted(l.key) + QStringLiteral(" = ?"));
            if (!exists)
                return exists.error();
            for (const std::int64_t v : values[i].ids()) {
                exists->bind(1, v);
                auto r = exists->step();
                exists->reset();
                if (!r)
                    return r.error();
                if (!*r)
                    return missing(t.name, l.parent, QString::number(v));
            }
        }
    }
    return {};
}

} // namespace tumbuh::records
