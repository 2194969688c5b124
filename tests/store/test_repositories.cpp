// Add / edit / soft delete for every entity, each with its audit row, and
// the transaction rules (all or nothing, nesting).
#include "storefixture.h"

#include "store/auditlog.h"
#include "store/childrepository.h"
#include "store/householdrepository.h"
#include "store/measurementrepository.h"
#include "store/nameids.h"
#include "store/posyandurepository.h"
#include "store/referralrepository.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <boost/test/unit_test.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace tumbuh::store;
using namespace tumbuh::store::test;
using tumbuh::growth::Grams;
using tumbuh::growth::Measure;
using tumbuh::growth::Millimetres;
using tumbuh::growth::Sex;

namespace {

int code(ErrorCode c) { return static_cast<int>(c); }
int code(AuditAction a) { return static_cast<int>(a); }

} // namespace

BOOST_AUTO_TEST_SUITE(repositories)

BOOST_AUTO_TEST_CASE(child_add_edit_delete_with_audit)
{
    TempStore s;
    ChildRepository children(*s.db);
    AuditLog audit(*s.db);

    Child c = s.child(QStringLiteral("Putri Contoh"), QDate(2023, 2, 1));
    c.nik = QStringLiteral("6471054102230001"); // girl: day 01 + 40
    c.birthWeight = Grams{3100};
    c.birthLength = Millimetres{495};
    auto added = children.add(c, s.kader);
    BOOST_REQUIRE(added.ok());
    BOOST_TEST(added.warnings().empty());
    const Child saved = *added;
    BOOST_TEST(saved.meta.id > 0);
    BOOST_TEST(!saved.meta.uid.isNull());
    BOOST_TEST(saved.meta.createdAt.isValid());
    BOOST_TEST(saved.meta.createdAt == saved.meta.updatedAt);

    auto read = children.get(saved.meta.id);
    BOOST_REQUIRE(read.ok());
    BOOST_TEST(read->name == QStringLiteral("Putri Contoh"));
    BOOST_TEST(read->nik == c.nik);
    BOOST_TEST(read->birthDate == QDate(2023, 2, 1));
    BOOST_TEST(read->birthWeight->value == 3100);
    BOOST_TEST(read->birthLength->value == 495);
    BOOST_TEST(read->meta.uid == saved.meta.uid);
    BOOST_TEST(read->meta.createdAt == saved.meta.createdAt);

    Child edited = *read;
    edited.name = QStringLiteral("  Putri   Contoh Dua ");
    edited.status = ChildStatus::MovedAway;
    edited.statusDate = QDate(2024, 5, 1);
    auto updated = children.update(edited, s.kader);
    BOOST_REQUIRE_MESSAGE(updated.ok(), why(updated));
    BOOST_TEST(updated->name == QStringLiteral("Putri Contoh Dua")); // spaces tidied
    BOOST_TEST(updated->meta.updatedAt >= saved.meta.updatedAt);
    BOOST_TEST(static_cast<int>(children.get(saved.meta.id)->status) == static_cast<int>(ChildStatus::MovedAway));

    BOOST_REQUIRE(children.remove(saved.meta.id, s.kader).ok());
    auto gone = children.get(saved.meta.id);
    BOOST_REQUIRE(!gone.ok());
    BOOST_TEST(code(gone.error().code) == code(ErrorCode::NotFound));
    auto kept = children.findByUid(saved.meta.uid);
    BOOST_REQUIRE(kept.ok() && kept->has_value());
    BOOST_TEST((*kept)->meta.isDeleted());
    BOOST_TEST(s.count(QStringLiteral("children")) == 1); // soft: the row stays

    auto history = audit.forRow(QStringLiteral("children"), saved.meta.uid);
    BOOST_REQUIRE(history.ok());
    BOOST_REQUIRE(history->size() == 3u);
    const auto& h = *history;
    BOOST_TEST(code(h[0].action) == code(AuditAction::Insert));
    BOOST_TEST(h[0].before.isEmpty());
    BOOST_TEST(h[0].after.value(QStringLiteral("name")).toString() == QStringLiteral("Putri Contoh"));
    BOOST_TEST(code(h[1].action) == code(AuditAction::Update));
    BOOST_TEST(h[1].before.value(QStringLiteral("name")).toString() == QStringLiteral("Putri Contoh"));
    BOOST_TEST(h[1].after.value(QStringLiteral("name")).toString() == QStringLiteral("Putri Contoh Dua"));
    BOOST_TEST(h[1].after.value(QStringLiteral("status")).toString() == QStringLiteral("moved"));
    BOOST_TEST(code(h[2].action) == code(AuditAction::Delete));
    BOOST_TEST(h[2].before.value(QStringLiteral("deleted_at")).isNull());
    BOOST_TEST(!h[2].after.value(QStringLiteral("deleted_at")).toString().isEmpty());
    for (const auto& e : h) {
        BOOST_TEST(e.userId.value_or(0) == s.kader);
        BOOST_TEST(e.at.isValid());
    }

    // A deleted row cannot be edited as if it were there.
    auto late = children.update(edited, s.kader);
    BOOST_REQUIRE(!late.ok());
    BOOST_TEST(code(late.error().code) == code(ErrorCode::NotFound));
}

