#include "records/package/packagemerger.h"

#include "records/bulkscope.h"
#include "store/childrepository.h"
#include "store/consentrepository.h"
#include "store/householdrepository.h"
#include "store/measurementrepository.h"
#include "records/nativestatement.h"
#include "records/package/decryptedpackage.h"
#include "records/package/packagereader.h"
#include "store/posyandurepository.h"
#include "store/counsellingrepository.h"
#include "store/referraleventrepository.h"
#include "store/referralrepository.h"
#include "store/storagecodes.h"
#include "store/sqlutil.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <map>

namespace tumbuh::records {
namespace {

bool fatal(const Error& e)
{
    return e.code == ErrorCode::Sql || e.code == ErrorCode::ReadOnly || e.code == ErrorCode::CannotOpen
        || e.code == ErrorCode::DiskFull || e.code == ErrorCode::Busy;
}

struct Target {
    RowId id = 0;
    QDateTime updatedAt;
    bool deleted = false;
};

// One merge: the package-to-database id maps and the deletions kept for last.
class MergeRun {
public:
    MergeRun(Database& db, UserId user, MergeReport& report) : db_(db), user_(user), report_(report) { }

    Result<void> run(PackageContents& p);

private:
    Result<std::optional<Target>> target(const QString& table, const QUuid& uid);
    void skip(const QString& table, const QUuid& uid, MergeCounts& counts, const QString& reason);
    QString dependsOn(const QString& what) const;

    template <typename Row, typename Repo>
    Result<void> mergeRow(const QString& table, Row row, Repo& repo, MergeCounts& counts,
                          QHash<RowId, RowId>* ids, std::vector<Row>* deletions);

    template <typename Row, typename Repo>
    Result<void> applyDeletions(std::vector<Row>& rows, Repo& repo, const QString& table, MergeCounts& counts);

