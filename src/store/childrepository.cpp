#include "store/childrepository.h"

#include "store/database.h"
#include "store/valuelimits.h"
#include "store/messages.h"
#include "store/nativequery.h"
#include "store/nik.h"
#include "store/childcolumns.h"
#include "store/crud.h"
#include "store/measurementcolumns.h"
#include "store/rosterquery.h"
#include "store/validation.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace tumbuh::store {
namespace {

const QString& selectSql()
{
    static const QString s = QStringLiteral("SELECT ") + table<Child>().selectList(QStringLiteral("c"))
                           + QStringLiteral(" FROM children c ");
    return s;
}

Result<std::vector<Child>> readAll(NativeQuery&& q)
{
    const Entity<Child>& children = table<Child>();
    return q.collect<Child>([&](const Row& row) { return children.read(row); });
}

void normalize(Child& c)
{
    c.name = c.name.simplified();
    c.motherName = c.motherName.simplified();
    c.notes = c.notes.trimmed();
    // A NIK is often copied with spaces or dots between its groups.
    static const QRegularExpression separators(QStringLiteral("[\\s.\\-]"));
    c.nik.remove(separators);
    if (c.householdId && *c.householdId == 0)
        c.householdId.reset();
    // Back to active (the family returned): the old date means nothing now.
    if (c.status == ChildStatus::Active)
        c.statusDate = QDate();
}

QString escapeLike(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    s.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return s;
}

// By name, ignoring case (as the roster is read), then by id; the keys are
// folded once rather than in every comparison.
std::vector<ChildWithLastMeasurement> sortedByName(std::vector<ChildWithLastMeasurement> lines)
{
    std::vector<std::pair<QString, std::size_t>> keys;
    keys.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i)
        keys.emplace_back(lines[i].child.name.toCaseFolded(), i);
    std::sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
        if (const int c = a.first.compare(b.first); c != 0)
            return c < 0;
        return lines[a.second].child.meta.id < lines[b.second].child.meta.id;
    });
    std::vector<ChildWithLastMeasurement> out;
    out.reserve(lines.size());
    for (const auto& k : keys)
        out.push_back(std::move(lines[k.second]));
    return out;
}

// The checks that need no database.
void checkFields(const Child& c, const QDate& today, Validation& v)
{
    if (c.name.isEmpty())
        v.fail(msg::required(QStringLiteral("name")));
    v.checkText(QStringLiteral("name"), c.name);
    v.checkText(QStringLiteral("mother_name"), c.motherName);
    v.checkText(QStringLiteral("notes"), c.notes);
    const QString birth = QStringLiteral("birth_date");
    if (!c.birthDate.isValid()) {
        v.fail(msg::required(birth));
    } else if (c.birthDate > today) {
        v.fail(msg::dateInFuture(birth, c.birthDate));
    } else if (const QDate earliest = today.addYears(-limits::kMaxAgeYears); c.birthDate < earliest) {
        v.fail(msg::birthDateTooOld(c.birthDate, earliest));
    }
    if (c.birthWeight && (c.birthWeight->value < limits::kBirthWeightMinG || c.birthWeight->value > limits::kBirthWeightMaxG))
        v.fail(msg::outOfRange(QStringLiteral("birth_weight_g"), c.birthWeight->value, limits::kBirthWeightMinG,
                               limits::kBirthWeightMaxG, msg::Unit::Kilograms));
    if (c.birthLength
        && (c.birthLength->value < limits::kBirthLengthMinMm || c.birthLength->value > limits::kBirthLengthMaxMm))
        v.fail(msg::outOfRange(QStringLiteral("birth_length_mm"), c.birthLength->value, limits::kBirthLengthMinMm,
                               limits::kBirthLengthMaxMm, msg::Unit::Centimetres));

    if (!c.nik.isEmpty()) {
        if (!Nik::isWellFormed(c.nik)) {
            v.fail(msg::sixteenDigits(QStringLiteral("nik"), c.nik));
        } else if (const auto part = Nik::birthPart(c.nik); !part) {
            v.warn(msg::nikDateInvalid(c.nik));
        } else {
            if (part->sex != c.sex)
                v.warn(msg::nikSex(c.nik, part->sex == growth::Sex::Female));
            if (c.birthDate.isValid() && !Nik::matchesDate(*part, c.birthDate)) {
                const QString encoded = QStringLiteral("%1-%2-%3")
                                            .arg(part->day, 2, 10, QLatin1Char('0'))
                                            .arg(part->month, 2, 10, QLatin1Char('0'))
                                            .arg(part->yy, 2, 10, QLatin1Char('0'));
                v.warn(msg::nikBirthDate(c.nik, encoded, c.birthDate));
            }
        }
    }

    const QString statusDate = QStringLiteral("status_date");
    if (c.status == ChildStatus::Active) {
        // normalize() cleared the date.
    } else if (!c.statusDate.isValid()) {
        v.fail(msg::statusDateMissing());
    } else if (c.statusDate > today) {
        v.fail(msg::dateInFuture(statusDate, c.statusDate));
    } else if (c.birthDate.isValid() && c.statusDate < c.birthDate) {
        v.fail(msg::dateBeforeBirth(statusDate, c.statusDate, c.birthDate));
    }
    if (c.posyanduId == 0)
        v.fail(msg::required(QStringLiteral("posyandu_id")));
}

} // namespace

