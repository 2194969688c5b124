#include "records/monthly/monthlyloader.h"

#include "records/nativecolumns.h"
#include "records/nativestatement.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <unordered_map>

namespace tumbuh::records {
namespace {

using namespace std::chrono;

// Months of visits read before the report's month: the trend's first month
// is 11 months back and its 2T needs the letter of the month before, whose
// own letter needs the last weighing before it (kept per child).
constexpr int kHistoryMonths = 13;

Error loaderError(ErrorCode code, const QString& message)
{
    return Error{code, {}, message, {}, {}};
}

// As schema 5 stores a date: days since 1970-01-01.
std::int64_t dayNumber(year_month_day d)
{
    return sys_days(d).time_since_epoch().count();
}

// "c.posyandu_id IN (1,2,3)" for the scope; ids are integers from the file.
QString scopeFilter(const std::vector<std::int64_t>& ids, bool wholeFile)
{
    if (wholeFile)
        return QStringLiteral("1");
    QStringList list;
    for (const std::int64_t id : ids)
        list << QString::number(id);
    return QStringLiteral("c.posyandu_id IN (%1)").arg(list.join(QLatin1Char(',')));
}

} // namespace

Result<report::MonthlyInput> MonthlyLoader::load(year_month month, const QStringList& wanted,
                                                 const growth::CadreSettings& settings)
{
    report::MonthlyInput input;
    input.month = month;
    input.settings = settings;
    input.wholeFile = wanted.isEmpty();
    input.byNameList = policy_.byName();
    const QDate today = QDate::currentDate();
    input.madeOn = year_month_day{year{today.year()}, std::chrono::month{static_cast<unsigned>(today.month())},
                                  day{static_cast<unsigned>(today.day())}};

    // Posyandu.
    std::vector<std::int64_t> ids;
    std::vector<report::PosyanduInfo> all;
    {
        auto q = NativeStatement::prepare(
            db_, QStringLiteral("SELECT id, uid, name, rw, kelurahan, kecamatan, kabupaten, province FROM posyandu "
                                "WHERE deleted_at IS NULL ORDER BY name, id"));
        if (!q)
            return q.error();
        while (true) {
            auto row = q->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            ids.push_back(q->int64(0));
            all.push_back(report::PosyanduInfo{uidTextColumn(q->handle(), 1), q->text(2), q->text(3), q->text(4), q->text(5),
                                               q->text(6), q->text(7)});
        }
    }
    std::vector<std::int64_t> scopeIds;
    if (input.wholeFile) {
        scopeIds = ids;
        input.posyandu = all;
    } else {
        for (const QString& w : wanted) {
            std::optional<std::size_t> found;
            for (std::size_t i = 0; i < all.size(); ++i) {
                if (all[i].uid.compare(w.trimmed(), Qt::CaseInsensitive) == 0)
                    found = i;
            }
            if (!found) {
                const QString name = w.simplified().toLower();
                int matches = 0;
                for (std::size_t i = 0; i < all.size(); ++i) {
                    if (all[i].name.simplified().toLower() == name) {
                        found = i;
                        ++matches;
                    }
                }
                if (matches > 1) {
                    return loaderError(ErrorCode::InvalidFormat,
                                       QCoreApplication::translate(
                                           "tumbuh::records",
                                           "Several posyandu are named \"%1\"; give the posyandu's UID instead.")
                                           .arg(w));
                }
            }
            if (!found) {
                return loaderError(
                    ErrorCode::NotFound,
                    QCoreApplication::translate("tumbuh::records", "There is no posyandu \"%1\" in this database.")
                        .arg(w));
            }
            if (std::find(scopeIds.begin(), scopeIds.end(), ids[*found]) == scopeIds.end()) {
                scopeIds.push_back(ids[*found]);
                input.posyandu.push_back(all[*found]);
            }
        }
    }
    std::unordered_map<std::int64_t, int> posyanduIndex;
    for (std::size_t i = 0; i < scopeIds.size(); ++i)
        posyanduIndex[scopeIds[i]] = static_cast<int>(i);
    input.referrals.assign(scopeIds.size(), report::ReferralCounts{});

    const year_month_day first{month / day{1}};
    const year_month_day end = report::lastDayOf(month);
    // Children born before this are 60 months or older at the end of every
    // trend month (the earliest is 11 months back).
    const year_month_day oldest{(month - months{11 + 60}) / day{1}};
    const QString filter = scopeFilter(scopeIds, input.wholeFile);
    // The whole file: a straight scan beats an index that needs a table
    // lookup for nearly every row.
    const QString scan = input.wholeFile ? QStringLiteral("NOT INDEXED") : QString();

    // Children, each with the last weighing before the window (all the
    // history N/T/O/B and 2T need from before it: see monthlyloader.h).
    const year_month_day window{(month - months{kHistoryMonths}) / day{1}};
    std::vector<std::int32_t> childIndex; // child id -> index into input.children, -1: not read
    {
        auto q = NativeStatement::prepare(
            db_, QStringLiteral("SELECT c.id, c.uid, c.name, c.nik, c.sex, c.birth_date, c.posyandu_id, c.status, "
                                "c.status_date, c.has_kia, c.birth_weight_g, c.birth_length_mm, c.mother_name, "
                                "h.mother_name, h.father_name, h.address, h.rt, h.rw, "
                                "(SELECT p.measured_on * 1000000 + p.weight_g FROM measurements p "
                                " WHERE p.child_id = c.id AND p.deleted_at IS NULL AND p.measured_on < ?3 "
                                " AND p.weight_g IS NOT NULL ORDER BY p.measured_on DESC LIMIT 1) "
                                "FROM children c %2 LEFT JOIN households h ON h.id = c.household_id "
                                "WHERE c.deleted_at IS NULL AND c.birth_date <= ?1 AND c.birth_date >= ?2 AND %1 "
                                "ORDER BY c.id")
                     .arg(filter, scan));
        if (!q)
            return q.error();
        q->bind(1, dayNumber(end));
        q->bind(2, dayNumber(oldest));
        q->bind(3, dayNumber(window));
        while (true) {
            auto row = q->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            sqlite3_stmt* s = q->handle();
            const auto birth = dateColumn(s, 5);
            const auto where = posyanduIndex.find(q->int64(6));
            const std::int64_t id = q->int64(0);
            if (!birth || where == posyanduIndex.end() || id < 0 || id > std::numeric_limits<std::int32_t>::max())
                continue;
            report::ChildForReport c;
            c.uid = uidTextColumn(s, 1);
            c.name = textColumn(s, 2);
            c.nik = policy_.nik(textColumn(s, 3));
            c.byName = policy_.allows(id);
            c.sex = q->int64(4) == 2 ? growth::Sex::Female : growth::Sex::Male;
            c.birth = *birth;
            c.posyandu = where->second;
            const QString status = textColumn(s, 7);
            c.status = status == QLatin1String("moved")    ? report::RegisterStatus::MovedAway
                     : status == QLatin1String("deceased") ? report::RegisterStatus::Deceased
                                                           : report::RegisterStatus::Active;
            c.statusDate = dateColumn(s, 8);
            c.hasKia = q->int64(9) != 0;
            c.birthWeight = unitColumn<growth::Grams>(s, 10);
            c.birthLength = unitColumn<growth::Millimetres>(s, 11);
            c.motherName = textColumn(s, 12);
            if (c.motherName.isEmpty())
                c.motherName = textColumn(s, 13);
            c.fatherName = textColumn(s, 14);
            c.address = textColumn(s, 15);
            c.rt = textColumn(s, 16);
            c.rw = textColumn(s, 17);
            if (sqlite3_column_type(s, 18) == SQLITE_INTEGER) { // day number * 1,000,000 + grams
                const std::int64_t packed = sqlite3_column_int64(s, 18);
                const std::int64_t days = packed >= 0 ? packed / 1'000'000 : -((-packed + 999'999) / 1'000'000);
                growth::Visit v;
                v.date = year_month_day{sys_days{std::chrono::days{days}}};
                v.weight = growth::Grams{static_cast<std::int32_t>(packed - days * 1'000'000)};
                c.visits.push_back(v);
            }
            const auto at = static_cast<std::size_t>(id);
            if (childIndex.size() <= at)
                childIndex.resize(at + 1, -1);
            childIndex[at] = static_cast<std::int32_t>(input.children.size());
            input.children.push_back(std::move(c));
        }
    }

    // Measurements of the window, up to the month's end (the report sorts
    // each child's). The whole file reads the window from the table (there
    // is no date index since schema 6) and keeps the rows of the children
    // read above; a scope goes through its children's index. Rows are gathered first, then handed out with each
    // child's vector reserved once.
    {
        const QString columns = QStringLiteral("SELECT m.child_id, m.measured_on, m.weight_g, m.length_mm, "
                                               "m.length_position, m.head_mm, m.muac_mm, m.oedema ");
        auto q = NativeStatement::prepare(
            db_, input.wholeFile
                     ? columns
                           + QStringLiteral("FROM measurements m WHERE m.deleted_at IS NULL "
                                            "AND m.measured_on <= ?1 AND m.measured_on >= ?3 AND ?2 IS NOT NULL")
                     : columns
                           + QStringLiteral("FROM children c JOIN measurements m ON m.child_id = c.id "
                                            "WHERE m.deleted_at IS NULL AND m.measured_on <= ?1 "
                                            "AND m.measured_on >= ?3 AND c.deleted_at IS NULL "
                                            "AND c.birth_date <= ?1 AND c.birth_date >= ?2 AND %1")
                                 .arg(filter));
        if (!q)
            return q.error();
        q->bind(1, dayNumber(end));
        q->bind(2, dayNumber(oldest));
        q->bind(3, dayNumber(window));
        std::vector<std::pair<std::int32_t, growth::Visit>> rows;
        rows.reserve(input.children.size() * (kHistoryMonths + 1));
        std::vector<std::int32_t> perChild(input.children.size(), 0);
        while (true) {
            auto row = q->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            sqlite3_stmt* s = q->handle();
            const std::int64_t childId = sqlite3_column_int64(s, 0);
            if (childId < 0 || static_cast<std::size_t>(childId) >= childIndex.size())
                continue;
            const std::int32_t index = childIndex[static_cast<std::size_t>(childId)];
            const auto date = dateColumn(s, 1);
            if (index < 0 || !date)
                continue;
            growth::Visit v;
            v.date = *date;
            v.weight = unitColumn<growth::Grams>(s, 2);
            v.lengthHeight = unitColumn<growth::Millimetres>(s, 3);
            const auto position = sqlite3_column_int(s, 4);
            v.measure = position == 1 ? growth::Measure::Lying
                      : position == 2 ? growth::Measure::Standing
                                      : growth::Measure::Unknown;
            v.headCircumference = unitColumn<growth::Millimetres>(s, 5);
            v.armCircumference = unitColumn<growth::Millimetres>(s, 6);
            v.oedema = sqlite3_column_int(s, 7) != 0;
            rows.emplace_back(index, v);
            ++perChild[static_cast<std::size_t>(index)];
        }
        for (std::size_t i = 0; i < input.children.size(); ++i)
            input.children[i].visits.reserve(input.children[i].visits.size()
                                             + static_cast<std::size_t>(perChild[i]));
        for (const auto& [index, v] : rows)
            input.children[static_cast<std::size_t>(index)].visits.push_back(v);
    }

    // Referrals and counselling of the month, counted per posyandu.
    const auto count = [&](const QString& sql, int report::ReferralCounts::*field) -> Result<void> {
        auto q = NativeStatement::prepare(db_, sql.arg(filter));
        if (!q)
            return q.error();
        q->bind(1, dayNumber(first));
        q->bind(2, dayNumber(end));
        while (true) {
            auto row = q->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const auto where = posyanduIndex.find(q->int64(0));
            if (where != posyanduIndex.end())
                input.referrals[static_cast<std::size_t>(where->second)].*field += static_cast<int>(q->int64(1));
        }
        return {};
    };
    const auto events = [](const char* status) {
        return QStringLiteral("SELECT c.posyandu_id, count(DISTINCT r.id) FROM referral_events e "
                              "JOIN referrals r ON r.id = e.referral_id JOIN children c ON c.id = r.child_id "
                              "WHERE e.deleted_at IS NULL AND r.deleted_at IS NULL AND c.deleted_at IS NULL "
                              "AND e.status = '%2' AND e.happened_on BETWEEN ?1 AND ?2 AND %1 "
                              "GROUP BY c.posyandu_id")
            .arg(QStringLiteral("%1"), QLatin1String(status));
    };
    using RC = report::ReferralCounts;
    const std::pair<QString, int RC::*> counts[] = {
        {QStringLiteral("SELECT c.posyandu_id, count(*) FROM referrals r JOIN children c ON c.id = r.child_id "
                        "WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL AND r.referred_on BETWEEN ?1 AND ?2 "
                        "AND %1 GROUP BY c.posyandu_id"),
         &RC::made},
        {events("arrived"), &RC::arrived},
        {events("completed"), &RC::completed},
        {events("no_show"), &RC::noShow},
        // Overdue at the month's end: made by then, follow-up day passed, and
        // no step other than 'referred' by then.
        {QStringLiteral("SELECT c.posyandu_id, count(*) FROM referrals r JOIN children c ON c.id = r.child_id "
                        "WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL AND r.referred_on <= ?2 "
                        "AND r.follow_up_on < ?2 AND NOT EXISTS (SELECT 1 FROM referral_events e "
                        "WHERE e.referral_id = r.id AND e.deleted_at IS NULL AND e.status <> 'referred' "
                        "AND e.happened_on <= ?2) AND %1 GROUP BY c.posyandu_id"),
         &RC::overdue},
        {QStringLiteral("SELECT c.posyandu_id, count(*) FROM counselling k JOIN children c ON c.id = k.child_id "
                        "WHERE k.deleted_at IS NULL AND c.deleted_at IS NULL AND k.counselled_on BETWEEN ?1 AND ?2 "
                        "AND %1 GROUP BY c.posyandu_id"),
         &RC::counselling},
    };
    for (const auto& [sql, field] : counts) {
        if (auto done = count(sql, field); !done)
            return done.error();
    }
    return input;
}

} // namespace tumbuh::records
