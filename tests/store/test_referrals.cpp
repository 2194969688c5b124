// Referrals followed to closure (store/referralworkflow.h): every allowed
// step with its event and audit rows, every refused one with its message,
// the dates, overdue, confidentiality; counselling records.
#include "storefixture.h"

#include "store/auditlog.h"
#include "store/counsellingrepository.h"
#include "store/referraleventrepository.h"
#include "store/referralrepository.h"
#include "store/referralworkflow.h"
#include "store/storagecodes.h"

#include <boost/test/unit_test.hpp>

#include <array>

using namespace tumbuh::store;
using namespace tumbuh::store::test;

namespace {

int code(ErrorCode c) { return static_cast<int>(c); }
int code(AuditAction a) { return static_cast<int>(a); }

constexpr std::array kAllStatuses{ReferralStatus::Referred, ReferralStatus::Arrived, ReferralStatus::Completed,
                                  ReferralStatus::NoShow, ReferralStatus::Cancelled};

struct ReferralStore : TempStore {
    RowId childId = addChild(QStringLiteral("Anak Rujukan"), QDate(2023, 2, 1));

    Referral draft(const QDate& on = QDate(2024, 6, 1)) const
    {
        Referral r;
        r.childId = childId;
        r.referredOn = on;
        r.reasons = QStringList{QStringLiteral("stunted"), QStringLiteral("2T")};
        r.destination = QStringLiteral("puskesmas");
        r.referredBy = QStringLiteral("Kader Contoh");
        return r;
    }

    Referral refer(const QDate& on = QDate(2024, 6, 1))
    {
        auto r = ReferralWorkflow(*db).refer(draft(on), QStringLiteral("dibawa ibu"), kader);
        BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
        return *r;
    }

    // A referral brought to `status` through allowed steps.
    Referral referralAt(ReferralStatus status)
    {
        Referral r = refer();
        ReferralWorkflow flow(*db);
        auto step = [&](ReferralStatus to, const QDate& on) {
            auto moved = flow.transition(r.meta.id, to, on, {}, kader);
            BOOST_REQUIRE_MESSAGE(moved.ok(), why(moved));
            r = *moved;
        };
        if (status == ReferralStatus::Arrived || status == ReferralStatus::Completed)
            step(ReferralStatus::Arrived, QDate(2024, 6, 3));
        if (status != ReferralStatus::Referred && status != ReferralStatus::Arrived)
            step(status, QDate(2024, 6, 5));
        BOOST_REQUIRE(r.status == status);
        return r;
    }
};

bool allowed(ReferralStatus from, ReferralStatus to)
{
    // The table of the brief, written out independently of the code's.
    using S = ReferralStatus;
    return (from == S::Referred && (to == S::Arrived || to == S::NoShow || to == S::Cancelled))
        || (from == S::Arrived && (to == S::Completed || to == S::Cancelled));
}

} // namespace

BOOST_AUTO_TEST_SUITE(referral_workflow)

BOOST_AUTO_TEST_CASE(refer_writes_the_referral_its_first_event_and_audit)
{
    ReferralStore s;
    const qint64 audits = s.count(QStringLiteral("audit_log"));
    Referral r = s.refer();
    BOOST_TEST(r.meta.id > 0);
    BOOST_TEST(codes::referralStatusText(r.status) == QStringLiteral("referred"));
    BOOST_TEST(r.followUpOn == QDate(2024, 6, 15)); // + 14 days
    auto history = ReferralEventRepository(*s.db).history(r.meta.id);
    BOOST_REQUIRE(history->size() == 1u);
    BOOST_TEST(codes::referralStatusText(history->front().status) == QStringLiteral("referred"));
    BOOST_TEST(history->front().happenedOn == QDate(2024, 6, 1));
    BOOST_TEST(history->front().note == QStringLiteral("dibawa ibu"));
    BOOST_TEST(history->front().recordedBy == QStringLiteral("Kader Contoh"));
    BOOST_TEST(s.count(QStringLiteral("audit_log")) == audits + 2);
    auto a = AuditLog(*s.db).forRow(QStringLiteral("referral_events"), history->front().meta.uid);
    BOOST_REQUIRE(a->size() == 1u);
    BOOST_TEST(code(a->front().action) == code(AuditAction::Insert));
    BOOST_TEST(AuditLog(*s.db).forRow(QStringLiteral("referrals"), r.meta.uid)->size() == 1u);

    // The follow-up days are the caller's setting; a given date is kept.
    auto seven = ReferralWorkflow(*s.db).refer(s.draft(QDate(2024, 6, 2)), {}, s.kader, 7);
    BOOST_REQUIRE(seven.ok());
    BOOST_TEST(seven->followUpOn == QDate(2024, 6, 9));
    Referral given = s.draft();
    given.followUpOn = QDate(2024, 7, 1);
    BOOST_TEST(ReferralWorkflow(*s.db).refer(given, {}, s.kader)->followUpOn == QDate(2024, 7, 1));
}