Result<void> ChildRepository::validateFields(const Child& c) const
{
    Validation v;
    checkFields(c, db_.today(), v);
    return v.result();
}

Result<void> ChildRepository::validate(const Child& c) const
{
    Validation v;
    checkFields(c, db_.today(), v);
    const qlonglong self = c.meta.id;

    if (c.posyanduId != 0) {
        auto live = sql::scalar(db_, QStringLiteral("SELECT 1 FROM posyandu WHERE id = ? AND deleted_at IS NULL"),
                                {static_cast<qlonglong>(c.posyanduId)});
        if (!live)
            return live.error();
        if (live->isNull())
            v.fail(msg::notFound(QStringLiteral("posyandu_id")));
    }
    if (c.householdId) {
        auto live = sql::scalar(db_, QStringLiteral("SELECT 1 FROM households WHERE id = ? AND deleted_at IS NULL"),
                                {static_cast<qlonglong>(*c.householdId)});
        if (!live)
            return live.error();
        if (live->isNull())
            v.fail(msg::notFound(QStringLiteral("household_id")));
    }
    // A deleted row (a merge carrying a deletion) takes no NIK and is no duplicate.
    if (c.meta.isDeleted())
        return v.result();

    if (!c.nik.isEmpty() && !v.failedOn(QStringLiteral("nik"))) {
        auto q = sql::exec(db_,
                           QStringLiteral("SELECT name, birth_date FROM children "
                                          "WHERE nik = ? AND deleted_at IS NULL AND id <> ? LIMIT 1"),
                           {c.nik, self});
        if (!q)
            return q.error();
        sql::Finisher done(*q);
        if ((*q)->next())
            v.fail(msg::duplicateNik(c.nik, (*q)->value(0).toString(), sql::dateFrom((*q)->value(1))));
    }
    if (c.birthDate.isValid() && !c.name.isEmpty()) {
        auto same = sql::scalar(db_,
                                QStringLiteral("SELECT 1 FROM children WHERE birth_date = ? AND deleted_at IS NULL "
                                               "AND id <> ? AND lower(name) = lower(?) "
                                               "AND lower(ifnull(mother_name, '')) = lower(?) LIMIT 1"),
                                {sql::dateOrNull(c.birthDate), self, c.name, c.motherName});
        if (!same)
            return same.error();
        if (!same->isNull())
            v.warn(msg::possibleDuplicate(c.name, c.birthDate, c.motherName));
    }
    return v.result();
}

Result<Child> ChildRepository::add(Child child, UserId who, Stamp stamp)
{
    return Crud<Child>(db_).add(std::move(child), who, stamp, [this](Child& c) {
        normalize(c);
        return validate(c);
    });
}

Result<Child> ChildRepository::update(Child child, UserId who, Stamp stamp)
{
    return Crud<Child>(db_).update(std::move(child), who, stamp, [this](Child& c, const Child&) {
        normalize(c);
        return validate(c);
    });
}

Result<void> ChildRepository::remove(RowId id, UserId who)
{
    // The child's measurements and referrals stay as they are: every list
    // leaves out deleted children, and undoing the deletion brings them back.
    return Crud<Child>(db_).remove(id, who);
}

Result<Child> ChildRepository::get(RowId id) const
{
    return Crud<Child>(db_).get(id);
}

Result<std::optional<Child>> ChildRepository::findByUid(const QUuid& uid) const
{
    return Crud<Child>(db_).findByUid(uid);
}

Result<std::optional<Child>> ChildRepository::findByNik(const QString& nik) const
{
    return Crud<Child>(db_).fetch(QStringLiteral("WHERE nik = ? AND deleted_at IS NULL"), nik);
}

