#include "records/rights/anonymiser.h"

#include "records/followup/destinations.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/sqlutil.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <utility>
#include <vector>

namespace tumbuh::records {
namespace {

// PRAGMA secure_delete = ON for the life of this object, then as it was.
class SecureDelete {
public:
    explicit SecureDelete(Database& db) : db_(db)
    {
        QSqlQuery q(db_.connection());
        if (q.exec(QStringLiteral("PRAGMA secure_delete")) && q.next())
            previous_ = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    }
    ~SecureDelete()
    {
        QSqlQuery q(db_.connection());
        q.exec(QStringLiteral("PRAGMA secure_delete = %1").arg(previous_));
    }
    SecureDelete(const SecureDelete&) = delete;
    SecureDelete& operator=(const SecureDelete&) = delete;

private:
    Database& db_;
    int previous_ = 0;
};

Result<void> run(Database& db, const QString& sql, const QVariantList& values, int* changed = nullptr)
{
    auto q = store::sql::exec(db, sql, values);
    if (!q)
        return q.error();
    store::sql::Finisher done(*q);
    if (changed)
        *changed += (*q)->numRowsAffected();
    return {};
}

// The uids a statement selects, as text.
Result<QStringList> uids(Database& db, const QString& sql, const QVariantList& values)
{
    auto q = store::sql::exec(db, sql, values);
    if (!q)
        return q.error();
    store::sql::Finisher done(*q);
    QStringList out;
    while ((*q)->next())
        out << store::sql::uidText(store::sql::uidFrom((*q)->value(0)));
    return out;
}

} // namespace

QString anonymousName(const QString& uid)
{
    return QStringLiteral("Anak anonim ") + uid.left(8);
}

Result<Anonymised> anonymiseChild(Database& db, const SignedInUser& user, RowId childId)
{
    if (auto allowed = user.require(Permission::Anonymise); !allowed)
        return allowed.error();
    if (auto w = db.checkWritable(); !w)
        return w.error();
    auto found = store::sql::exec(db, QStringLiteral("SELECT uid, household_id FROM children WHERE id = ?"), {childId});
    if (!found)
        return found.error();
    QString childUid;
    QVariant householdId;
    {
        store::sql::Finisher done(*found);
        if (!(*found)->next())
            return Error{ErrorCode::NotFound, {}, QCoreApplication::translate("tumbuh::records", "This child is not in the database."), {}, {}};
        childUid = store::sql::uidText(store::sql::uidFrom((*found)->value(0)));
        householdId = (*found)->value(1);
    }

    Anonymised result;
    result.name = anonymousName(childUid);
    const QVariant id = childId;
    const QVariant now = store::sql::timestampValue(Database::now());
    {
        SecureDelete secure(db);
        auto tx = store::Transaction::begin(db);
        if (!tx)
            return tx.error();

        // Whose audit rows are redacted, read before anything changes.
        std::vector<std::pair<QString, QString>> owned{{QStringLiteral("children"), childUid}};
        const std::pair<QString, QString> tables[] = {
            {QStringLiteral("measurements"), QStringLiteral("SELECT uid FROM measurements WHERE child_id = ?")},
            {QStringLiteral("consents"), QStringLiteral("SELECT uid FROM consents WHERE child_id = ?")},
            {QStringLiteral("referrals"), QStringLiteral("SELECT uid FROM referrals WHERE child_id = ?")},
            {QStringLiteral("referral_events"),
             QStringLiteral("SELECT uid FROM referral_events WHERE referral_id IN "
                            "(SELECT id FROM referrals WHERE child_id = ?)")},
            {QStringLiteral("counselling"), QStringLiteral("SELECT uid FROM counselling WHERE child_id = ?")},
        };
        for (const auto& [table, sql] : tables) {
            auto rows = uids(db, sql, {id});
            if (!rows)
                return rows.error();
            for (const QString& u : *rows)
                owned.emplace_back(table, u);
        }

        // The household: cleared when the child was its last live child,
        // otherwise left to the siblings.
        QVariant keepHousehold = householdId;
        if (!householdId.isNull()) {
            auto siblings = store::sql::scalar(db,
                                               QStringLiteral("SELECT count(*) FROM children WHERE household_id = ? "
                                                              "AND id <> ? AND deleted_at IS NULL"),
                                               {householdId, id});
            if (!siblings)
                return siblings.error();
            if (siblings->toLongLong() == 0) {
                if (auto r = run(db,
                                 QStringLiteral("UPDATE households SET father_name = NULL, father_nik = NULL, "
                                                "mother_name = NULL, mother_nik = NULL, address = NULL, phone = NULL, "
                                                "kk_number = NULL, notes = NULL, updated_at = ? WHERE id = ?"),
                                 {now, householdId});
                    !r)
                    return r.error();
                auto hUid = uids(db, QStringLiteral("SELECT uid FROM households WHERE id = ?"), {householdId});
                if (!hUid)
                    return hUid.error();
                for (const QString& u : *hUid)
                    owned.emplace_back(QStringLiteral("households"), u);
                result.householdCleared = true;
            } else {
                keepHousehold = QVariant(QMetaType(QMetaType::LongLong));
            }
        }

        const std::pair<QString, QVariantList> updates[] = {
            {QStringLiteral("UPDATE children SET name = ?, nik = NULL, mother_name = NULL, notes = NULL, "
                            "household_id = ?, updated_at = ? WHERE id = ?"),
             {result.name, keepHousehold, now, id}},
            {QStringLiteral("UPDATE measurements SET notes = NULL, updated_at = ? WHERE child_id = ? AND notes IS NOT NULL"),
             {now, id}},
            {QStringLiteral("UPDATE referrals SET notes = NULL, updated_at = ? WHERE child_id = ? AND notes IS NOT NULL"),
             {now, id}},
            {QStringLiteral("UPDATE referral_events SET note = NULL, updated_at = ? WHERE note IS NOT NULL AND "
                            "referral_id IN (SELECT id FROM referrals WHERE child_id = ?)"),
             {now, id}},
            {QStringLiteral("UPDATE counselling SET notes = NULL, updated_at = ? WHERE child_id = ? AND notes IS NOT NULL"),
             {now, id}},
            {QStringLiteral("UPDATE consents SET guardian_name = ?, notes = NULL, updated_at = ? WHERE child_id = ?"),
             {QStringLiteral("—"), now, id}},
        };
        for (const auto& [sql, values] : updates)
            if (auto r = run(db, sql, values); !r)
                return r.error();

        // A destination that is not a code of the list is free text, which
        // may name a person ("Bu Sri, bidan"): it becomes "lainnya".
        const LoadedDestinations list = loadDestinations(QFileInfo(db.path()).absolutePath());
        auto destinations = store::sql::exec(db, QStringLiteral("SELECT id, destination FROM referrals WHERE child_id = ?"), {id});
        if (!destinations)
            return destinations.error();
        std::vector<QVariant> freeText;
        {
            store::sql::Finisher done(*destinations);
            while ((*destinations)->next())
                if (!findDestination(list.destinations, (*destinations)->value(1).toString()))
                    freeText.push_back((*destinations)->value(0));
        }
        for (const QVariant& referral : freeText)
            if (auto r = run(db, QStringLiteral("UPDATE referrals SET destination = 'lainnya', updated_at = ? WHERE id = ?"),
                             {now, referral});
                !r)
                return r.error();

        for (const auto& [table, uid] : owned)
            if (auto r = run(db,
                             QStringLiteral("UPDATE audit_log SET before_json = NULL, after_json = NULL, redacted = 1 "
                                            "WHERE table_name = ? AND row_uid = ? AND redacted = 0"),
                             {table, store::sql::uidValue(QUuid::fromString(uid))}, &result.auditRowsRedacted);
                !r)
                return r.error();

        QJsonObject after;
        after.insert(QStringLiteral("event"), QStringLiteral("anonymised"));
        if (auto a = AuditLog(db).record(user.id, QStringLiteral("children"), QUuid(childUid), AuditAction::Update, {},
                                         after);
            !a)
            return a.error();
        if (auto c = tx->commit(); !c)
            return c.error();
    }
    // The old pages are zeroed in the log; copy them over the database and
    // empty the log, so the old text is in neither file.
    // A reader on another connection (a list read on a worker thread) can
    // hold the log for a moment: try again a few times.
    for (int attempt = 0; attempt < 10 && !result.logEmptied; ++attempt) {
        if (attempt > 0)
            QThread::msleep(100);
        QSqlQuery checkpoint(db.connection());
        // One row: busy, frames in the log, frames copied; TRUNCATE leaves 0 0 0.
        result.logEmptied = checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && checkpoint.next()
                         && checkpoint.value(0).toInt() == 0 && checkpoint.value(1).toInt() <= 0;
    }
    return result;
}

} // namespace tumbuh::records