BOOST_AUTO_TEST_CASE(refer_refuses_a_referral_without_destination_or_reasons)
{
    ReferralStore s;
    const qint64 before = s.count(QStringLiteral("referrals"));
    const qint64 events = s.count(QStringLiteral("referral_events"));
    Referral r = s.draft();
    r.destination = QStringLiteral("  ");
    r.reasons = QStringList{QStringLiteral(" ")};
    auto refused = ReferralWorkflow(*s.db).refer(r, {}, s.kader);
    BOOST_REQUIRE(!refused.ok());
    QStringList fields{refused.error().field};
    for (const Error& e : refused.error().more)
        fields << e.field;
    BOOST_TEST(fields.contains(QStringLiteral("destination")));
    BOOST_TEST(fields.contains(QStringLiteral("reasons")));
    Referral future = s.draft(kToday.addDays(1));
    auto notYet = ReferralWorkflow(*s.db).refer(future, {}, s.kader);
    BOOST_REQUIRE(!notYet.ok());
    BOOST_TEST(code(notYet.error().code) == code(ErrorCode::InvalidDate));
    Referral early = s.draft(QDate(2023, 1, 1)); // before birth
    BOOST_TEST(!ReferralWorkflow(*s.db).refer(early, {}, s.kader).ok());
    BOOST_TEST(s.count(QStringLiteral("referrals")) == before);
    BOOST_TEST(s.count(QStringLiteral("referral_events")) == events);
}

BOOST_AUTO_TEST_CASE(every_allowed_step_writes_event_status_dates_and_audit)
{
    ReferralStore s;
    int allowedCount = 0;
    for (ReferralStatus from : kAllStatuses) {
        for (ReferralStatus to : kAllStatuses) {
            if (!allowed(from, to))
                continue;
            ++allowedCount;
            BOOST_TEST_CONTEXT(codes::referralStatusText(from).toStdString() << " -> "
                                                                             << codes::referralStatusText(to).toStdString())
            {
                BOOST_TEST(isAllowedStep(from, to));
                Referral r = s.referralAt(from);
                const auto eventsBefore = ReferralEventRepository(*s.db).history(r.meta.id)->size();
                const auto auditsBefore = AuditLog(*s.db).forRow(QStringLiteral("referrals"), r.meta.uid)->size();
                const QDate on(2024, 6, 10);
                auto moved = ReferralWorkflow(*s.db).transition(r.meta.id, to, on, QStringLiteral("PMT 90 hari"),
                                                                s.kader, QStringLiteral("Bidan Contoh"));
                BOOST_REQUIRE_MESSAGE(moved.ok(), why(moved));
                auto stored = ReferralRepository(*s.db).get(r.meta.id);
                BOOST_TEST(codes::referralStatusText(stored->status) == codes::referralStatusText(to));
                if (to == ReferralStatus::Arrived) {
                    BOOST_TEST(stored->arrivedOn == on);
                    BOOST_TEST(!stored->closedOn.isValid());
                } else {
                    BOOST_TEST(stored->closedOn == on);
                }
                auto history = ReferralEventRepository(*s.db).history(r.meta.id);
                BOOST_REQUIRE(history->size() == eventsBefore + 1);
                const ReferralEvent& last = history->back();
                BOOST_TEST(codes::referralStatusText(last.status) == codes::referralStatusText(to));
                BOOST_TEST(last.happenedOn == on);
                BOOST_TEST(last.note == QStringLiteral("PMT 90 hari"));
                BOOST_TEST(last.recordedBy == QStringLiteral("Bidan Contoh"));
                auto referralAudit = AuditLog(*s.db).forRow(QStringLiteral("referrals"), r.meta.uid);
                BOOST_REQUIRE(referralAudit->size() == auditsBefore + 1);
                BOOST_TEST(code(referralAudit->back().action) == code(AuditAction::Update));
                BOOST_TEST(referralAudit->back().after.value(QStringLiteral("status")).toString()
                           == codes::referralStatusText(to));
                BOOST_TEST(AuditLog(*s.db).forRow(QStringLiteral("referral_events"), last.meta.uid)->size() == 1u);
            }
        }
    }
    BOOST_TEST(allowedCount == 5);
    BOOST_TEST(allowedReferralSteps().size() == 5u);
}