Result<std::vector<ChildWithLastMeasurement>> ChildRepository::listWithLastMeasurement(const ChildFilter& filter) const
{
    // The roster query (store/rosterquery.h: one statement, no N+1), sorted
    // by name here: SQLite's sorter would copy every wide row and, for a
    // city, cost more than the query itself.
    auto lines = RosterQuery(db_).list(filter);
    if (!lines)
        return lines.error();
    std::vector<ChildWithLastMeasurement> out;
    out.reserve(lines->size());
    for (auto& line : *lines)
        out.push_back(std::move(line.entry));
    return sortedByName(std::move(out));
}

Result<std::vector<NotWeighedChild>> ChildRepository::notWeighed(const NotWeighedQuery& query) const
{
    // The newest weighing on or before asOf, found per child by walking the
    // index backwards (ORDER BY ... LIMIT 1 stops at the first weighed row,
    // where max() would read them all). Qt SQL binds plain positional "?"
    // only, hence values repeated in the order they appear.
    static const QString base = QStringLiteral("SELECT * FROM (SELECT ")
                              + table<Child>().selectList(QStringLiteral("c"))
                              + QStringLiteral(", (SELECT x.measured_on FROM measurements x WHERE x.child_id = c.id "
                                               "AND x.deleted_at IS NULL AND x.weight_g IS NOT NULL AND x.measured_on <= ? "
                                               "ORDER BY x.measured_on DESC LIMIT 1) AS last_weighed "
                                               "FROM children c WHERE c.deleted_at IS NULL AND c.status = 'active' "
                                               "AND c.birth_date > ? AND c.birth_date <= ? ");
    static const QString tail = QStringLiteral(") WHERE coalesce(last_weighed, birth_date) <= ? "
                                               "ORDER BY last_weighed IS NOT NULL, last_weighed, name COLLATE NOCASE, id");
    static const QString all = base + tail;
    static const QString one = base + QStringLiteral("AND c.posyandu_id = ?") + tail;
    const QDate asOf = query.asOf.isValid() ? query.asOf : db_.today();
    const QVariant asOfText = sql::dateOrNull(asOf);
    const QVariant oldest = sql::dateOrNull(asOf.addMonths(-query.maxAgeMonths));
    const QVariant cutoff = sql::dateOrNull(asOf.addMonths(-query.months));
    NativeQuery q = query.posyanduId
                      ? NativeQuery(db_, one, {asOfText, oldest, asOfText, static_cast<qlonglong>(*query.posyanduId), cutoff})
                      : NativeQuery(db_, all, {asOfText, oldest, asOfText, cutoff});
    const Entity<Child>& children = table<Child>();
    return q.collect<NotWeighedChild>([&](const Row& row) {
        NotWeighedChild line{children.read(row), std::nullopt};
        if (const QDate last = row.date(children.columnCount()); last.isValid())
            line.lastWeighed = last;
        return line;
    });
}

Result<std::vector<Child>> ChildRepository::search(const QString& text, std::optional<RowId> posyanduId,
                                                   int limit) const
{
    const QString needle = text.simplified();
    if (needle.isEmpty())
        return std::vector<Child>();
    static const QString base = selectSql()
                              + QStringLiteral("WHERE c.deleted_at IS NULL AND (c.name LIKE ? ESCAPE '\\' "
                                               "OR c.mother_name LIKE ? ESCAPE '\\' OR c.nik LIKE ? ESCAPE '\\') ");
    static const QString order = QStringLiteral(" ORDER BY c.name LIKE ? ESCAPE '\\' DESC, c.name COLLATE NOCASE, c.id LIMIT ?");
    static const QString all = base + order;
    static const QString one = base + QStringLiteral("AND c.posyandu_id = ?") + order;
    const QString escaped = escapeLike(needle);
    const QString digits = QString(needle).removeIf([](QChar c) { return c.isSpace() || c == u'.' || c == u'-'; });
    static const QRegularExpression onlyDigits(QStringLiteral("^\\d+$"));
    // LIKE folds ASCII case, which covers Indonesian names.
    const QVariant contains = QStringLiteral("%") + escaped + QStringLiteral("%");
    const QVariant nikPrefix = onlyDigits.match(digits).hasMatch() ? QVariant(digits + QStringLiteral("%")) : QVariant();
    const QVariant prefix = escaped + QStringLiteral("%");
    return readAll(posyanduId
                       ? NativeQuery(db_, one, {contains, contains, nikPrefix, static_cast<qlonglong>(*posyanduId), prefix, limit})
                       : NativeQuery(db_, all, {contains, contains, nikPrefix, prefix, limit}));
}

} // namespace tumbuh::store
