#include "records/followup/atrisklist.h"

#include "records/nativecolumns.h"
#include "records/nativestatement.h"
#include "store/database.h"
#include "store/referralworkflow.h"
#include "store/storagecodes.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <span>
#include <thread>
#include <unordered_map>

namespace tumbuh::records {
namespace {

using namespace std::chrono;
using growth::AttentionCode;

// A child as read, before the rules.
struct Candidate {
    RowId id = 0;
    QString uid;
    QString name;
    growth::Sex sex = growth::Sex::Male;
    QDate birthDate;
    year_month_day birth;
    QString motherName;
    std::optional<RowId> householdId;
    RowId posyanduId = 0;
    QString posyanduName;
    QString rt;
    QString rw;
    bool active = true; // at the month's end
    int ageMonths = 0;
};

year_month_day ymd(const QDate& d)
{
    return year{d.year()} / month{static_cast<unsigned>(d.month())} / day{static_cast<unsigned>(d.day())};
}

bool isStuntingOrWasting(AttentionCode c)
{
    return c == AttentionCode::SeverelyStunted || c == AttentionCode::Stunted || c == AttentionCode::SeverelyWasted
        || c == AttentionCode::Wasted;
}

const QString kChildColumns = QStringLiteral(
    "SELECT c.id, c.uid, c.name, c.sex, c.birth_date, c.mother_name, c.household_id, c.posyandu_id, c.status, "
    "c.status_date, h.rt, h.rw, h.mother_name, p.name "
    "FROM children c JOIN posyandu p ON p.id = c.posyandu_id "
    "LEFT JOIN households h ON h.id = c.household_id AND h.deleted_at IS NULL "
    "WHERE c.deleted_at IS NULL AND c.birth_date <= ?1 AND (c.status = 'active' OR c.status_date >= ?2)");

// A city reads the whole table in its stored order: faster than a walk of
// the children's index, which jumps across the file for each child.
const QString kCityVisits = QStringLiteral(
    "SELECT child_id, measured_on, weight_g, length_mm, length_position, head_mm, muac_mm, oedema "
    "FROM measurements NOT INDEXED WHERE deleted_at IS NULL AND measured_on <= ?1");
const QString kPosyanduVisits = QStringLiteral(
    "SELECT m.child_id, m.measured_on, m.weight_g, m.length_mm, m.length_position, m.head_mm, m.muac_mm, m.oedema "
    "FROM children c JOIN measurements m ON m.child_id = c.id "
    "WHERE c.posyandu_id = ?2 AND c.deleted_at IS NULL AND m.deleted_at IS NULL AND m.measured_on <= ?1");

const QString kReferrals = QStringLiteral(
    "SELECT r.id, r.uid, r.child_id, r.status, r.referred_on, r.follow_up_on, r.reasons, r.destination, "
    "r.for_household FROM referrals r WHERE r.deleted_at IS NULL AND r.status IN ('referred', 'arrived') "
    "ORDER BY r.child_id, r.referred_on, r.id");

const QString kCounselled = QStringLiteral(
    "SELECT DISTINCT child_id FROM counselling WHERE deleted_at IS NULL AND counselled_on >= ?1 "
    "AND counselled_on <= ?2");

class Loader {
public:
    Loader(Database& db, const AtRiskQuery& q)
        : db_(db), q_(q), rules_(q.rules ? *q.rules : growth::defaultAttentionRules()),
          first_(QDate(q.month.year(), q.month.month(), 1)), last_(first_.addMonths(1).addDays(-1)),
          today_(q.today.isValid() ? q.today : db.today())
    {
    }

    Result<std::vector<AtRiskChild>> run();

private:
    void progress(int percent) const
    {
        if (q_.progress)
            q_.progress(percent);
    }
    Result<void> readChildren();
    Result<void> readVisits();
    void applyRules();
    void addSiblings();
    Result<void> readReferrals(std::vector<AtRiskChild>& out) const;
    Result<void> readCounselling(std::vector<AtRiskChild>& out) const;

    Database& db_;
    const AtRiskQuery& q_;
    const growth::AttentionRules& rules_;
    QDate first_;
    QDate last_;
    QDate today_;