BOOST_AUTO_TEST_CASE(every_refused_step_names_both_statuses_and_changes_nothing)
{
    ReferralStore s;
    Language id(QStringLiteral("id"));
    const QStringList words{QStringLiteral("dirujuk"), QStringLiteral("diterima"), QStringLiteral("selesai"),
                            QStringLiteral("tidak datang"), QStringLiteral("dibatalkan")};
    for (std::size_t f = 0; f < kAllStatuses.size(); ++f) {
        for (std::size_t t = 0; t < kAllStatuses.size(); ++t) {
            const ReferralStatus from = kAllStatuses[f];
            const ReferralStatus to = kAllStatuses[t];
            if (allowed(from, to))
                continue;
            BOOST_TEST_CONTEXT(words[static_cast<qsizetype>(f)].toStdString()
                               << " -> " << words[static_cast<qsizetype>(t)].toStdString())
            {
                BOOST_TEST(!isAllowedStep(from, to));
                Referral r = s.referralAt(from);
                const qint64 audits = s.count(QStringLiteral("audit_log"));
                const qint64 events = s.count(QStringLiteral("referral_events"));
                auto refused = ReferralWorkflow(*s.db).transition(r.meta.id, to, QDate(2024, 6, 10), {}, s.kader);
                BOOST_REQUIRE(!refused.ok());
                BOOST_TEST(code(refused.error().code) == code(ErrorCode::Inconsistent));
                const QString m = refused.error().message;
                BOOST_TEST(m.contains(QLatin1Char('"') + words[static_cast<qsizetype>(f)] + QLatin1Char('"')),
                           m.toStdString());
                BOOST_TEST(m.contains(QLatin1Char('"') + words[static_cast<qsizetype>(t)] + QLatin1Char('"')),
                           m.toStdString());
                BOOST_TEST(s.count(QStringLiteral("audit_log")) == audits);
                BOOST_TEST(s.count(QStringLiteral("referral_events")) == events);
                BOOST_TEST(codes::referralStatusText(ReferralRepository(*s.db).get(r.meta.id)->status)
                           == codes::referralStatusText(from));
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(step_dates_refused)
{
    ReferralStore s;
    Referral r = s.refer(QDate(2024, 6, 1));
    ReferralWorkflow flow(*s.db);
    const qint64 events = s.count(QStringLiteral("referral_events"));

    auto before = flow.transition(r.meta.id, ReferralStatus::Arrived, QDate(2024, 5, 31), {}, s.kader);
    BOOST_REQUIRE(!before.ok());
    BOOST_TEST(code(before.error().code) == code(ErrorCode::InvalidDate));
    BOOST_TEST(before.error().field == QStringLiteral("happened_on"));

    auto future = flow.transition(r.meta.id, ReferralStatus::Arrived, kToday.addDays(1), {}, s.kader);
    BOOST_REQUIRE(!future.ok());
    BOOST_TEST(code(future.error().code) == code(ErrorCode::InvalidDate));

    auto none = flow.transition(r.meta.id, ReferralStatus::Arrived, QDate(), {}, s.kader);
    BOOST_REQUIRE(!none.ok());
    BOOST_TEST(code(none.error().code) == code(ErrorCode::Required));
    BOOST_TEST(s.count(QStringLiteral("referral_events")) == events);

    // The same day as the referral and today are fine.
    BOOST_REQUIRE(flow.transition(r.meta.id, ReferralStatus::Arrived, QDate(2024, 6, 8), {}, s.kader).ok());
    auto beforeArrival = flow.transition(r.meta.id, ReferralStatus::Completed, QDate(2024, 6, 7), {}, s.kader);
    BOOST_REQUIRE(!beforeArrival.ok());
    BOOST_TEST(code(beforeArrival.error().code) == code(ErrorCode::InvalidDate));
    {
        Language id(QStringLiteral("id"));
        auto again = flow.transition(r.meta.id, ReferralStatus::Completed, QDate(2024, 6, 7), {}, s.kader);
        BOOST_TEST(again.error().message.contains(QStringLiteral("diterima")), again.error().message.toStdString());
    }
    BOOST_TEST(flow.transition(r.meta.id, ReferralStatus::Completed, kToday, {}, s.kader).ok());

    Referral sameDay = s.refer(QDate(2024, 6, 1));
    BOOST_TEST(flow.transition(sameDay.meta.id, ReferralStatus::NoShow, QDate(2024, 6, 1), {}, s.kader).ok());

    // A deleted referral moves no more.
    Referral gone = s.refer();
    BOOST_REQUIRE(ReferralRepository(*s.db).remove(gone.meta.id, s.kader).ok());
    auto deleted = flow.transition(gone.meta.id, ReferralStatus::Arrived, QDate(2024, 6, 2), {}, s.kader);
    BOOST_REQUIRE(!deleted.ok());
    BOOST_TEST(code(deleted.error().code) == code(ErrorCode::NotFound));
}

BOOST_AUTO_TEST_CASE(overdue_by_follow_up_date)
{
    ReferralStore s;
    const RowId other = s.addPosyandu(QStringLiteral("Posyandu Lain"));
    const RowId otherChild = s.addChild(QStringLiteral("Anak Lain"), QDate(2022, 3, 3), tumbuh::growth::Sex::Male, other);
    Referral late = s.refer(QDate(2024, 5, 1)); // follow up 15 May
    Referral arrived = s.refer(QDate(2024, 5, 1));
    BOOST_REQUIRE(ReferralWorkflow(*s.db).transition(arrived.meta.id, ReferralStatus::Arrived, QDate(2024, 5, 20), {},
                                                     s.kader)
                      .ok());
    Referral recent = s.refer(QDate(2024, 6, 10)); // follow up 24 June
    Referral elsewhere = s.draft(QDate(2024, 5, 2));
    elsewhere.childId = otherChild;
    auto away = ReferralWorkflow(*s.db).refer(elsewhere, {}, s.kader);
    BOOST_REQUIRE(away.ok());

    ReferralWorkflow flow(*s.db);
    auto onDay = flow.overdue(QDate(2024, 5, 15));
    BOOST_TEST(onDay->empty()); // the follow-up day itself is not late yet
    auto next = flow.overdue(QDate(2024, 5, 16));
    BOOST_REQUIRE(next->size() == 1u);
    BOOST_TEST(next->front().meta.id == late.meta.id);
    auto june = flow.overdue(QDate(2024, 6, 15));
    BOOST_REQUIRE(june->size() == 2u);
    BOOST_TEST(june->at(0).meta.id == late.meta.id);
    BOOST_TEST(june->at(1).meta.id == away->meta.id);
    BOOST_TEST(flow.overdue(QDate(2024, 6, 15), s.posyandu)->size() == 1u);
    BOOST_TEST(flow.overdue(QDate(2024, 6, 15), other)->front().meta.id == away->meta.id);

    BOOST_TEST(daysOverdue(late, QDate(2024, 5, 15)) == 0);
    BOOST_TEST(daysOverdue(late, QDate(2024, 5, 16)) == 1);
    BOOST_TEST(daysOverdue(late, QDate(2024, 6, 15)) == 31);
    BOOST_TEST(daysOverdue(recent, QDate(2024, 6, 15)) == 0);
    BOOST_TEST(daysOverdue(*ReferralRepository(*s.db).get(arrived.meta.id), QDate(2024, 6, 15)) == 0);

    auto listed = flow.list(QDate(2024, 6, 15), true);
    BOOST_REQUIRE(listed->size() == 2u);
    BOOST_TEST(listed->front().childName == QStringLiteral("Anak Rujukan"));
    BOOST_TEST(listed->front().lastNote == QStringLiteral("dibawa ibu"));
    BOOST_TEST(flow.list(QDate(2024, 6, 15), false)->size() == 4u);
    BOOST_TEST(flow.list(QDate(2024, 6, 15), false, other)->size() == 1u);
}

BOOST_AUTO_TEST_CASE(confidential_when_a_reason_is_violence)
{
    Referral r;
    r.reasons = QStringList{QStringLiteral("stunted"), QStringLiteral("ekonomi")};
    BOOST_TEST(!isConfidential(r));
    r.reasons << QStringLiteral("kekerasan");
    BOOST_TEST(isConfidential(r));
    r.reasons = QStringList{QStringLiteral(" Kekerasan ")};
    BOOST_TEST(isConfidential(r));
    r.reasons.clear();
    BOOST_TEST(!isConfidential(r));
    BOOST_TEST(QString(familyreason::Kekerasan) == QStringLiteral("kekerasan"));
}

BOOST_AUTO_TEST_CASE(next_steps_follow_the_table)
{
    for (ReferralStatus from : kAllStatuses) {
        std::vector<ReferralStatus> expected;
        for (ReferralStatus to : kAllStatuses) {
            if (allowed(from, to))
                expected.push_back(to);
        }
        BOOST_TEST((nextSteps(from) == expected));
        BOOST_TEST(isOpen(from) == !expected.empty());
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(counselling_records)

BOOST_AUTO_TEST_CASE(counselling_add_edit_remove_with_audit)
{
    ReferralStore s;
    CounsellingRepository repo(*s.db);
    Counselling c;
    c.childId = s.childId;
    c.counselledOn = QDate(2024, 6, 3);
    c.topic = QStringLiteral(" asi_mpasi ");
    c.counselledBy = QStringLiteral("Kader Contoh");
    c.notes = QStringLiteral("MP-ASI 3 kali sehari");
    auto saved = repo.add(c, s.kader);
    BOOST_REQUIRE_MESSAGE(saved.ok(), why(saved));
    BOOST_TEST(saved->topic == QStringLiteral("asi_mpasi"));
    BOOST_TEST(repo.get(saved->meta.id)->notes == QStringLiteral("MP-ASI 3 kali sehari"));

    Counselling edited = *saved;
    edited.topic = QStringLiteral("gizi_seimbang");
    BOOST_REQUIRE(repo.update(edited, s.kader).ok());
    BOOST_TEST(repo.get(saved->meta.id)->topic == QStringLiteral("gizi_seimbang"));

    auto audit = AuditLog(*s.db).forRow(QStringLiteral("counselling"), saved->meta.uid);
    BOOST_REQUIRE(audit->size() == 2u);
    BOOST_TEST(code(audit->back().action) == code(AuditAction::Update));
    BOOST_TEST(audit->back().before.value(QStringLiteral("topic")).toString() == QStringLiteral("asi_mpasi"));

    BOOST_REQUIRE(repo.remove(saved->meta.id, s.kader).ok());
    BOOST_TEST(!repo.get(saved->meta.id).ok());
    BOOST_TEST(repo.forChild(s.childId)->empty());
    auto gone = repo.findByUid(saved->meta.uid);
    BOOST_REQUIRE(gone->has_value());
    BOOST_TEST((*gone)->meta.isDeleted());
    BOOST_TEST(AuditLog(*s.db).forRow(QStringLiteral("counselling"), saved->meta.uid)->size() == 3u);
}

BOOST_AUTO_TEST_CASE(counselling_validation)
{
    ReferralStore s;
    CounsellingRepository repo(*s.db);
    Counselling c;
    c.childId = s.childId;
    c.counselledOn = QDate(2024, 6, 3);
    c.topic = QStringLiteral("  ");
    auto noTopic = repo.add(c, s.kader);
    BOOST_REQUIRE(!noTopic.ok());
    BOOST_TEST(noTopic.error().field == QStringLiteral("topic"));
    BOOST_TEST(code(noTopic.error().code) == code(ErrorCode::Required));

    c.topic = QStringLiteral("kebersihan");
    c.counselledOn = kToday.addDays(1);
    auto future = repo.add(c, s.kader);
    BOOST_REQUIRE(!future.ok());
    BOOST_TEST(future.error().field == QStringLiteral("counselled_on"));
    c.counselledOn = QDate(2023, 1, 31); // the day before birth
    auto unborn = repo.add(c, s.kader);
    BOOST_REQUIRE(!unborn.ok());
    BOOST_TEST(code(unborn.error().code) == code(ErrorCode::InvalidDate));
    c.counselledOn = QDate();
    BOOST_TEST(repo.add(c, s.kader).error().field == QStringLiteral("counselled_on"));
    c.counselledOn = QDate(2024, 6, 1);
    c.childId = 9999;
    BOOST_TEST(repo.add(c, s.kader).error().field == QStringLiteral("child_id"));
    BOOST_TEST(s.count(QStringLiteral("counselling")) == 0);
}

BOOST_AUTO_TEST_CASE(counselling_of_a_month_and_posyandu)
{
    ReferralStore s;
    const RowId other = s.addPosyandu(QStringLiteral("Posyandu Lain"));
    const RowId otherChild = s.addChild(QStringLiteral("Anak Lain"), QDate(2022, 3, 3), tumbuh::growth::Sex::Male, other);
    CounsellingRepository repo(*s.db);
    auto add = [&](RowId child, const QDate& on, const char* topic) {
        Counselling c;
        c.childId = child;
        c.counselledOn = on;
        c.topic = QString::fromLatin1(topic);
        auto r = repo.add(c, s.kader);
        BOOST_REQUIRE_MESSAGE(r.ok(), why(r));
        return *r;
    };
    add(s.childId, QDate(2024, 5, 31), "pola_asuh");
    const Counselling first = add(s.childId, QDate(2024, 6, 1), "gizi_seimbang");
    const Counselling away = add(otherChild, QDate(2024, 6, 15), "kebersihan");
    BOOST_TEST(repo.forChild(s.childId)->size() == 2u);
    auto june = repo.forMonth(QDate(2024, 6, 20));
    BOOST_REQUIRE(june->size() == 2u);
    BOOST_TEST(june->at(0).meta.uid == first.meta.uid);
    BOOST_TEST(june->at(1).meta.uid == away.meta.uid);
    auto here = repo.forMonth(QDate(2024, 6, 1), s.posyandu);
    BOOST_REQUIRE(here->size() == 1u);
    BOOST_TEST(here->front().topic == QStringLiteral("gizi_seimbang"));
    BOOST_TEST(repo.forMonth(QDate(2024, 5, 1))->size() == 1u);
    BOOST_TEST(repo.forMonth(QDate(2024, 4, 1))->empty());
}

BOOST_AUTO_TEST_SUITE_END()