    Database& db_;
    UserId user_;
    MergeReport& report_;
    std::map<QString, NativeStatement> lookups_;
    QHash<RowId, RowId> posyanduIds_;
    QHash<RowId, RowId> householdIds_;
    QHash<RowId, RowId> childIds_;
    QHash<RowId, RowId> referralIds_;
};

// The events a schema 1 referral's own columns imply, as migration 2 writes
// them for a database's referrals; their UUIDs follow from the referral's and
// the step, so merging the package again finds them.
std::vector<ReferralEvent> impliedHistory(const Referral& r, RowId referralId)
{
    std::vector<ReferralEvent> out;
    auto add = [&](ReferralStatus status, const QDate& on, const QString& note, const QString& by) {
        if (!on.isValid())
            return;
        ReferralEvent e;
        e.meta.uid = QUuid::createUuidV5(r.meta.uid, codes::referralStatusText(status));
        e.meta.createdAt = r.meta.updatedAt;
        e.meta.updatedAt = r.meta.updatedAt;
        e.referralId = referralId;
        e.status = status;
        e.happenedOn = on;
        e.note = note;
        e.recordedBy = by;
        out.push_back(std::move(e));
    };
    add(ReferralStatus::Referred, r.referredOn, {}, r.referredBy);
    add(ReferralStatus::Arrived, r.arrivedOn, {}, {});
    if (r.status != ReferralStatus::Referred && r.status != ReferralStatus::Arrived)
        add(r.status, r.closedOn, r.notes, {});
    return out;
}

Result<std::optional<Target>> MergeRun::target(const QString& table, const QUuid& uid)
{
    auto it = lookups_.find(table);
    if (it == lookups_.end()) {
        auto s = NativeStatement::prepare(
            db_, QStringLiteral("SELECT id, updated_at, deleted_at IS NOT NULL FROM %1 WHERE uid = ?").arg(table));
        if (!s)
            return s.error();
        it = lookups_.emplace(table, std::move(*s)).first;
    }
    NativeStatement& s = it->second;
    s.bindUid(1, uid);
    auto r = s.step();
    std::optional<Target> out;
    if (r && *r)
        out = Target{s.int64(0), s.timestamp(1), s.int64(2) != 0};
    s.reset();
    if (!r)
        return r.error();
    return out;
}

void MergeRun::skip(const QString& table, const QUuid& uid, MergeCounts& counts, const QString& reason)
{
    ++counts.skipped;
    report_.skipped.push_back(MergeIssue{table, uid, reason});
}

QString MergeRun::dependsOn(const QString& what) const
{
    return QCoreApplication::translate("tumbuh::records", "Not merged, because its %1 could not be merged.").arg(what);
}

template <typename Row, typename Repo>
Result<void> MergeRun::mergeRow(const QString& table, Row row, Repo& repo, MergeCounts& counts,
                                QHash<RowId, RowId>* ids, std::vector<Row>* deletions)
{
    const RowId packageId = row.meta.id;
    auto t = target(table, row.meta.uid);
    if (!t)
        return t.error();
    if (*t && !(row.meta.updatedAt > (*t)->updatedAt)) {
        ++counts.unchanged;
        if (ids)
            ids->insert(packageId, (*t)->id);
        return {};
    }
    const bool deletedHere = row.meta.isDeleted();
    Row write = row;
    // A parent is written live first and deleted at the end (see header).
    if (deletions && deletedHere)
        write.meta.deletedAt.reset();
    write.meta.id = *t ? (*t)->id : 0;
    auto saved = *t ? repo.update(write, user_, Stamp::Keep) : repo.add(write, user_, Stamp::Keep);
    if (!saved) {
        if (fatal(saved.error()))
            return saved.error();
        skip(table, row.meta.uid, counts, saved.error().message);
        return {};
    }
    if (ids)
        ids->insert(packageId, saved->meta.id);
    if (*t) {
        ++counts.updated;
        if (deletedHere && !(*t)->deleted)
            ++counts.deleted;
    } else {
        ++counts.added;
    }
    if (deletions && deletedHere) {
        row.meta.id = saved->meta.id;
        deletions->push_back(std::move(row));
    }
    return {};
}

template <typename Row, typename Repo>
Result<void> MergeRun::applyDeletions(std::vector<Row>& rows, Repo& repo, const QString& table, MergeCounts& counts)
{
    for (Row& row : rows) {
        auto saved = repo.update(row, user_, Stamp::Keep);
        if (!saved) {
            if (fatal(saved.error()))
                return saved.error();
            skip(table, row.meta.uid, counts, saved.error().message);
        }
    }
    return {};
}

Result<void> MergeRun::run(PackageContents& p)
{
    PosyanduRepository posyandu(db_);
    HouseholdRepository households(db_);
    ChildRepository children(db_);
    MeasurementRepository measurements(db_);
    ReferralRepository referrals(db_);
    ReferralEventRepository events(db_);
    CounsellingRepository counselling(db_);
    ConsentRepository consents(db_);
    std::vector<Posyandu> deletedPosyandu;
    std::vector<Household> deletedHouseholds;
    std::vector<Child> deletedChildren;
    const QString tPosyandu = QStringLiteral("posyandu");
    const QString tHouseholds = QStringLiteral("households");
    const QString tChildren = QStringLiteral("children");
    const QString tMeasurements = QStringLiteral("measurements");
    const QString tReferrals = QStringLiteral("referrals");
    const QString tEvents = QStringLiteral("referral_events");
    const QString tCounselling = QStringLiteral("counselling");
    const QString tConsents = QStringLiteral("consents");
    auto mapped = [](const QHash<RowId, RowId>& ids, RowId id) -> std::optional<RowId> {
        const auto it = ids.constFind(id);
        if (it == ids.constEnd())
            return std::nullopt;
        return *it;
    };

    for (Posyandu& row : p.posyandu) {
        if (auto r = mergeRow(tPosyandu, row, posyandu, report_.posyandu, &posyanduIds_, &deletedPosyandu); !r)
            return r;
    }
    for (Household& row : p.households) {
        if (row.posyanduId) {
            const auto to = mapped(posyanduIds_, *row.posyanduId);
            if (!to) {
                skip(tHouseholds, row.meta.uid, report_.households, dependsOn(tPosyandu));
                continue;
            }
            row.posyanduId = *to;
        }
        if (auto r = mergeRow(tHouseholds, row, households, report_.households, &householdIds_, &deletedHouseholds); !r)
            return r;
    }
    for (Child& row : p.children) {
        const auto to = mapped(posyanduIds_, row.posyanduId);
        const auto home = row.householdId ? mapped(householdIds_, *row.householdId) : std::optional<RowId>(0);
        if (!to || !home) {
            skip(tChildren, row.meta.uid, report_.children, dependsOn(!to ? tPosyandu : tHouseholds));
            continue;
        }
        row.posyanduId = *to;
        if (row.householdId)
            row.householdId = *home;
        if (auto r = mergeRow(tChildren, row, children, report_.children, &childIds_, &deletedChildren); !r)
            return r;
    }
    for (Measurement& row : p.measurements) {
        const auto child = mapped(childIds_, row.childId);
        const auto place = mapped(posyanduIds_, row.posyanduId);
        if (!child || !place) {
            skip(tMeasurements, row.meta.uid, report_.measurements, dependsOn(!child ? tChildren : tPosyandu));
            continue;
        }
        row.childId = *child;
        row.posyanduId = *place;
        if (auto r = mergeRow<Measurement>(tMeasurements, row, measurements, report_.measurements, nullptr, nullptr); !r)
            return r;
    }
    for (Referral& row : p.referrals) {
        const auto child = mapped(childIds_, row.childId);
        if (!child) {
            skip(tReferrals, row.meta.uid, report_.referrals, dependsOn(tChildren));
            continue;
        }
        row.childId = *child;
        if (auto r = mergeRow<Referral>(tReferrals, row, referrals, report_.referrals, &referralIds_, nullptr); !r)
            return r;
    }
    for (ReferralEvent& row : p.referralEvents) {
        const auto referral = mapped(referralIds_, row.referralId);
        if (!referral) {
            skip(tEvents, row.meta.uid, report_.referralEvents, dependsOn(tReferrals));
            continue;
        }
        row.referralId = *referral;
        if (auto r = mergeRow<ReferralEvent>(tEvents, row, events, report_.referralEvents, nullptr, nullptr); !r)
            return r;
    }
    if (p.info.schemaVersion < 2) {
        for (const Referral& row : p.referrals) {
            const auto referral = mapped(referralIds_, row.meta.id);
            if (!referral)
                continue;
            auto history = events.history(*referral);
            if (!history)
                return history.error();
            for (ReferralEvent& e : impliedHistory(row, *referral)) {
                const bool known = std::any_of(history->begin(), history->end(),
                                               [&](const ReferralEvent& h) { return h.status == e.status; });
                if (known)
                    continue;
                if (auto r = mergeRow<ReferralEvent>(tEvents, e, events, report_.referralEvents, nullptr, nullptr); !r)
                    return r;
            }
        }
    }
    for (Counselling& row : p.counselling) {
        const auto child = mapped(childIds_, row.childId);
        if (!child) {
            skip(tCounselling, row.meta.uid, report_.counselling, dependsOn(tChildren));
            continue;
        }
        row.childId = *child;
        if (auto r = mergeRow<Counselling>(tCounselling, row, counselling, report_.counselling, nullptr, nullptr); !r)
            return r;
    }
    for (Consent& row : p.consents) {
        const auto child = mapped(childIds_, row.childId);
        if (!child) {
            skip(tConsents, row.meta.uid, report_.consents, dependsOn(tChildren));
            continue;
        }
        row.childId = *child;
        if (auto r = mergeRow<Consent>(tConsents, row, consents, report_.consents, nullptr, nullptr); !r)
            return r;
    }
    // Children before their families, families before their posyandu.
    if (auto r = applyDeletions(deletedChildren, children, tChildren, report_.children); !r)
        return r;
    if (auto r = applyDeletions(deletedHouseholds, households, tHouseholds, report_.households); !r)
        return r;
    return applyDeletions(deletedPosyandu, posyandu, tPosyandu, report_.posyandu);
}

} // namespace

qint64 MergeReport::changed() const
{
    qint64 n = 0;
    for (const MergeCounts* c : {&posyandu, &households, &children, &measurements, &referrals, &referralEvents,
                                 &counselling, &consents})
        n += c->added + c->updated;
    return n;
}

Result<MergeReport> PackageMerger::merge(const QString& packagePath)
{
    if (auto w = db_.checkWritable(); !w)
        return w.error();
    auto contents = PackageReader::read(packagePath);
    if (!contents)
        return contents.error();
    MergeReport report;
    report.package = contents->info;
    const BulkScope bulk(db_);
    auto tx = Transaction::begin(db_);
    if (!tx)
        return tx.error();
    if (auto r = MergeRun(db_, user_, report).run(*contents); !r)
        return r.error();
    if (auto c = tx->commit(); !c)
        return c.error();
    // The merged file is checked whole at once, before anyone works on it
    // (src/store/README.md, "Opening a file"); damage stops further writes.
    if (auto checked = db_.checkNow(store::CheckReason::AfterMerge); !checked)
        return checked.error();
    return report;
}

Result<MergeReport> PackageMerger::mergeEncrypted(const QString& packagePath, const QString& passphrase)
{
    if (auto w = db_.checkWritable(); !w)
        return w.error();
    auto plain = DecryptedPackage::open(packagePath, passphrase);
    if (!plain)
        return plain.error();
    return merge((*plain)->path());
}

} // namespace tumbuh::records