    std::vector<Candidate> children_;
    // Child id -> place in children_ (-1: not listed); ids are dense row ids,
    // and a vector is several times faster than a hash map for 500,000 visits.
    std::vector<std::int32_t> slotOf_;
    std::vector<growth::Visit> visits_; // grouped by child: [offsets_[i], offsets_[i + 1])
    std::vector<std::size_t> offsets_;
    std::vector<std::vector<growth::AttentionReason>> reasons_;
};

Result<void> Loader::readChildren()
{
    const QString sql = q_.posyanduId ? kChildColumns + QStringLiteral(" AND c.posyandu_id = ?3") : kChildColumns;
    auto s = NativeStatement::prepare(db_, sql);
    if (!s)
        return s.error();
    s->bindDate(1, last_);
    s->bindDate(2, first_);
    if (q_.posyanduId)
        s->bind(3, static_cast<std::int64_t>(*q_.posyanduId));
    // Ages on the month's last day, or today while the month is running.
    const year_month_day ageOn = ymd(std::min(last_, today_ < first_ ? last_ : today_));
    sqlite3_stmt* st = s->handle();
    for (;;) {
        auto more = s->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        Candidate c;
        c.id = sqlite3_column_int64(st, 0);
        c.uid = uidTextColumn(st, 1);
        c.name = textColumn(st, 2);
        c.sex = sqlite3_column_int(st, 3) == 2 ? growth::Sex::Female : growth::Sex::Male;
        c.birth = dateColumn(st, 4).value_or(year{0} / month{0} / day{0});
        c.birthDate = QDate(int(c.birth.year()), int(unsigned(c.birth.month())), int(unsigned(c.birth.day())));
        c.motherName = textColumn(st, 5);
        if (sqlite3_column_type(st, 6) != SQLITE_NULL)
            c.householdId = sqlite3_column_int64(st, 6);
        c.posyanduId = sqlite3_column_int64(st, 7);
        // Moved away or died after the month's end: still there that month.
        c.active = textColumn(st, 8) == u"active" || s->date(9) > last_;
        c.rt = textColumn(st, 10);
        c.rw = textColumn(st, 11);
        if (c.motherName.trimmed().isEmpty())
            c.motherName = textColumn(st, 12);
        c.posyanduName = textColumn(st, 13);
        c.ageMonths = growth::completedMonths(c.birth, ageOn).value_or(0);
        if (c.id >= 0) {
            const auto at = static_cast<std::size_t>(c.id);
            if (at >= slotOf_.size())
                slotOf_.resize(std::max(at + 1, slotOf_.size() * 2), -1);
            slotOf_[at] = static_cast<std::int32_t>(children_.size());
        }
        children_.push_back(std::move(c));
    }
    return {};
}

Result<void> Loader::readVisits()
{
    auto s = NativeStatement::prepare(db_, q_.posyanduId ? kPosyanduVisits : kCityVisits);
    if (!s)
        return s.error();
    s->bindDate(1, last_);
    if (q_.posyanduId)
        s->bind(2, static_cast<std::int64_t>(*q_.posyanduId));
    std::vector<std::pair<std::size_t, growth::Visit>> read;
    read.reserve(children_.size() * 12);
    sqlite3_stmt* st = s->handle();
    for (;;) {
        auto more = s->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        const auto id = sqlite3_column_int64(st, 0);
        const std::int32_t slot = id >= 0 && static_cast<std::uint64_t>(id) < slotOf_.size()
                                    ? slotOf_[static_cast<std::size_t>(id)]
                                    : -1;
        if (slot < 0)
            continue; // a child out of the list (deleted, moved before the month)
        growth::Visit v;
        v.date = dateColumn(st, 1).value_or(year{0} / month{0} / day{0});
        v.weight = unitColumn<growth::Grams>(st, 2);
        v.lengthHeight = unitColumn<growth::Millimetres>(st, 3);
        const int position = sqlite3_column_int(st, 4);
        v.measure = position == 1 ? growth::Measure::Lying
                  : position == 2 ? growth::Measure::Standing
                                  : growth::Measure::Unknown;
        v.headCircumference = unitColumn<growth::Millimetres>(st, 5);
        v.armCircumference = unitColumn<growth::Millimetres>(st, 6);
        v.oedema = sqlite3_column_int(st, 7) != 0;
        read.emplace_back(static_cast<std::size_t>(slot), v);
    }
    // Grouped by child (a counting sort keeps each child's rows together).
    offsets_.assign(children_.size() + 1, 0);
    for (const auto& [slot, v] : read)
        ++offsets_[slot + 1];
    for (std::size_t i = 1; i < offsets_.size(); ++i)
        offsets_[i] += offsets_[i - 1];
    visits_.resize(read.size());
    std::vector<std::size_t> next(offsets_.begin(), offsets_.end() - 1);
    for (const auto& [slot, v] : read)
        visits_[next[slot]++] = v;
    return {};
}

void Loader::applyRules()
{
    const std::size_t n = children_.size();
    reasons_.assign(n, {});
    const year_month ym = year{first_.year()} / month{static_cast<unsigned>(first_.month())};
    const auto work = [&](std::size_t from, std::size_t to, bool report) {
        for (std::size_t i = from; i < to; ++i) {
            const Candidate& c = children_[i];
            growth::AttentionInput in;
            in.child = growth::ChildFacts{c.sex, c.birth};
            in.visits = std::span<const growth::Visit>(visits_.data() + offsets_[i], offsets_[i + 1] - offsets_[i]);
            in.month = ym;
            in.active = c.active;
            reasons_[i] = growth::reasonsForAttention(in, rules_, q_.cadre);
            if (report && (i - from) % 512 == 0 && to > from)
                progress(30 + static_cast<int>(60 * (i - from) / (to - from)));
        }
    };
    const std::size_t threads = n < 256 ? 1 : static_cast<std::size_t>(std::clamp(q_.threads, 1, 8));
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < threads; ++t)
        helpers.emplace_back(work, n * t / threads, n * (t + 1) / threads, false);
    work(0, n / threads, true);
    for (auto& h : helpers)
        h.join();
}

void Loader::addSiblings()
{
    // Households with a stunted or wasted child: those children and the reason.
    std::unordered_map<RowId, std::vector<std::pair<std::size_t, const growth::AttentionReason*>>> atRisk;
    for (std::size_t i = 0; i < children_.size(); ++i) {
        if (!children_[i].householdId)
            continue;
        for (const auto& r : reasons_[i])
            if (isStuntingOrWasting(r.code)) {
                atRisk[*children_[i].householdId].emplace_back(i, &r);
                break;
            }
    }
    if (atRisk.empty())
        return;
    const year_month_day end = ymd(last_);
    std::vector<std::pair<std::size_t, growth::AttentionReason>> added;
    for (std::size_t i = 0; i < children_.size(); ++i) {
        const Candidate& c = children_[i];
        if (!c.householdId || !c.active)
            continue;
        const auto h = atRisk.find(*c.householdId);
        if (h == atRisk.end())
            continue;
        const auto other = std::find_if(h->second.begin(), h->second.end(),
                                        [i](const auto& entry) { return entry.first != i; });
        if (other == h->second.end())
            continue; // the only one: no sibling of its own
        const auto age = growth::completedMonths(c.birth, end);
        if (!age || *age >= 60)
            continue;
        const growth::AttentionReason& why = *other->second;
        const std::string name = children_[other->first].name.toStdString();
        added.emplace_back(i, growth::makeReason(AttentionCode::SiblingAtRisk, rules_, why.value, why.threshold,
                                                 why.measuredOn, name + " (" + why.shortId + ")",
                                                 name + " (" + why.shortEn + ")"));
    }
    for (auto& [i, reason] : added) {
        reasons_[i].push_back(std::move(reason));
        growth::sortByStrength(reasons_[i]);
    }
}

Result<void> Loader::readReferrals(std::vector<AtRiskChild>& out) const
{
    std::unordered_map<RowId, std::size_t> rowOf;
    for (std::size_t i = 0; i < out.size(); ++i)
        rowOf.emplace(out[i].childId, i);
    auto s = NativeStatement::prepare(db_, kReferrals);
    if (!s)
        return s.error();
    sqlite3_stmt* st = s->handle();
    for (;;) {
        auto more = s->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        const auto at = rowOf.find(sqlite3_column_int64(st, 2));
        if (at == rowOf.end())
            continue;
        // Ordered by date: the last one read is the child's latest.
        OpenReferral r;
        r.id = sqlite3_column_int64(st, 0);
        r.uid = uidTextColumn(st, 1);
        r.status = codes::referralStatusFrom(textColumn(st, 3)).value_or(ReferralStatus::Referred);
        r.referredOn = s->date(4);
        r.followUpOn = s->date(5);
        r.overdue = r.status == ReferralStatus::Referred && r.followUpOn.isValid() && today_ > r.followUpOn;
        r.forHousehold = sqlite3_column_int(st, 8) != 0;
        QStringList reasons;
        for (const auto& v : QJsonDocument::fromJson(textColumn(st, 6).toUtf8()).array())
            reasons << v.toString();
        r.confidential = isConfidential(reasons);
        if (!r.confidential) {
            r.reasons = reasons;
            r.destination = textColumn(st, 7);
        }
        out[at->second].referral = std::move(r);
    }
    return {};
}

Result<void> Loader::readCounselling(std::vector<AtRiskChild>& out) const
{
    std::unordered_map<RowId, std::size_t> rowOf;
    for (std::size_t i = 0; i < out.size(); ++i)
        rowOf.emplace(out[i].childId, i);
    auto s = NativeStatement::prepare(db_, kCounselled);
    if (!s)
        return s.error();
    s->bindDate(1, first_);
    s->bindDate(2, last_);
    for (;;) {
        auto more = s->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (const auto at = rowOf.find(s->int64(0)); at != rowOf.end())
            out[at->second].counselledThisMonth = true;
    }
    return {};
}

Result<std::vector<AtRiskChild>> Loader::run()
{
    progress(0);
    if (auto r = readChildren(); !r)
        return r.error();
    progress(10);
    if (auto r = readVisits(); !r)
        return r.error();
    progress(30);
    applyRules();
    addSiblings();
    progress(92);

    std::vector<AtRiskChild> out;
    for (std::size_t i = 0; i < children_.size(); ++i) {
        if (reasons_[i].empty())
            continue;
        Candidate& c = children_[i];
        AtRiskChild a;
        a.childId = c.id;
        a.uid = std::move(c.uid);
        a.name = std::move(c.name);
        a.sex = c.sex;
        a.birthDate = c.birthDate;
        a.ageMonths = c.ageMonths;
        a.posyanduId = c.posyanduId;
        a.posyanduName = std::move(c.posyanduName);
        a.householdId = c.householdId;
        a.motherName = std::move(c.motherName);
        a.rt = std::move(c.rt);
        a.rw = std::move(c.rw);
        const auto visits = std::span<const growth::Visit>(visits_.data() + offsets_[i], offsets_[i + 1] - offsets_[i]);
        if (!visits.empty()) {
            const auto lastVisit = std::max_element(visits.begin(), visits.end(), [](const auto& x, const auto& y) {
                return sys_days(x.date) < sys_days(y.date);
            });
            a.measuredOn = QDate(int(lastVisit->date.year()), int(unsigned(lastVisit->date.month())),
                                 int(unsigned(lastVisit->date.day())));
        }
        a.reasons = std::move(reasons_[i]);
        a.action = growth::strongestAction(a.reasons).value_or(growth::ActionClass::Pantau);
        for (const auto& r : a.reasons)
            a.severity = std::max(a.severity, r.action == a.action ? r.severity : 0);
        out.push_back(std::move(a));
    }
    if (auto r = readReferrals(out); !r)
        return r.error();
    if (auto r = readCounselling(out); !r)
        return r.error();
    std::sort(out.begin(), out.end(), &AtRiskList::before);
    progress(100);
    return out;
}

} // namespace

QString AtRiskChild::reasonCodes() const
{
    QStringList codes;
    for (const auto& r : reasons) {
        const std::string_view text = growth::codeText(r.code);
        codes << QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
    }
    return codes.join(QLatin1Char(';'));
}

bool AtRiskList::before(const AtRiskChild& a, const AtRiskChild& b)
{
    if (a.action != b.action)
        return a.action > b.action;
    if (a.severity != b.severity)
        return a.severity > b.severity;
    if (const int c = a.name.compare(b.name, Qt::CaseInsensitive); c != 0)
        return c < 0;
    return a.uid < b.uid;
}

Result<std::vector<AtRiskChild>> AtRiskList::load(const AtRiskQuery& query) const
{
    Loader loader(db_, query);
    return loader.run();
}

} // namespace tumbuh::records