BOOST_AUTO_TEST_CASE(keep_stamp_writes_uid_and_timestamps_verbatim)
{
    TempStore s;
    Child c = s.child(QStringLiteral("Anak Paket"), QDate(2022, 7, 7), Sex::Male);
    c.meta.uid = QUuid::fromString(QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
    c.meta.createdAt = QDateTime(QDate(2023, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    c.meta.updatedAt = QDateTime(QDate(2023, 2, 3), QTime(4, 5, 6, 7), Qt::UTC);
    auto added = ChildRepository(*s.db).add(c, s.kader, Stamp::Keep);
    BOOST_REQUIRE(added.ok());
    auto read = ChildRepository(*s.db).get(added->meta.id);
    BOOST_TEST(read->meta.uid == c.meta.uid);
    BOOST_TEST(read->meta.createdAt == c.meta.createdAt);
    BOOST_TEST(read->meta.updatedAt == c.meta.updatedAt);

    // Carrying a deletion from elsewhere.
    Child deleted = *read;
    deleted.meta.deletedAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    deleted.meta.updatedAt = *deleted.meta.deletedAt;
    BOOST_REQUIRE(ChildRepository(*s.db).update(deleted, s.kader, Stamp::Keep).ok());
    auto found = ChildRepository(*s.db).findByUid(c.meta.uid);
    BOOST_TEST(*(*found)->meta.deletedAt == *deleted.meta.deletedAt);
}

BOOST_AUTO_TEST_CASE(measurement_add_edit_delete)
{
    TempStore s;
    const RowId child = s.addChild(QStringLiteral("Budi Contoh"), QDate(2022, 3, 3), Sex::Male);
    MeasurementRepository measurements(*s.db);
    Measurement m = s.weighing(child, QDate(2024, 5, 10), 11250);
    m.length = Millimetres{862};
    m.position = Measure::Standing;
    m.headCircumference = Millimetres{478};
    m.armCircumference = Millimetres{151};
    m.notes = QStringLiteral("rewel");
    auto added = measurements.add(m, s.kader);
    BOOST_REQUIRE(added.ok());
    BOOST_TEST(added->posyanduId == s.posyandu); // taken from the child
    auto read = measurements.get(added->meta.id);
    BOOST_REQUIRE(read.ok());
    BOOST_TEST(read->weight->value == 11250);
    BOOST_TEST(read->length->value == 862);
    BOOST_TEST(static_cast<int>(read->position) == static_cast<int>(Measure::Standing));
    BOOST_TEST(read->headCircumference->value == 478);
    BOOST_TEST(read->armCircumference->value == 151);
    BOOST_TEST(!read->oedema);
    BOOST_TEST(read->measuredBy == QStringLiteral("Kader Satu"));

    Measurement edited = *read;
    edited.weight = Grams{11350};
    edited.oedema = true;
    BOOST_REQUIRE(measurements.update(edited, s.kader).ok());
    BOOST_TEST(measurements.get(edited.meta.id)->weight->value == 11350);
    BOOST_TEST(measurements.get(edited.meta.id)->oedema);
    BOOST_REQUIRE(measurements.remove(edited.meta.id, s.kader).ok());
    BOOST_TEST(!measurements.get(edited.meta.id).ok());
    BOOST_TEST(measurements.history(child)->empty());
    BOOST_TEST(AuditLog(*s.db).forRow(QStringLiteral("measurements"), read->meta.uid)->size() == 3u);
}

BOOST_AUTO_TEST_CASE(users_posyandu_households_referrals)
{
    TempStore s;
    UserRepository users(*s.db);
    auto nutritionist = users.add(User{{}, QStringLiteral("Ahli Gizi"), Role::Nutritionist, true, std::nullopt}, s.kader);
    BOOST_REQUIRE(nutritionist.ok());
    BOOST_TEST(users.list()->size() == 2u);
    User renamed = *nutritionist;
    renamed.role = Role::Admin;
    BOOST_REQUIRE(users.update(renamed, s.kader).ok());
    BOOST_TEST(static_cast<int>(users.get(renamed.meta.id)->role) == static_cast<int>(Role::Admin));
    BOOST_REQUIRE(users.remove(renamed.meta.id, s.kader).ok());
    BOOST_TEST(users.list()->size() == 1u);

    HouseholdRepository households(*s.db);
    Household h;
    h.posyanduId = s.posyandu;
    h.address = QStringLiteral("Jl. Contoh No. 1");
    h.rt = QStringLiteral("003");
    h.rw = QStringLiteral("018");
    h.kkNumber = QStringLiteral("6471 0501 0101 0001");
    h.motherName = QStringLiteral("Ibu Contoh");
    h.phone = QStringLiteral("+62 812-0000-0000");
    h.notes = QStringLiteral("menerima PKH");
    auto family = households.add(h, s.kader);
    BOOST_REQUIRE_MESSAGE(family.ok(), why(family));
    BOOST_TEST(family->kkNumber == QStringLiteral("6471050101010001"));
    BOOST_TEST(households.list(s.posyandu)->size() == 1u);
    BOOST_TEST(households.list()->size() == 1u);

    Child c = s.child(QStringLiteral("Anak Keluarga"), QDate(2023, 1, 1));
    c.householdId = family->meta.id;
    auto child = ChildRepository(*s.db).add(c, s.kader);
    BOOST_REQUIRE(child.ok());

    // Neither the family nor the posyandu can go while the child is there.
    auto busy = households.remove(family->meta.id, s.kader);
    BOOST_REQUIRE(!busy.ok());
    BOOST_TEST(code(busy.error().code) == code(ErrorCode::InUse));
    auto busyPosyandu = PosyanduRepository(*s.db).remove(s.posyandu, s.kader);
    BOOST_REQUIRE(!busyPosyandu.ok());
    BOOST_TEST(code(busyPosyandu.error().code) == code(ErrorCode::InUse));
    BOOST_TEST(busyPosyandu.error().message.contains(QStringLiteral("1")));

    ReferralRepository referrals(*s.db);
    Referral r;
    r.childId = child->meta.id;
    r.referredOn = QDate(2024, 6, 1);
    r.reasons = QStringList{QStringLiteral("stunting"), QStringLiteral("2T")};
    r.destination = QStringLiteral("Puskesmas Contoh");
    auto referral = referrals.add(r, s.kader);
    BOOST_REQUIRE_MESSAGE(referral.ok(), why(referral));
    BOOST_TEST(referrals.open()->size() == 1u);
    BOOST_TEST(referrals.open(s.posyandu)->size() == 1u);
    Referral closed = *referral;
    closed.status = ReferralStatus::Completed;
    auto noDate = referrals.update(closed, s.kader);
    BOOST_REQUIRE(!noDate.ok());
    BOOST_TEST(noDate.error().field == QStringLiteral("closed_on"));
    closed.closedOn = QDate(2024, 6, 10);
    BOOST_REQUIRE(referrals.update(closed, s.kader).ok());
    BOOST_TEST(referrals.open()->empty());
    auto forChild = referrals.forChild(child->meta.id);
    BOOST_REQUIRE(forChild->size() == 1u);
    BOOST_TEST(forChild->front().reasons == r.reasons);
    BOOST_TEST(forChild->front().closedOn == QDate(2024, 6, 10));

    BOOST_REQUIRE(ChildRepository(*s.db).remove(child->meta.id, s.kader).ok());
    BOOST_REQUIRE(households.remove(family->meta.id, s.kader).ok());
    BOOST_REQUIRE(PosyanduRepository(*s.db).remove(s.posyandu, s.kader).ok());
    BOOST_TEST(PosyanduRepository(*s.db).list()->empty());
}

BOOST_AUTO_TEST_CASE(a_refused_save_leaves_nothing)
{
    TempStore s;
    const qint64 audits = s.count(QStringLiteral("audit_log"));
    Child bad = s.child(QStringLiteral("Anak"), QDate(2030, 1, 1));
    BOOST_TEST(!ChildRepository(*s.db).add(bad, s.kader).ok());
    BOOST_TEST(s.count(QStringLiteral("children")) == 0);
    BOOST_TEST(s.count(QStringLiteral("audit_log")) == audits);
}

BOOST_AUTO_TEST_CASE(add_many_is_all_or_nothing)
{
    TempStore s;
    const RowId child = s.addChild(QStringLiteral("Anak Banyak"), QDate(2022, 1, 1));
    std::vector<Measurement> batch;
    for (int i = 0; i < 5; ++i)
        batch.push_back(s.weighing(child, QDate(2023, 1, 1).addMonths(i), 9000 + 100 * i));
    batch[3].weight = Grams{90000}; // kg typed as... too heavy
    const qint64 audits = s.count(QStringLiteral("audit_log"));
    auto refused = MeasurementRepository(*s.db).addMany(batch, s.kader);
    BOOST_REQUIRE(!refused.ok());
    BOOST_TEST(refused.error().message.startsWith(QStringLiteral("Row 4:")));
    BOOST_TEST(refused.error().field == QStringLiteral("weight_g"));
    BOOST_TEST(s.count(QStringLiteral("measurements")) == 0);
    BOOST_TEST(s.count(QStringLiteral("audit_log")) == audits);

    batch[3].weight = Grams{9300};
    auto saved = MeasurementRepository(*s.db).addMany(batch, s.kader, AuditDetail::Summary);
    BOOST_REQUIRE(saved.ok());
    BOOST_TEST(saved->size() == 5u);
    BOOST_TEST(saved->back().meta.id > saved->front().meta.id);
    BOOST_TEST(s.count(QStringLiteral("measurements")) == 5);
    BOOST_TEST(s.count(QStringLiteral("audit_log")) == audits + 1);
    auto last = AuditLog(*s.db).recent(1);
    BOOST_TEST(code(last->front().action) == code(AuditAction::BulkInsert));
    BOOST_TEST(last->front().after.value(QStringLiteral("count")).toInt() == 5);

    auto perRow = MeasurementRepository(*s.db).addMany(batch, s.kader, AuditDetail::PerRow);
    BOOST_REQUIRE(perRow.ok());
    BOOST_TEST(s.count(QStringLiteral("audit_log")) == audits + 6);
}

BOOST_AUTO_TEST_CASE(nested_transactions)
{
    TempStore s;
    ChildRepository children(*s.db);
    {
        auto outer = Transaction::begin(*s.db);
        BOOST_REQUIRE(outer.ok());
        BOOST_REQUIRE(children.add(s.child(QStringLiteral("Anak Satu"), QDate(2022, 1, 1)), s.kader).ok());
        // A failing save inside does not spoil the outer transaction.
        BOOST_TEST(!children.add(s.child(QStringLiteral(""), QDate(2022, 1, 1)), s.kader).ok());
        BOOST_REQUIRE(children.add(s.child(QStringLiteral("Anak Dua"), QDate(2022, 1, 2)), s.kader).ok());
        // Dropped without commit: rolled back.
    }
    BOOST_TEST(s.count(QStringLiteral("children")) == 0);
    {
        auto outer = Transaction::begin(*s.db);
        BOOST_REQUIRE(children.add(s.child(QStringLiteral("Anak Tiga"), QDate(2022, 1, 3)), s.kader).ok());
        BOOST_REQUIRE(outer->commit().ok());
    }
    BOOST_TEST(s.count(QStringLiteral("children")) == 1);
}

BOOST_AUTO_TEST_CASE(audit_log_is_append_only)
{
    TempStore s;
    QSqlQuery q(s.db->connection());
    BOOST_TEST(!q.exec(QStringLiteral("UPDATE audit_log SET table_name = 'x'")));
    BOOST_TEST(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    BOOST_TEST(s.count(QStringLiteral("audit_log")) >= 2);
}

BOOST_AUTO_TEST_CASE(a_name_is_kept_once_and_a_rolled_back_one_is_not_remembered)
{
    // store/nameids.h: the same name gives the same row; empty and blank give
    // NULL; a name first added inside a savepoint that is rolled back is
    // added again on the next call instead of giving an id that no longer
    // exists.
    TempStore s;
    NameIds names(*s.db, QStringLiteral("measurers"));
    auto sari = names.idOf(QStringLiteral("Bu Sari"));
    BOOST_REQUIRE_MESSAGE(sari.ok(), why(sari));
    BOOST_TEST(!sari->isNull());
    BOOST_TEST(names.idOf(QStringLiteral("Bu Sari"))->toLongLong() == sari->toLongLong());
    BOOST_TEST(NameIds(*s.db, QStringLiteral("measurers")).idOf(QStringLiteral("Bu Sari"))->toLongLong() == sari->toLongLong());
    BOOST_TEST(names.idOf(QString())->isNull());
    BOOST_TEST(names.idOf(QStringLiteral("  "))->isNull());
    BOOST_TEST(s.count(QStringLiteral("measurers")) == 1);

    QVariant lost;
    {
        auto tx = Transaction::begin(*s.db);
        BOOST_REQUIRE(tx.ok());
        auto id = names.idOf(QStringLiteral("Pak Budi"), false);
        BOOST_REQUIRE_MESSAGE(id.ok(), why(id));
        lost = *id;
        BOOST_TEST(s.count(QStringLiteral("measurers")) == 2);
    } // not committed: rolled back
    BOOST_TEST(s.count(QStringLiteral("measurers")) == 1);
    auto budi = names.idOf(QStringLiteral("Pak Budi"));
    BOOST_REQUIRE_MESSAGE(budi.ok(), why(budi));
    QSqlQuery q(s.db->connection());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT name FROM measurers WHERE id = %1").arg(budi->toLongLong())) && q.next());
    BOOST_TEST(q.value(0).toString() == QStringLiteral("Pak Budi"));
    BOOST_TEST(s.count(QStringLiteral("measurers")) == 2);
}

BOOST_AUTO_TEST_CASE(a_measurement_keeps_its_measurers_name_and_the_audit_log_the_text)
{
    // Measurement::measuredBy is stored as measurers' id (0006) and read back
    // as the name; the audit entry keeps the name under "measured_by".
    TempStore s;
    const RowId child = s.addChild(QStringLiteral("Ani"), QDate(2023, 1, 10));
    Measurement m = s.weighing(child, QDate(2024, 5, 2), 9100);
    m.measuredBy = QStringLiteral("  Bu   Sari ");
    MeasurementRepository repo(*s.db);
    auto saved = repo.add(m, s.kader);
    BOOST_REQUIRE_MESSAGE(saved.ok(), why(saved));
    BOOST_TEST(repo.get(saved->meta.id)->measuredBy == QStringLiteral("Bu Sari"));
    Measurement edited = *saved;
    edited.measuredBy = QStringLiteral("Pak Budi");
    BOOST_REQUIRE(repo.update(edited, s.kader).ok());
    BOOST_TEST(repo.get(saved->meta.id)->measuredBy == QStringLiteral("Pak Budi"));
    edited.measuredBy.clear();
    BOOST_REQUIRE(repo.update(edited, s.kader).ok());
    BOOST_TEST(repo.get(saved->meta.id)->measuredBy.isEmpty());
    QSqlQuery q(s.db->connection());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT measurer_id IS NULL FROM measurements WHERE id = %1").arg(saved->meta.id))
                  && q.next());
    BOOST_TEST(q.value(0).toInt() == 1);
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT after_json FROM audit_log WHERE table_name = 'measurements' ORDER BY id")));
    QStringList after;
    while (q.next())
        after << QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(QStringLiteral("measured_by")).toString();
    BOOST_TEST(after == (QStringList{QStringLiteral("Bu Sari"), QStringLiteral("Pak Budi"), QString()}));
}

BOOST_AUTO_TEST_SUITE_END()
