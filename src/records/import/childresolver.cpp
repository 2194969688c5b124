#include "records/import/childresolver.h"

#include "store/measurementcolumns.h"
#include "store/messages.h"
#include "store/row.h"
#include "store/sqlutil.h"
#include "store/storagecodes.h"

#include <QCoreApplication>

namespace tumbuh::records {
namespace {

bool sameChild(const Child& a, const Child& b)
{
    return a.nik == b.nik && a.name == b.name && a.sex == b.sex && a.birthDate == b.birthDate
        && a.birthDateApproximate == b.birthDateApproximate && a.birthWeight == b.birthWeight
        && a.birthLength == b.birthLength && a.motherName == b.motherName && a.householdId == b.householdId
        && a.posyanduId == b.posyanduId && a.status == b.status && a.statusDate == b.statusDate && a.notes == b.notes
        && a.hasKia == b.hasKia;
}

} // namespace

ChildResolver::ChildResolver(ImportContext& context, PlaceResolver& places)
    : context_(context), places_(places), children_(context.db()), measurements_(context.db())
{
}

Result<void> ChildResolver::load()
{
    auto matcher = ChildMatcher::load(context_.db());
    if (!matcher)
        return matcher.error();
    matcher_ = std::move(*matcher);
    return {};
}

Result<void> ChildResolver::prepareInsert()
{
    auto child = NativeStatement::prepare(
        context_.db(), QStringLiteral("INSERT INTO children (uid, nik, name, sex, birth_date, birth_date_approximate, "
                                      "birth_weight_g, birth_length_mm, mother_name, household_id, posyandu_id, status, "
                                      "status_date, notes, created_at, updated_at, has_kia) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!child)
        return child.error();
    insertChild_ = std::move(*child);
    return {};
}

Result<void> ChildResolver::eraseRowAdded()
{
    // A child this row added without a savepoint around it (see addChild):
    // its measurement was refused, so nothing refers to it yet. (Already
    // gone if a savepoint opened before it was rolled back.)
    for (const RowId id : rowChildrenAdded_) {
        const QByteArray erase = "DELETE FROM children WHERE id = " + QByteArray::number(id);
        if (auto d = NativeStatement::exec(context_.db(), erase.constData()); !d)
            return d;
    }
    return {};
}

Result<void> ChildResolver::undoRow()
{
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

void ChildResolver::endRow(bool saved)
{
    if (saved) {
        if (rowChild_) {
            char& outcome = entries_[static_cast<std::size_t>(rowChild_->first)]->outcome;
            if (outcome == 0 || (outcome == 'n' && rowChild_->second == 'u'))
                outcome = rowChild_->second;
        }
        for (const RowId id : rowChildrenAdded_)
            inserted_.add(id);
    }
    rowChildrenAdded_.clear();
    rowChildrenEdited_.clear();
    rowChild_.reset();
}

void ChildResolver::countInto(ImportCounts& counts) const
{
    for (const auto& e : entries_) {
        if (!e || e->outcome == 0)
            continue;
        if (e->outcome == 'a')
            ++counts.added;
        else if (e->outcome == 'u')
            ++counts.updated;
        else
            ++counts.unchanged;
    }
}

std::vector<RowId> ChildResolver::edited() const
{
    std::vector<RowId> ids;
    for (std::size_t id = 0; id < entries_.size(); ++id) {
        if (entries_[id] && entries_[id]->outcome == 'u')
            ids.push_back(static_cast<RowId>(id));
    }
    return ids;
}

Result<ChildResolver::Entry*> ChildResolver::entry(RowId id)
{
    const auto index = static_cast<std::size_t>(id);
    if (index >= entries_.size())
        entries_.resize(std::max(index + 1, entries_.size() * 3 / 2));
    auto& e = entries_[index];
    if (!e) {
        auto c = children_.get(id);
        if (!c)
            return c.error();
        e = std::make_unique<Entry>();
        e->child = std::move(*c);
    }
    return e.get();
}

Result<const Child*> ChildResolver::cachedChild(RowId id)
{
    auto e = entry(id);
    if (!e)
        return e.error();
    return &(*e)->child;
}

ChildResolver::Outcome ChildResolver::childFor(const ImportRow& row, RowId& id)
{
    std::optional<RowId> found;
    if (!row.childUid.isNull()) {
        if (const auto f = matcher_->byUid(row.childUid)) {
            if (f->deleted) {
                const QString uid = sql::uidText(row.childUid);
                return std::optional<ImportProblem>(ImportContext::problem(ImportFieldNames::canonical(ImportField::ChildUid), [&] {
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
        if (byNik && !context_.options().updateByNik) {
            Outcome o = nikBelongsToAnother(row, id);
            if (!o || *o)
                return o;
        }
        if (context_.layout() == ImportLayout::Measurements) {
            rowChild_ = {id, 'n'};
            return std::optional<ImportProblem>();
        }
        return updateChild(row, id);
    }
    if (context_.layout() == ImportLayout::Measurements) {
        return std::optional<ImportProblem>(ImportContext::problem(ImportFieldNames::canonical(ImportField::ChildUid), [] {
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
ChildResolver::Outcome ChildResolver::nikBelongsToAnother(const ImportRow& row, RowId id)
{
    auto cached = cachedChild(id);
    if (!cached)
        return cached.error();
    const Child& known = **cached;
    // Most rows repeat the child's own values: equal texts have equal keys,
    // so no key is made for them.
    auto differ = [](const QString& a, const QString& b) { return a != b && ImportContext::nameKey(a) != ImportContext::nameKey(b); };
    const bool birthDiffers = row.birthDate.isValid() && row.birthDate != known.birthDate;
    if (!birthDiffers)
        return std::optional<ImportProblem>();
    const bool nameDiffers = !row.name.isEmpty() && differ(row.name, known.name);
    const bool motherDiffers = row.motherName.isEmpty() || differ(row.motherName, known.motherName);
    if (!nameDiffers || !motherDiffers)
        return std::optional<ImportProblem>();
    const QString name = known.name;
    const QDate birth = known.birthDate;
    return std::optional<ImportProblem>(ImportContext::problem(QStringLiteral("nik"), [&] {
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
ChildResolver::Outcome ChildResolver::recheckMeasurements(const Child& stored, const Child& changed)
{
    auto q = NativeStatement::prepare(context_.db(), QStringLiteral("SELECT ") + table<Measurement>().selectList()
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
    return std::optional<ImportProblem>(ImportContext::problem(QStringLiteral("birth_date"), [&] {
        const auto why = measurements_.validateFor(m, changed);
        return QCoreApplication::translate("tumbuh::records",
                                           "This row changes the child's birth date, sex or status, and then %1 of "
                                           "the child's saved measurements would be wrong, for example: %2 Check "
                                           "the row; if it is right, correct those measurements first.")
            .arg(broken)
            .arg(why ? QString() : ImportContext::joined(why.error()));
    }));
}

ChildResolver::Outcome ChildResolver::addChild(const ImportRow& row, RowId& id)
{
    if (!row.sex)
        return std::optional<ImportProblem>(ImportContext::problem(QStringLiteral("sex"), [] { return msg::required(QStringLiteral("sex")).message; }));
    Child c;
    Outcome o = places_.posyanduFor(row.posyanduUid, row.posyandu, row, c.posyanduId);
    if (!o || *o)
        return o;
    if (row.hasHousehold()) {
        o = places_.householdFor(row, c.posyanduId, c.householdId);
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
    c.hasKia = row.hasKia.value_or(true);
    // The parser already normalised the values as ChildRepository::add does
    // (names simplified, NIK without separators), so validate() sees what
    // is saved.
    // The posyandu and household came from PlaceResolver, which finds live
    // ones only or creates them; unless the matcher knows of another live
    // child with this NIK, or name, birth date and mother's name (it has
    // just found none, but keeps one child per key), validate()'s queries
    // could find nothing, so only the rest of it is run.
    const bool mayClash = matcher_->nikTaken(c.nik) || matcher_->personTaken(c.name, c.birthDate, c.motherName);
    auto v = mayClash ? children_.validate(c) : children_.validateFields(c);
    if (!v)
        return context_.refused(v.error(), [&] { return children_.validate(c); });
    context_.warn(v.warnings());
    if (c.meta.uid.isNull())
        c.meta.uid = context_.nextUid();
    c.meta.createdAt = context_.now();
    c.meta.updatedAt = c.meta.createdAt;

    // No savepoint for this insert (a million-row import adds tens of
    // thousands of children): if the row's measurement is then refused,
    // undoRow() deletes the child again.
    NativeStatement& s = *insertChild_;
    s.bindUid(1, c.meta.uid);
    s.bind(2, c.nik);
    s.bind(3, c.name);
    s.bind(4, static_cast<std::int64_t>(c.sex == growth::Sex::Female ? 2 : 1));
    s.bindDate(5, c.birthDate);
    s.bind(6, std::int64_t{c.birthDateApproximate ? 1 : 0});
    ImportContext::bindUnit(s, 7, c.birthWeight);
    ImportContext::bindUnit(s, 8, c.birthLength);
    s.bind(9, c.motherName);
    if (c.householdId)
        s.bind(10, static_cast<std::int64_t>(*c.householdId));
    else
        s.bindNull(10);
    s.bind(11, static_cast<std::int64_t>(c.posyanduId));
    s.bind(12, codes::childStatusText(c.status));
    s.bindDate(13, c.statusDate);
    s.bind(14, c.notes);
    s.bind(15, context_.nowMs());
    s.bind(16, context_.nowMs());
    s.bind(17, std::int64_t{c.hasKia ? 1 : 0});
    if (auto r = s.run(); !r)
        return r.error();
    id = s.lastInsertId();
    c.meta.id = id;
    matcher_->remember(id, c.meta.uid, c.nik, c.name, c.birthDate, c.motherName);
    const auto index = static_cast<std::size_t>(id);
    if (index >= entries_.size())
        entries_.resize(std::max(index + 1, entries_.size() * 3 / 2));
    entries_[index] = std::make_unique<Entry>();
    entries_[index]->child = c;
    rowChildrenAdded_ << id;
    rowChild_ = {id, 'a'};
    return std::optional<ImportProblem>();
}

ChildResolver::Outcome ChildResolver::updateChild(const ImportRow& row, RowId id)
{
    auto cached = cachedChild(id);
    if (!cached)
        return cached.error();
    const Child& known = **cached;
    // In a list of children the posyandu and family are the child's own; in
    // a list of measurements the posyandu is where the child was measured.
    RowId posyanduId = known.posyanduId;
    std::optional<RowId> householdId = known.householdId;
    if (context_.layout() == ImportLayout::Children) {
        if (!row.posyanduUid.isNull() || !row.posyandu.isEmpty()) {
            Outcome o = places_.posyanduFor(row.posyanduUid, row.posyandu, row, posyanduId);
            if (!o || *o)
                return o;
        }
        if (!row.householdUid.isNull()) {
            Outcome o = places_.householdFor(row, posyanduId, householdId);
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
                      || (!row.childNotes.isEmpty() && row.childNotes != known.notes)
                      || (row.hasKia && *row.hasKia != known.hasKia) || posyanduId != known.posyanduId
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
    if (row.hasKia)
        c.hasKia = *row.hasKia;
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
    if (auto b = context_.beginRowSavepoint(); !b)
        return b.error();
    auto saved = children_.update(c, context_.options().user);
    if (!saved)
        return context_.refused(saved.error(), [&] { return children_.validate(c); });
    context_.warn(saved.warnings());
    matcher_->remember(id, saved->meta.uid, saved->nik, saved->name, saved->birthDate, saved->motherName);
    entries_[static_cast<std::size_t>(id)]->child = *saved;
    rowChildrenEdited_ << id;
    rowChild_ = {id, 'u'};
    return std::optional<ImportProblem>();
}

} // namespace tumbuh::records
