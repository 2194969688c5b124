#include "records/import/importsession.h"

#include "store/isodate.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/messages.h"
#include "store/row.h"
#include "store/measurementcolumns.h"
#include "store/sqlutil.h"
#include "store/storagecodes.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

#include <sqlite3.h>

namespace tumbuh::records {
namespace {

bool fatal(const Error& e)
{
    return e.code == ErrorCode::Sql || e.code == ErrorCode::ReadOnly || e.code == ErrorCode::CannotOpen
        || e.code == ErrorCode::DiskFull || e.code == ErrorCode::Busy;
}

QString joined(const Error& e)
{
    QString s = e.message;
    for (const Error& more : e.more)
        s += QLatin1Char(' ') + more.message;
    return s;
}

QString nameKey(const QString& s)
{
    return s.simplified().toLower();
}

QString householdKey(RowId posyandu, const QString& address, const QString& rt, const QString& rw, const QString& mother)
{
    return QString::number(posyandu) + QLatin1Char('|') + nameKey(address) + QLatin1Char('|') + rt.trimmed()
         + QLatin1Char('|') + rw.trimmed() + QLatin1Char('|') + nameKey(mother);
}

ImportProblem problem(const QString& field, const std::function<QString()>& make)
{
    return ImportProblem{field, Bilingual::both(make)};
}

bool sameChild(const Child& a, const Child& b)
{
    return a.nik == b.nik && a.name == b.name && a.sex == b.sex && a.birthDate == b.birthDate
        && a.birthDateApproximate == b.birthDateApproximate && a.birthWeight == b.birthWeight
        && a.birthLength == b.birthLength && a.motherName == b.motherName && a.householdId == b.householdId
        && a.posyanduId == b.posyanduId && a.status == b.status && a.statusDate == b.statusDate && a.notes == b.notes;
}

bool sameMeasurement(const Measurement& a, const Measurement& b)
{
    return a.childId == b.childId && a.posyanduId == b.posyanduId && a.date == b.date && a.weight == b.weight
        && a.length == b.length && a.position == b.position && a.headCircumference == b.headCircumference
        && a.armCircumference == b.armCircumference && a.oedema == b.oedema && a.measuredBy == b.measuredBy
        && a.notes == b.notes;
}

void bindUnit(NativeStatement& s, int i, const auto& u)
{
    if (u)
        s.bind(i, static_cast<std::int64_t>(u->value));
    else
        s.bindNull(i);
}

} // namespace

ImportSession::ImportSession(Database& db, const ImportOptions& options, ImportLayout layout, ImportReport& report)
    : db_(db), options_(options), layout_(layout), report_(report), children_(db), measurements_(db), households_(db),
      posyandu_(db)
{
}

Result<std::unique_ptr<ImportSession>> ImportSession::start(Database& db, const ImportOptions& options,
                                                            ImportLayout layout, ImportReport& report)
{
    std::unique_ptr<ImportSession> s(new ImportSession(db, options, layout, report));
    if (auto p = s->prepare(); !p)
        return p.error();
    return s;
}

Result<void> ImportSession::prepare()
{
    auto matcher = ChildMatcher::load(db_);
    if (!matcher)
        return matcher.error();
    matcher_ = std::move(*matcher);

    auto posyandu = NativeStatement::prepare(db_, QStringLiteral("SELECT id, uid, name FROM posyandu WHERE deleted_at IS NULL ORDER BY id"));
    if (!posyandu)
        return posyandu.error();
    for (;;) {
        auto r = posyandu->step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        posyanduByUid_.insert(QUuid::fromString(posyandu->text(1)), posyandu->int64(0));
        posyanduByName_.insert(nameKey(posyandu->text(2)), posyandu->int64(0));
    }
    auto households = NativeStatement::prepare(
        db_, QStringLiteral("SELECT id, uid, posyandu_id, address, rt, rw, mother_name FROM households "
                            "WHERE deleted_at IS NULL ORDER BY id"));
    if (!households)
        return households.error();
    for (;;) {
        auto r = households->step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        householdByUid_.insert(QUuid::fromString(households->text(1)), households->int64(0));
        householdByKey_.insert(householdKey(households->int64(2), households->text(3), households->text(4),
                                            households->text(5), households->text(6)),
                               households->int64(0));
    }

    const QString columns = table<Measurement>().selectList();
    auto byUid = NativeStatement::prepare(db_, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM measurements WHERE uid = ?"));
    auto byDay = NativeStatement::prepare(db_, QStringLiteral("SELECT ") + columns
                                                   + QStringLiteral(" FROM measurements WHERE child_id = ? AND measured_on = ? "
                                                                    "AND deleted_at IS NULL ORDER BY id LIMIT 1"));
    auto byId = NativeStatement::prepare(db_, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM measurements WHERE id = ?"));
    auto insert = NativeStatement::prepare(
        db_, QStringLiteral("INSERT INTO measurements (uid, child_id, posyandu_id, measured_on, weight_g, length_mm, "
                            "length_position, head_mm, muac_mm, oedema, measured_by, notes, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto child = NativeStatement::prepare(
        db_, QStringLiteral("INSERT INTO children (uid, nik, name, sex, birth_date, birth_date_approximate, "
                            "birth_weight_g, birth_length_mm, mother_name, household_id, posyandu_id, status, "
                            "status_date, notes, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (auto* s : {&byUid, &byDay, &byId, &insert, &child}) {
        if (!*s)
            return s->error();
    }
    insertChild_ = std::move(*child);
    measurementByUid_ = std::move(*byUid);
    measurementByDay_ = std::move(*byDay);
    measurementById_ = std::move(*byId);
    insertMeasurement_ = std::move(*insert);
    now_ = sql::timestampText(Database::now()).toLatin1();

    if (layout_ == ImportLayout::Children)
        return {};
    auto any = NativeStatement::prepare(db_, QStringLiteral("SELECT EXISTS (SELECT 1 FROM measurements)"));
    if (!any)
        return any.error();
    auto r = any->step();
    if (!r)
        return r.error();
    if (any->int64(0) != 0)
        return {};
    any->reset();
    auto aside = IndexSetAside::drop(db_, QStringLiteral("measurements"));
    if (!aside)
        return aside.error();
    setAside_ = std::move(*aside);
    indexesDropped_ = true;
    return {};
}

Result<void> ImportSession::beginRowSavepoint()
{
    if (rowTx_)
        return {};
    auto tx = Transaction::begin(db_);
    if (!tx)
        return tx.error();
    rowTx_.emplace(std::move(*tx));
    return {};
}

Result<void> ImportSession::undoRow()
{
    if (rowTx_) {
        rowTx_->rollback();
        rowTx_.reset();
    }
    // A child this row added without a savepoint around it (see addChild):
    // its measurement was refused, so nothing refers to it yet. (Already
    // gone if a savepoint opened before it was rolled back.)
    for (const RowId id : rowChildrenAdded_) {
        const QByteArray erase = "DELETE FROM children WHERE id = " + QByteArray::number(id);
        if (auto d = NativeStatement::exec(db_, erase.constData()); !d)
            return d;
    }
    for (const QString& k : rowPosyanduNames_)
        posyanduByName_.remove(k);
    for (const QUuid& u : rowPosyanduUids_)
        posyanduByUid_.remove(u);
    for (const QString& k : rowHouseholdKeys_)
        householdByKey_.remove(k);
    for (const QUuid& u : rowHouseholdUids_)
        householdByUid_.remove(u);
    for (const RowId id : rowChildrenAdded_) {
        auto& e = entries_[static_cast<std::size_t>(id)];
        matcher_->forget(id, e->child.meta.uid);
        e.reset(); // the id may come back for the next new child
    }
    for (const RowId id : rowChildrenEdited_) {
        auto c = children_.get(id);
        if (!c)
            return c.error();
        entries_[static_cast<std::size_t>(id)]->child = *c; // its days stay: those rows are saved
        matcher_->remember(id, c->meta.uid, c->nik, c->name, c->birthDate, c->motherName);
    }
    return {};
}

void ImportSession::endRow(bool saved)
{
    if (saved) {
        report_.posyanduAdded += row_.posyandu;
        report_.householdsAdded += row_.households;
        report_.measurements.added += row_.measurements.added;
        report_.measurements.updated += row_.measurements.updated;
        report_.measurements.unchanged += row_.measurements.unchanged;
        if (rowChild_) {
            char& outcome = entries_[static_cast<std::size_t>(rowChild_->first)]->outcome;
            if (outcome == 0 || (outcome == 'n' && rowChild_->second == 'u'))
                outcome = rowChild_->second;
        }
        for (const RowId id : rowChildrenAdded_)
            childrenInserted_.add(id);
        for (const Warning& w : rowWarnings_) {
            ++report_.warningCount;
            if (report_.warnings.size() < ImportReport::kMaxListed)
                report_.warnings.push_back(ImportIssue{0, w.field, Bilingual::Text{w.message, w.message, true}});
        }
    }
    row_ = RowCounts();
    rowTx_.reset();
    rowPosyanduNames_.clear();
    rowPosyanduUids_.clear();
    rowHouseholdKeys_.clear();
    rowHouseholdUids_.clear();
    rowChildrenAdded_.clear();
    rowChildrenEdited_.clear();
    rowWarnings_.clear();
    rowChild_.reset();
}

void ImportSession::warn(const std::vector<Warning>& warnings)
{
    rowWarnings_.insert(rowWarnings_.end(), warnings.begin(), warnings.end());
}

ImportSession::Outcome ImportSession::refused(const Error& e, const std::function<Result<void>()>& revalidate)
{
    if (fatal(e))
        return e;
    // The same check again in both languages, on the same database state
    // (the failed write was rolled back by its own savepoint).
    ImportProblem p = problem(e.field, [&] {
        const auto r = revalidate();
        return r ? QString() : joined(r.error());
    });
    if (p.text.id.isEmpty() || p.text.en.isEmpty())
        p.text = Bilingual::Text{joined(e), joined(e), Bilingual::indonesianActive()};
    return std::optional<ImportProblem>(std::move(p));
}

Result<ImportSession::ChildEntry*> ImportSession::entry(RowId id)
{
    const auto index = static_cast<std::size_t>(id);
    if (index >= entries_.size())
        entries_.resize(std::max(index + 1, entries_.size() * 3 / 2));
    auto& e = entries_[index];
    if (!e) {
        auto c = children_.get(id);
        if (!c)
            return c.error();
        e = std::make_unique<ChildEntry>();
        e->child = std::move(*c);
    }
    return e.get();
}

Result<const Child*> ImportSession::cachedChild(RowId id)
{
    auto e = entry(id);
    if (!e)
        return e.error();
    return &(*e)->child;
}

Result<std::optional<ImportProblem>> ImportSession::process(const ImportRow& row)
{
    auto fail = [&](Outcome o) -> Outcome {
        if (auto u = undoRow(); !u)
            return u.error();
        endRow(false);
        return o;
    };
    RowId childId = 0;
    Outcome o = childFor(row, childId);
    if (!o || *o)
        return fail(std::move(o));
    if (layout_ != ImportLayout::Children) {
        o = measurementFor(row, childId);
        if (!o || *o)
            return fail(std::move(o));
    }
    if (rowTx_) {
        if (auto c = rowTx_->commit(); !c)
            return fail(c.error());
    }
    endRow(true);
    return std::optional<ImportProblem>();
}

ImportSession::Outcome ImportSession::childFor(const ImportRow& row, RowId& id)
{
    std::optional<RowId> found;
    if (!row.childUid.isNull()) {
        if (const auto f = matcher_->byUid(row.childUid)) {
            if (f->deleted) {
                const QString uid = sql::uidText(row.childUid);
                return std::optional<ImportProblem>(problem(ImportFieldNames::canonical(ImportField::ChildUid), [&] {
                    return QCoreApplication::translate("tumbuh::records", "The child %1 was deleted in this database; an import does not bring it back.").arg(uid);
                }));
            }
            found = f->id;
        }
    }
    bool byNik = false;
    if (!found) {
        found = matcher_->byNik(row.nik);
        byNik = found.has_value();
    }
    if (!found)
        found = matcher_->byPerson(row.name, row.birthDate, row.motherName);
    if (found) {
        id = *found;
        if (byNik && !options_.updateByNik) {
            Outcome o = nikBelongsToAnother(row, id);
            if (!o || *o)
                return o;
        }
        if (layout_ == ImportLayout::Measurements) {
            rowChild_ = {id, 'n'};
            return std::optional<ImportProblem>();
        }
        return updateChild(row, id);
    }
    if (layout_ == ImportLayout::Measurements) {
        return std::optional<ImportProblem>(problem(ImportFieldNames::canonical(ImportField::ChildUid), [] {
            return QCoreApplication::translate("tumbuh::records",
                                               "No child in this database matches this row (by UID, NIK, or name, "
                                               "birth date and mother's name).");
        }));
    }
    return addChild(row, id);
}

// A row found by its NIK alone whose name and birth date both differ from
// the child's, and whose mother's name does not confirm it either (differs,
// or is not given), is most likely a mistyped NIK: changing that child would
// rewrite somebody else. Refused unless ImportOptions::updateByNik.
ImportSession::Outcome ImportSession::nikBelongsToAnother(const ImportRow& row, RowId id)
{
    auto cached = cachedChild(id);
    if (!cached)
        return cached.error();
    const Child& known = **cached;
    const bool nameDiffers = !row.name.isEmpty() && nameKey(row.name) != nameKey(known.name);
    const bool birthDiffers = row.birthDate.isValid() && row.birthDate != known.birthDate;
    const bool motherDiffers = row.motherName.isEmpty() || nameKey(row.motherName) != nameKey(known.motherName);
    if (!nameDiffers || !birthDiffers || !motherDiffers)
        return std::optional<ImportProblem>();
    const QString name = known.name;
    const QDate birth = known.birthDate;
    return std::optional<ImportProblem>(problem(QStringLiteral("nik"), [&] {
        return QCoreApplication::translate("tumbuh::records",
                                           "This NIK belongs to another child (name %1, born %2). Check the NIK in "
                                           "this row; if the NIK is right and the name, birth date and mother's "
                                           "name are what changed, import again with --update-by-nik.")
            .arg(name, msg::formatDate(birth));
    }));
}

// A new birth date, sex or status is checked against the child's
// measurements already saved, by the same rules as a measurement entry
// (MeasurementRepository::validateFor): a change that would make a valid
// measurement invalid (dated before birth, after death) is refused.
ImportSession::Outcome ImportSession::recheckMeasurements(const Child& stored, const Child& changed)
{
    auto q = NativeStatement::prepare(db_, QStringLiteral("SELECT ") + table<Measurement>().selectList()
                                               + QStringLiteral(" FROM measurements WHERE child_id = ? AND "
                                                                "deleted_at IS NULL ORDER BY measured_on, id"));
    if (!q)
        return q.error();
    q->bind(1, static_cast<std::int64_t>(stored.meta.id));
    std::optional<Measurement> first;
    qint64 broken = 0;
    for (;;) {
        auto r = q->step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        const Measurement m = table<Measurement>().read(NativeRow(q->handle()));
        if (!measurements_.validateFor(m, changed) && measurements_.validateFor(m, stored)) {
            if (!first)
                first = m;
            ++broken;
        }
    }
    if (!first)
        return std::optional<ImportProblem>();
    const Measurement m = *first;
    return std::optional<ImportProblem>(problem(QStringLiteral("birth_date"), [&] {
        const auto why = measurements_.validateFor(m, changed);
        return QCoreApplication::translate("tumbuh::records",
                                           "This row changes the child's birth date, sex or status, and then %1 of "
                                           "the child's saved measurements would be wrong, for example: %2 Check "
                                           "the row; if it is right, correct those measurements first.")
            .arg(broken)
            .arg(why ? QString() : joined(why.error()));
    }));
}

ImportSession::Outcome ImportSession::addChild(const ImportRow& row, RowId& id)
{
    if (!row.sex)
        return std::optional<ImportProblem>(problem(QStringLiteral("sex"), [] { return msg::required(QStringLiteral("sex")).message; }));
    Child c;
    Outcome o = posyanduFor(row.posyanduUid, row.posyandu, row, c.posyanduId);
    if (!o || *o)
        return o;
    if (row.hasHousehold()) {
        o = householdFor(row, c.posyanduId, c.householdId);
        if (!o || *o)
            return o;
    }
    c.meta.uid = row.childUid;
    c.nik = row.nik;
    c.name = row.name;
    c.sex = *row.sex;
    c.birthDate = row.birthDate;
    c.birthDateApproximate = row.birthDateApproximate.value_or(false);
    c.birthWeight = row.birthWeight;
    c.birthLength = row.birthLength;
    c.motherName = row.motherName;
    c.status = row.status.value_or(ChildStatus::Active);
    c.statusDate = c.status == ChildStatus::Active ? QDate() : row.statusDate;
    c.notes = row.childNotes;
    // The parser already normalised the values as ChildRepository::add does
    // (names simplified, NIK without separators), so validate() sees what
    // is saved.
    auto v = children_.validate(c);
    if (!v)
        return refused(v.error(), [&] { return children_.validate(c); });
    warn(v.warnings());
    if (c.meta.uid.isNull())
        c.meta.uid = uids_.next();
    c.meta.createdAt = sql::timestampFrom(QString::fromLatin1(now_));
    c.meta.updatedAt = c.meta.createdAt;

    // No savepoint for this insert (a million-row import adds tens of
    // thousands of children): if the row's measurement is then refused,
    // undoRow() deletes the child again.
    NativeStatement& s = *insertChild_;
    s.bind(1, sql::uidText(c.meta.uid));
    s.bind(2, c.nik);
    s.bind(3, c.name);
    s.bind(4, static_cast<std::int64_t>(c.sex == growth::Sex::Female ? 2 : 1));
    s.bind(5, IsoDate(c.birthDate).view());
    s.bind(6, std::int64_t{c.birthDateApproximate ? 1 : 0});
    bindUnit(s, 7, c.birthWeight);
    bindUnit(s, 8, c.birthLength);
    s.bind(9, c.motherName);
    if (c.householdId)
        s.bind(10, static_cast<std::int64_t>(*c.householdId));
    else
        s.bindNull(10);
    s.bind(11, static_cast<std::int64_t>(c.posyanduId));
    s.bind(12, codes::childStatusText(c.status));
    s.bind(13, c.statusDate.isValid() ? c.statusDate.toString(Qt::ISODate) : QString());
    s.bind(14, c.notes);
    s.bind(15, std::string_view(now_.constData(), static_cast<std::size_t>(now_.size())));
    s.bind(16, std::string_view(now_.constData(), static_cast<std::size_t>(now_.size())));
    if (auto r = s.run(); !r)
        return r.error();
    id = s.lastInsertId();
    c.meta.id = id;
    matcher_->remember(id, c.meta.uid, c.nik, c.name, c.birthDate, c.motherName);
    const auto index = static_cast<std::size_t>(id);
    if (index >= entries_.size())
        entries_.resize(std::max(index + 1, entries_.size() * 3 / 2));
    entries_[index] = std::make_unique<ChildEntry>();
    entries_[index]->child = c;
    rowChildrenAdded_ << id;
    rowChild_ = {id, 'a'};
    return std::optional<ImportProblem>();
}

ImportSession::Outcome ImportSession::updateChild(const ImportRow& row, RowId id)
{
    auto cached = cachedChild(id);
    if (!cached)
        return cached.error();
    const Child& known = **cached;
    // In a list of children the posyandu and family are the child's own; in
    // a list of measurements the posyandu is where the child was measured.
    RowId posyanduId = known.posyanduId;
    std::optional<RowId> householdId = known.householdId;
    if (layout_ == ImportLayout::Children) {
        if (!row.posyanduUid.isNull() || !row.posyandu.isEmpty()) {
            Outcome o = posyanduFor(row.posyanduUid, row.posyandu, row, posyanduId);
            if (!o || *o)
                return o;
        }
        if (!row.householdUid.isNull()) {
            Outcome o = householdFor(row, posyanduId, householdId);
            if (!o || *o)
                return o;
        }
    }
    // Most rows of a list of measurements repeat what is known: answer that
    // without copying the child.
    const bool differs = (!row.nik.isEmpty() && row.nik != known.nik) || (!row.name.isEmpty() && row.name != known.name)
                      || (row.sex && *row.sex != known.sex) || (row.birthDate.isValid() && row.birthDate != known.birthDate)
                      || (row.birthDateApproximate && *row.birthDateApproximate != known.birthDateApproximate)
                      || (row.birthWeight && row.birthWeight != known.birthWeight)
                      || (row.birthLength && row.birthLength != known.birthLength)
                      || (!row.motherName.isEmpty() && row.motherName != known.motherName)
                      || (row.status && (*row.status != known.status || (*row.status != ChildStatus::Active && row.statusDate != known.statusDate)))
                      || (!row.childNotes.isEmpty() && row.childNotes != known.notes) || posyanduId != known.posyanduId
                      || householdId != known.householdId;
    if (!differs) {
        rowChild_ = {id, 'n'};
        return std::optional<ImportProblem>();
    }
    const Child stored = known;
    Child c = stored;
    c.posyanduId = posyanduId;
    c.householdId = householdId;
    // A blank cell never erases what is stored.
    if (!row.nik.isEmpty())
        c.nik = row.nik;
    if (!row.name.isEmpty())
        c.name = row.name;
    if (row.sex)
        c.sex = *row.sex;
    if (row.birthDate.isValid())
        c.birthDate = row.birthDate;
    if (row.birthDateApproximate)
        c.birthDateApproximate = *row.birthDateApproximate;
    if (row.birthWeight)
        c.birthWeight = row.birthWeight;
    if (row.birthLength)
        c.birthLength = row.birthLength;
    if (!row.motherName.isEmpty())
        c.motherName = row.motherName;
    if (row.status) {
        c.status = *row.status;
        c.statusDate = row.statusDate;
    }
    if (!row.childNotes.isEmpty())
        c.notes = row.childNotes;
    if (c.status == ChildStatus::Active)
        c.statusDate = QDate();
    if (sameChild(c, stored)) {
        rowChild_ = {id, 'n'};
        return std::optional<ImportProblem>();
    }
    if (c.birthDate != stored.birthDate || c.sex != stored.sex || c.status != stored.status
        || c.statusDate != stored.statusDate) {
        Outcome o = recheckMeasurements(stored, c);
        if (!o || *o)
            return o;
    }
    if (auto b = beginRowSavepoint(); !b)
        return b.error();
    auto saved = children_.update(c, options_.user);
    if (!saved)
        return refused(saved.error(), [&] { return children_.validate(c); });
    warn(saved.warnings());
    matcher_->remember(id, saved->meta.uid, saved->nik, saved->name, saved->birthDate, saved->motherName);
    entries_[static_cast<std::size_t>(id)]->child = *saved;
    rowChildrenEdited_ << id;
    rowChild_ = {id, 'u'};
    return std::optional<ImportProblem>();
}

ImportSession::Outcome ImportSession::posyanduFor(const QUuid& uid, const QString& name, const ImportRow& row, RowId& id)
{
    if (uid.isNull() && name.isEmpty()) {
        if (options_.defaultPosyandu.isEmpty()) {
            id = 0;
            return std::optional<ImportProblem>();
        }
        const QUuid asUid = QUuid::fromString(options_.defaultPosyandu);
        const ImportRow none;
        return posyanduFor(asUid, asUid.isNull() ? options_.defaultPosyandu.simplified() : QString(), none, id);
    }
    if (!uid.isNull()) {
        if (const auto it = posyanduByUid_.constFind(uid); it != posyanduByUid_.constEnd()) {
            id = *it;
            return std::optional<ImportProblem>();
        }
        auto f = posyandu_.findByUid(uid);
        if (!f)
            return f.error();
        if (*f) {
            if ((*f)->meta.isDeleted()) {
                const QString shown = (*f)->name;
                return std::optional<ImportProblem>(problem(ImportFieldNames::canonical(ImportField::PosyanduUid), [&] {
                    return QCoreApplication::translate("tumbuh::records", "The posyandu %1 was deleted in this database.").arg(shown);
                }));
            }
            id = (*f)->meta.id;
            posyanduByUid_.insert(uid, id);
            return std::optional<ImportProblem>();
        }
        if (name.isEmpty()) {
            const QString shown = sql::uidText(uid);
            return std::optional<ImportProblem>(problem(ImportFieldNames::canonical(ImportField::Posyandu), [&] {
                return QCoreApplication::translate("tumbuh::records", "The posyandu %1 is not in this database and the row gives no name for it.").arg(shown);
            }));
        }
    } else if (const auto it = posyanduByName_.constFind(nameKey(name)); it != posyanduByName_.constEnd()) {
        id = *it;
        return std::optional<ImportProblem>();
    }

    Posyandu p;
    p.meta.uid = uid;
    p.name = name;
    p.kelurahan = row.kelurahan;
    p.kecamatan = row.kecamatan;
    p.kabupaten = row.kabupaten;
    p.province = row.province;
    if (auto b = beginRowSavepoint(); !b)
        return b.error();
    auto saved = posyandu_.add(p, options_.user);
    if (!saved)
        return refused(saved.error(), [&] { return posyandu_.validate(p); });
    id = saved->meta.id;
    posyanduByUid_.insert(saved->meta.uid, id);
    rowPosyanduUids_ << saved->meta.uid;
    const QString key = nameKey(saved->name);
    if (!posyanduByName_.contains(key)) {
        posyanduByName_.insert(key, id);
        rowPosyanduNames_ << key;
    }
    ++row_.posyandu;
    return std::optional<ImportProblem>();
}

ImportSession::Outcome ImportSession::householdFor(const ImportRow& row, RowId posyanduId, std::optional<RowId>& id)
{
    const QString key = householdKey(posyanduId, row.address, row.rt, row.rw, row.motherName);
    if (!row.householdUid.isNull()) {
        if (const auto it = householdByUid_.constFind(row.householdUid); it != householdByUid_.constEnd()) {
            id = *it;
            return std::optional<ImportProblem>();
        }
        auto f = households_.findByUid(row.householdUid);
        if (!f)
            return f.error();
        if (*f) {
            // A family deleted here: the child is saved without it.
            if (!(*f)->meta.isDeleted())
                id = (*f)->meta.id;
            return std::optional<ImportProblem>();
        }
    } else if (const auto it = householdByKey_.constFind(key); it != householdByKey_.constEnd()) {
        id = *it;
        return std::optional<ImportProblem>();
    }
    Household h;
    h.meta.uid = row.householdUid;
    if (posyanduId != 0)
        h.posyanduId = posyanduId;
    h.address = row.address;
    h.rt = row.rt;
    h.rw = row.rw;
    h.kelurahan = row.kelurahan;
    h.fatherName = row.fatherName;
    h.motherName = row.motherName;
    if (auto b = beginRowSavepoint(); !b)
        return b.error();
    auto saved = households_.add(h, options_.user);
    if (!saved)
        return refused(saved.error(), [&] { return households_.validate(h); });
    id = saved->meta.id;
    householdByUid_.insert(saved->meta.uid, *id);
    rowHouseholdUids_ << saved->meta.uid;
    if (!householdByKey_.contains(key)) {
        householdByKey_.insert(key, *id);
        rowHouseholdKeys_ << key;
    }
    ++row_.households;
    return std::optional<ImportProblem>();
}

Result<std::optional<Measurement>> ImportSession::storedMeasurement(const ImportRow& row, RowId childId)
{
    NativeStatement* s = nullptr;
    if (!row.measurementUid.isNull()) {
        s = &*measurementByUid_;
        s->bind(1, sql::uidText(row.measurementUid));
    } else if (indexesDropped_ && row.measuredOn.isValid()) {
        auto e = entry(childId);
        if (!e)
            return e.error();
        const qint64 day = row.measuredOn.toJulianDay();
        RowId found = 0;
        for (const auto& [d, id] : (*e)->days) {
            if (d == day) {
                found = id;
                break;
            }
        }
        if (found == 0)
            return std::optional<Measurement>();
        s = &*measurementById_;
        s->bind(1, static_cast<std::int64_t>(found));
    } else if (row.measuredOn.isValid()) {
        s = &*measurementByDay_;
        s->bind(1, static_cast<std::int64_t>(childId));
        s->bind(2, IsoDate(row.measuredOn).view());
    } else {
        return std::optional<Measurement>();
    }
    auto r = s->step();
    std::optional<Measurement> out;
    if (r && *r)
        out = table<Measurement>().read(NativeRow(s->handle()));
    s->reset();
    if (!r)
        return r.error();
    return out;
}

ImportSession::Outcome ImportSession::measurementFor(const ImportRow& row, RowId childId)
{
    auto child = cachedChild(childId);
    if (!child)
        return child.error();
    RowId posyanduId = 0;
    const bool rowNamesPosyandu = !row.posyanduUid.isNull() || !row.posyandu.isEmpty();
    Outcome o = posyanduFor(row.posyanduUid, row.posyandu, row, posyanduId);
    if (!o || *o)
        return o;
    // Into a database that had no measurements, a row with its own UUID is
    // new unless the insert below finds the UUID taken (the rare double in
    // one file): no lookup per row.
    std::optional<Measurement> found;
    if (!(indexesDropped_ && !row.measurementUid.isNull())) {
        auto stored = storedMeasurement(row, childId);
        if (!stored)
            return stored.error();
        found = std::move(*stored);
    }
    if (found)
        return updateMeasurement(row, childId, posyanduId, rowNamesPosyandu, *found);

    Measurement m;
    m.childId = childId;
    m.date = row.measuredOn;
    m.weight = row.weight;
    m.length = row.length;
    m.position = row.position;
    m.headCircumference = row.head;
    m.armCircumference = row.muac;
    m.oedema = row.oedema.value_or(false);
    m.measuredBy = row.measuredBy;
    m.notes = row.notes;
    // The repository's rules, given the child held in memory (no query per
    // row); the posyandu found or created above is live by construction.
    if (auto v = measurements_.validateFor(m, **child); !v)
        return refused(v.error(), [&] { return measurements_.validateFor(m, **child); });
    m.posyanduId = posyanduId != 0 ? posyanduId : (*child)->posyanduId;

    NativeStatement& s = *insertMeasurement_;
    const QUuid uid = row.measurementUid.isNull() ? uids_.next() : row.measurementUid;
    s.bind(1, sql::uidText(uid));
    s.bind(2, static_cast<std::int64_t>(m.childId));
    s.bind(3, static_cast<std::int64_t>(m.posyanduId));
    s.bind(4, IsoDate(m.date).view());
    bindUnit(s, 5, m.weight);
    bindUnit(s, 6, m.length);
    if (m.position == growth::Measure::Unknown)
        s.bindNull(7);
    else
        s.bind(7, static_cast<std::int64_t>(m.position));
    bindUnit(s, 8, m.headCircumference);
    bindUnit(s, 9, m.armCircumference);
    s.bind(10, std::int64_t{m.oedema ? 1 : 0});
    s.bind(11, m.measuredBy);
    s.bind(12, m.notes);
    s.bind(13, std::string_view(now_.constData(), static_cast<std::size_t>(now_.size())));
    s.bind(14, std::string_view(now_.constData(), static_cast<std::size_t>(now_.size())));
    if (auto r = s.run(); !r) {
        if (s.lastResultCode() != SQLITE_CONSTRAINT || row.measurementUid.isNull())
            return r.error();
        auto stored = storedMeasurement(row, childId);
        if (!stored)
            return stored.error();
        if (!*stored)
            return r.error();
        return updateMeasurement(row, childId, posyanduId, rowNamesPosyandu, **stored);
    }
    measurementsInserted_.add(s.lastInsertId());
    if (indexesDropped_)
        entries_[static_cast<std::size_t>(childId)]->days.emplace_back(m.date.toJulianDay(), s.lastInsertId());
    ++row_.measurements.added;
    return std::optional<ImportProblem>();
}

ImportSession::Outcome ImportSession::updateMeasurement(const ImportRow& row, RowId childId, RowId posyanduId,
                                                        bool rowNamesPosyandu, const Measurement& old)
{
    const QString uid = sql::uidText(old.meta.uid);
    if (old.meta.isDeleted()) {
        return std::optional<ImportProblem>(problem(ImportFieldNames::canonical(ImportField::MeasurementUid), [&] {
            return QCoreApplication::translate("tumbuh::records", "The measurement %1 was deleted in this database; an import does not bring it back.").arg(uid);
        }));
    }
    if (old.childId != childId) {
        return std::optional<ImportProblem>(problem(ImportFieldNames::canonical(ImportField::MeasurementUid), [&] {
            return QCoreApplication::translate("tumbuh::records", "The measurement %1 belongs to another child.").arg(uid);
        }));
    }
    Measurement m = old;
    if (row.measuredOn.isValid())
        m.date = row.measuredOn;
    if (rowNamesPosyandu || (posyanduId != 0 && !options_.defaultPosyandu.isEmpty()))
        m.posyanduId = posyanduId;
    if (row.weight)
        m.weight = row.weight;
    if (row.length)
        m.length = row.length;
    if (row.position != growth::Measure::Unknown)
        m.position = row.position;
    if (row.head)
        m.headCircumference = row.head;
    if (row.muac)
        m.armCircumference = row.muac;
    if (row.oedema)
        m.oedema = *row.oedema;
    if (!row.measuredBy.isEmpty())
        m.measuredBy = row.measuredBy;
    if (!row.notes.isEmpty())
        m.notes = row.notes;
    if (sameMeasurement(m, old)) {
        ++row_.measurements.unchanged;
        return std::optional<ImportProblem>();
    }
    if (auto b = beginRowSavepoint(); !b)
        return b.error();
    auto saved = measurements_.update(m, options_.user);
    if (!saved)
        return refused(saved.error(), [&] { return measurements_.validate(m); });
    warn(saved.warnings());
    if (indexesDropped_ && m.date != old.date) {
        for (auto& [d, id] : entries_[static_cast<std::size_t>(childId)]->days) {
            if (id == old.meta.id)
                d = m.date.toJulianDay();
        }
    }
    ++row_.measurements.updated;
    return std::optional<ImportProblem>();
}

Result<void> ImportSession::finish(const QString& sourceName, bool willCommit)
{
    if (setAside_ && willCommit) {
        if (auto r = setAside_->rebuild(db_); !r)
            return r.error();
    }
    for (const auto& e : entries_) {
        if (!e || e->outcome == 0)
            continue;
        if (e->outcome == 'a')
            ++report_.children.added;
        else if (e->outcome == 'u')
            ++report_.children.updated;
        else
            ++report_.children.unchanged;
    }
    for (const auto& [table, inserted] : {std::pair{QStringLiteral("children"), childrenInserted_},
                                          std::pair{QStringLiteral("measurements"), measurementsInserted_}}) {
        if (inserted.count == 0)
            continue;
        QJsonObject summary;
        summary.insert(QStringLiteral("event"), QStringLiteral("csv import"));
        summary.insert(QStringLiteral("source"), QFileInfo(sourceName).fileName());
        summary.insert(QStringLiteral("count"), inserted.count);
        summary.insert(QStringLiteral("first_id"), inserted.first);
        summary.insert(QStringLiteral("last_id"), inserted.last);
        auto a = AuditLog(db_).record(options_.user, table, QUuid(), AuditAction::BulkInsert, {}, summary);
        if (!a)
            return a.error();
    }
    return {};
}

} // namespace tumbuh::records
