// Why a child needs attention this month (issue 10 point 1): every boundary of
// every rule, on visits whose z-scores the engine itself gives (the test
// searches for weights and lengths that land on each boundary), and the rules
// file with its errors.
#include "growth/attention.h"
#include "growth/velocity.h"
#include "print.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

using namespace tumbuh::growth;
using namespace std::chrono;

namespace {

constexpr year_month_day ymd(int y, unsigned m, unsigned d)
{
    return year_month_day{year{y}, month{m}, day{d}};
}

const ChildFacts kGirl{Sex::Female, ymd(2024, 1, 15)};
constexpr year_month kMarch{year{2025}, month{3}};
constexpr year_month_day kOn = ymd(2025, 3, 20); // about 14 months old

Visit weighed(year_month_day date, int grams)
{
    Visit v;
    v.date = date;
    v.weight = Grams{grams};
    return v;
}

Visit measured(year_month_day date, int grams, int mm)
{
    Visit v = weighed(date, grams);
    v.lengthHeight = Millimetres{mm};
    v.measure = Measure::Lying;
    return v;
}

std::vector<AttentionReason> reasons(std::span<const Visit> visits, year_month month = kMarch, bool active = true,
                                     const ChildFacts& child = kGirl)
{
    return reasonsForAttention({child, visits, month, active});
}

std::vector<AttentionReason> reasonsFor(const Visit& v)
{
    const Visit one[] = {v};
    return reasons(one);
}

bool has(const std::vector<AttentionReason>& r, AttentionCode c)
{
    return std::any_of(r.begin(), r.end(), [c](const AttentionReason& x) { return x.code == c; });
}

const AttentionReason* find(const std::vector<AttentionReason>& r, AttentionCode c)
{
    const auto it = std::find_if(r.begin(), r.end(), [c](const AttentionReason& x) { return x.code == c; });
    return it == r.end() ? nullptr : &*it;
}

std::string codes(const std::vector<AttentionReason>& r)
{
    std::string out;
    for (const auto& x : r)
        out += std::string(codeText(x.code)) + " ";
    return out;
}

int hundredths(double z)
{
    return static_cast<int>(std::lround(z * 100.0));
}

// A weight (grams) at kOn whose BB/U z, as the engine rounds it, is
// `target` (hundredths); `rawBelow`: also the raw z below the rounded one.
std::optional<Visit> wfaVisit(int target, bool rawBelow = false)
{
    for (int g = 4000; g <= 16000; ++g) {
        const Visit v = weighed(kOn, g);
        const Assessment a = assessVisit(kGirl, v, {});
        if (a.weightForAge.z.ok() && hundredths(a.weightForAge.z.z) == target
            && (!rawBelow || a.weightForAge.z.raw < a.weightForAge.z.z))
            return v;
    }
    return std::nullopt;
}

// A length (mm) and day in March 2025 whose TB/U z rounds to `target`; the
// weight is the median-ish 9 kg so that nothing else fires.
std::optional<Visit> lfaVisit(int target, bool rawBelow = false)
{
    for (unsigned d = 1; d <= 31; ++d)
        for (int mm = 600; mm <= 850; ++mm) {
            const Visit v = measured(ymd(2025, 3, d), 9000, mm);
            const Assessment a = assessVisit(kGirl, v, {});
            if (a.lengthForAge.z.ok() && hundredths(a.lengthForAge.z.z) == target
                && (!rawBelow || a.lengthForAge.z.raw < a.lengthForAge.z.z))
                return v;
        }
    return std::nullopt;
}

// A weight at kOn, length 75.0 cm lying, whose BB/PB z rounds to `target`.
std::optional<Visit> wflVisit(int target)
{
    for (int g = 4000; g <= 20000; ++g) {
        const Visit v = measured(kOn, g, 750);
        const Assessment a = assessVisit(kGirl, v, {});
        if (a.weightForLength.z.ok() && hundredths(a.weightForLength.z.z) == target)
            return v;
    }
    return std::nullopt;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string shippedRules()
{
    return readFile(std::string(TUMBUH_SOURCE_DIR) + "/resources/followup/attention-rules.csv");
}

// The shipped file with one line replaced (`from` must occur once).
std::string edited(std::string_view from, std::string_view to)
{
    std::string text = shippedRules();
    const auto at = text.find(from);
    BOOST_TEST_REQUIRE(at != std::string::npos);
    BOOST_TEST_REQUIRE(text.find(from, at + 1) == std::string::npos);
    text.replace(at, from.size(), to);
    return text;
}

int lineOf(const std::string& text, std::string_view what)
{
    const auto at = text.find(what);
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

} // namespace

BOOST_AUTO_TEST_SUITE(attention_codes)

BOOST_AUTO_TEST_CASE(codes_and_actions_round_trip_as_the_issue_spells_them)
{
    const std::string_view expected[] = {"severely_stunted", "stunted", "severely_wasted", "wasted",
                                         "severely_underweight", "underweight", "obese", "overweight",
                                         "risk_overweight", "muac_severe", "muac_moderate", "oedema", "T", "2T", "BGM",
                                         "faltering", "not_weighed", "implausible", "sibling_at_risk"};
    BOOST_TEST(std::size(expected) == static_cast<std::size_t>(kAttentionCodeCount));
    for (int i = 0; i < kAttentionCodeCount; ++i) {
        const auto c = static_cast<AttentionCode>(i);
        BOOST_TEST(codeText(c) == expected[i]);
        BOOST_TEST((codeFromText(expected[i]) == c));
    }
    BOOST_TEST(!codeFromText("Stunted").has_value());
    BOOST_TEST(!codeFromText("2t").has_value());
    BOOST_TEST(actionText(ActionClass::Rujuk) == "rujuk");
    BOOST_TEST(actionText(ActionClass::Edukasi) == "edukasi");
    BOOST_TEST(actionText(ActionClass::Pantau) == "pantau");
    BOOST_TEST((actionFromText("edukasi") == ActionClass::Edukasi));
    BOOST_TEST(!actionFromText("refer").has_value());
    BOOST_TEST((ActionClass::Rujuk > ActionClass::Edukasi && ActionClass::Edukasi > ActionClass::Pantau));
}

BOOST_AUTO_TEST_CASE(words_carry_the_numbers_in_each_language)
{
    const AttentionReason r = makeReason(AttentionCode::Stunted, defaultAttentionRules(), -2.45, -2.0, kOn);
    BOOST_TEST(r.ruleId == "TB/U \u22122,45 SD: di bawah \u22122 SD (pendek)");
    BOOST_TEST(r.ruleEn == "HAZ \u22122.45 SD: below \u22122 SD (stunted)");
    BOOST_TEST(r.shortId == "Pendek");
    BOOST_TEST(r.shortEn == "Stunted");
    BOOST_TEST((r.action == ActionClass::Rujuk));
    BOOST_TEST(r.topic == "cegah_stunting");
    BOOST_TEST(defaultAttentionRules().topic(r.topic) != nullptr);
    const AttentionReason muac = makeReason(AttentionCode::MuacModerate, defaultAttentionRules(), 12.4, 12.5, kOn);
    BOOST_TEST(muac.ruleId == "LiLA 12,4 cm: di bawah 12,5 cm (kuning)");
    const AttentionReason risk = makeReason(AttentionCode::RiskOverweight, defaultAttentionRules(), 1.5, 1.0, kOn);
    BOOST_TEST(risk.ruleEn == "WHZ +1.50 SD: above +1 SD (at risk of overweight)");
    const AttentionReason sib = makeReason(AttentionCode::SiblingAtRisk, defaultAttentionRules(), 0, std::nullopt,
                                           kOn, "pendek", "stunted");
    BOOST_TEST(sib.ruleId == "Saudaranya pendek: pantau anak ini juga");
    BOOST_TEST((sib.action == ActionClass::Pantau));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(attention_rules_file)

BOOST_AUTO_TEST_CASE(shipped_file_equals_the_compiled_default)
{
    const AttentionRulesParseResult r = parseAttentionRules(shippedRules());
    BOOST_TEST_REQUIRE(r.ok(), r.error);
    BOOST_TEST((*r.rules == defaultAttentionRules()));
    for (int i = 0; i < kAttentionCodeCount; ++i) {
        const auto c = static_cast<AttentionCode>(i);
        BOOST_TEST((r.rules->rule(c) == defaultAttentionRules().rule(c)), codeText(c));
        BOOST_TEST((r.rules->rule(c).code == c));
        BOOST_TEST(r.rules->topic(r.rules->rule(c).topic) != nullptr, codeText(c));
    }
    // The defaults of the brief: the ukur-ulang reason watches, never refers.
    BOOST_TEST((r.rules->rule(AttentionCode::Implausible).action == ActionClass::Pantau));
    BOOST_TEST(r.rules->rule(AttentionCode::Implausible).shortId == "Ukur ulang");
    BOOST_TEST((r.rules->rule(AttentionCode::Stunted).action == ActionClass::Rujuk));
    BOOST_TEST((r.rules->rule(AttentionCode::Faltering).action == ActionClass::Edukasi));
    BOOST_TEST((r.rules->rule(AttentionCode::NotWeighed).action == ActionClass::Pantau));
}

BOOST_AUTO_TEST_CASE(a_puskesmas_copy_changes_the_action_and_the_words)
{
    const std::string text = edited("T,rujuk,50,gizi_seimbang,", "T,edukasi,50,makanan_padat_gizi,");
    const AttentionRulesParseResult r = parseAttentionRules(text);
    BOOST_TEST_REQUIRE(r.ok(), r.error);
    BOOST_TEST((r.rules->rule(AttentionCode::T).action == ActionClass::Edukasi));
    BOOST_TEST(r.rules->rule(AttentionCode::T).topic == "makanan_padat_gizi");
    BOOST_TEST(!(*r.rules == defaultAttentionRules()));

    // CRLF, a BOM and quoted fields with commas and quotes.
    std::string crlf = "\xEF\xBB\xBF";
    for (char c : edited("Gizi seimbang dan MP-ASI sesuai umur", "\"Gizi \"\"seimbang\"\", MP-ASI\""))
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    const AttentionRulesParseResult q = parseAttentionRules(crlf);
    BOOST_TEST_REQUIRE(q.ok(), q.error);
    BOOST_TEST(q.rules->topic("gizi_seimbang")->labelId == "Gizi \"seimbang\", MP-ASI");
}

BOOST_AUTO_TEST_CASE(errors_name_the_line_the_column_and_the_reason)
{
    const std::string header = "code,action,severity,topic,short_id,short_en,rule_id,rule_en";
    {
        const std::string text = edited(header, "code,action,severity,short_id,short_en,rule_id,rule_en");
        const auto r = parseAttentionRules(text);
        BOOST_TEST(!r.ok());
        BOOST_TEST(r.errorLine == lineOf(text, "code,action,severity"));
        BOOST_TEST(r.error.find("'topic' is missing") != std::string::npos, r.error);
    }
    {
        const std::string text = edited("\nstunted,rujuk,60,", "\nstuntd,rujuk,60,");
        const auto r = parseAttentionRules(text);
        BOOST_TEST(!r.ok());
        BOOST_TEST(r.errorLine == lineOf(text, "stuntd,"));
        BOOST_TEST(r.errorColumn == 1);
        BOOST_TEST(r.error.find("unknown code 'stuntd'") != std::string::npos, r.error);
    }
    {
        const std::string text = edited("\nstunted,rujuk,60,", "\nstunted,refer,60,");
        const auto r = parseAttentionRules(text);
        BOOST_TEST(!r.ok());
        BOOST_TEST(r.errorLine == lineOf(text, "stunted,refer"));
        BOOST_TEST(r.errorColumn == 2);
        BOOST_TEST(r.error.find("unknown action 'refer'") != std::string::npos, r.error);
        BOOST_TEST(r.error.find("line " + std::to_string(r.errorLine) + ", column 2") == 0, r.error);
    }
    {
        const std::string text = edited("\nstunted,rujuk,60,", "\nwasted,rujuk,60,");
        const auto r = parseAttentionRules(text);
        BOOST_TEST(!r.ok());
        BOOST_TEST(r.errorLine == lineOf(text, "wasted,rujuk,60,"));
        BOOST_TEST(r.error.find("'wasted' is given twice (first on line " + std::to_string(lineOf(text, "wasted,rujuk,70"))
                                + ")")
                       != std::string::npos,
                   r.error);
    }
    {
        const std::string text = edited("stunted,rujuk,60,cegah_stunting", "stunted,rujuk,60,cegah_pendek");
        const auto r = parseAttentionRules(text);
        BOOST_TEST(!r.ok());
        BOOST_TEST(r.errorColumn == 4);
        BOOST_TEST(r.error.find("unknown topic 'cegah_pendek'") != std::string::npos, r.error);
    }
    {
        // A code without its rule.
        std::string text = shippedRules();
        const auto at = text.find("\nnot_weighed,");
        text.erase(at + 1, text.find('\n', at + 1) - at);
        const auto r = parseAttentionRules(text);
        BOOST_TEST(!r.ok());
        BOOST_TEST(r.errorLine == 0);
        BOOST_TEST(r.error.find("'not_weighed' is missing") != std::string::npos, r.error);
    }
    {
        const auto r = parseAttentionRules(edited("(pendek),", "(pendek {nilai}),"));
        BOOST_TEST(!r.ok());
        BOOST_TEST(r.errorColumn == 7);
        BOOST_TEST(r.error.find("unknown placeholder {nilai}") != std::string::npos, r.error);
    }
    {
        const auto r = parseAttentionRules(edited("stunted,rujuk,60,", "stunted,rujuk,sixty,"));
        BOOST_TEST(!r.ok());
        BOOST_TEST(r.errorColumn == 3);
        BOOST_TEST(r.error.find("severity 'sixty'") != std::string::npos, r.error);
    }
    {
        const auto r = parseAttentionRules(edited("\"Cegah stunting: protein", "\"Cegah stunting protein"));
        BOOST_TEST(r.ok(), r.error); // still closed
        const auto u = parseAttentionRules(edited("aktivitas\",\"Preventing", "aktivitas,\"Preventing"));
        BOOST_TEST(!u.ok());
        BOOST_TEST(u.error.find("quote") != std::string::npos, u.error);
    }
    BOOST_TEST(!parseAttentionRules("").ok());
    BOOST_TEST(parseAttentionRules("").error == "the [topics] section is missing");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(attention_rules_on_visits)

BOOST_AUTO_TEST_CASE(a_child_who_needs_nothing_gets_an_empty_list)
{
    // Weighed last month and this month, gaining more than the KBM, normal z-scores.
    const Visit visits[] = {measured(ymd(2025, 2, 20), 8700, 740), measured(kOn, 9000, 752)};
    const auto r = reasons(visits);
    BOOST_TEST(r.empty(), codes(r));
    BOOST_TEST(!strongestAction(r).has_value());
}

BOOST_AUTO_TEST_CASE(underweight_boundaries_on_the_rounded_z)
{
    // -2.00 as the engine shows it (raw slightly below -2): not underweight.
    const auto at2 = wfaVisit(-200, true);
    BOOST_TEST_REQUIRE(at2.has_value());
    BOOST_TEST(assessVisit(kGirl, *at2, {}).weightForAge.z.raw < -2.0);
    BOOST_TEST(!has(reasonsFor(*at2), AttentionCode::Underweight), codes(reasonsFor(*at2)));
    const auto below2 = wfaVisit(-201);
    BOOST_TEST_REQUIRE(below2.has_value());
    const auto r = reasonsFor(*below2);
    BOOST_TEST_REQUIRE(has(r, AttentionCode::Underweight));
    BOOST_TEST(find(r, AttentionCode::Underweight)->value == -2.01);
    BOOST_TEST(*find(r, AttentionCode::Underweight)->threshold == -2.0);
    BOOST_TEST(!has(r, AttentionCode::SeverelyUnderweight));

    // -2.005: whatever the engine rounds it to decides.
    std::optional<Visit> near;
    double best = 1.0;
    for (int g = 6000; g <= 8000; ++g) {
        const Visit v = weighed(kOn, g);
        const double raw = assessVisit(kGirl, v, {}).weightForAge.z.raw;
        if (std::fabs(raw + 2.005) < best) {
            best = std::fabs(raw + 2.005);
            near = v;
        }
    }
    BOOST_TEST_REQUIRE(best < 0.002);
    const Assessment a = assessVisit(kGirl, *near, {});
    BOOST_TEST(has(reasonsFor(*near), AttentionCode::Underweight) == (a.weightForAge.z.z < -2.0),
               "raw " << a.weightForAge.z.raw << " shown " << a.weightForAge.z.z);

    // -3.00: underweight, not severe, and not BGM (the red line is -3).
    const auto at3 = wfaVisit(-300, true);
    BOOST_TEST_REQUIRE(at3.has_value());
    const auto r3 = reasonsFor(*at3);
    BOOST_TEST(has(r3, AttentionCode::Underweight), codes(r3));
    BOOST_TEST(!has(r3, AttentionCode::SeverelyUnderweight));
    BOOST_TEST(!has(r3, AttentionCode::Bgm));
    const auto below3 = wfaVisit(-301);
    BOOST_TEST_REQUIRE(below3.has_value());
    const auto r4 = reasonsFor(*below3);
    BOOST_TEST(has(r4, AttentionCode::SeverelyUnderweight), codes(r4));
    BOOST_TEST(!has(r4, AttentionCode::Underweight));
    BOOST_TEST(has(r4, AttentionCode::Bgm));
    BOOST_TEST((find(r4, AttentionCode::Bgm)->action == ActionClass::Rujuk));
}

BOOST_AUTO_TEST_CASE(stunting_boundaries_on_the_rounded_z)
{
    const auto at2 = lfaVisit(-200, true);
    BOOST_TEST_REQUIRE(at2.has_value());
    BOOST_TEST(!has(reasonsFor(*at2), AttentionCode::Stunted), codes(reasonsFor(*at2)));
    const auto below2 = lfaVisit(-201);
    BOOST_TEST_REQUIRE(below2.has_value());
    const auto r = reasonsFor(*below2);
    BOOST_TEST(has(r, AttentionCode::Stunted), codes(r));
    BOOST_TEST(find(r, AttentionCode::Stunted)->ruleId.find("\u22122,01 SD") != std::string::npos);
    const auto at3 = lfaVisit(-300);
    BOOST_TEST_REQUIRE(at3.has_value());
    BOOST_TEST(has(reasonsFor(*at3), AttentionCode::Stunted));
    BOOST_TEST(!has(reasonsFor(*at3), AttentionCode::SeverelyStunted));
    const auto below3 = lfaVisit(-301);
    BOOST_TEST_REQUIRE(below3.has_value());
    BOOST_TEST(has(reasonsFor(*below3), AttentionCode::SeverelyStunted));
    BOOST_TEST(!has(reasonsFor(*below3), AttentionCode::Stunted));
}

BOOST_AUTO_TEST_CASE(weight_for_length_boundaries)
{
    const struct {
        int z;
        std::optional<AttentionCode> expected;
    } cases[] = {
        {-301, AttentionCode::SeverelyWasted},
        {-300, AttentionCode::Wasted},
        {-201, AttentionCode::Wasted},
        {-200, std::nullopt},
        {100, std::nullopt},
        {101, AttentionCode::RiskOverweight},
        {200, AttentionCode::RiskOverweight},
        {201, AttentionCode::Overweight},
        {300, AttentionCode::Overweight},
        {301, AttentionCode::Obese},
    };
    const AttentionCode wfl[] = {AttentionCode::SeverelyWasted, AttentionCode::Wasted, AttentionCode::RiskOverweight,
                                 AttentionCode::Overweight, AttentionCode::Obese};
    for (const auto& c : cases) {
        const auto v = wflVisit(c.z);
        BOOST_TEST_REQUIRE(v.has_value(), "z " << c.z);
        const auto r = reasonsFor(*v);
        for (const AttentionCode code : wfl)
            BOOST_TEST(has(r, code) == (c.expected == code), "z " << c.z << ": " << codes(r));
    }
    const auto risk = reasonsFor(*wflVisit(150));
    BOOST_TEST((find(risk, AttentionCode::RiskOverweight)->action == ActionClass::Edukasi));
}

BOOST_AUTO_TEST_CASE(muac_boundaries_and_the_six_month_start)
{
    const auto withArm = [](year_month_day date, int mm) {
        Visit v = weighed(date, 9000);
        v.armCircumference = Millimetres{mm};
        return v;
    };
    const auto r114 = reasonsFor(withArm(kOn, 114));
    BOOST_TEST(has(r114, AttentionCode::MuacSevere), codes(r114));
    BOOST_TEST(find(r114, AttentionCode::MuacSevere)->ruleId == "LiLA 11,4 cm: di bawah 11,5 cm (merah)");
    BOOST_TEST(has(reasonsFor(withArm(kOn, 115)), AttentionCode::MuacModerate));
    BOOST_TEST(!has(reasonsFor(withArm(kOn, 115)), AttentionCode::MuacSevere));
    BOOST_TEST(has(reasonsFor(withArm(kOn, 124)), AttentionCode::MuacModerate));
    BOOST_TEST(!has(reasonsFor(withArm(kOn, 125)), AttentionCode::MuacModerate));
    BOOST_TEST(!has(reasonsFor(withArm(kOn, 125)), AttentionCode::MuacSevere));

    // Born 2024-09-15: 5 completed months on 2025-03-14, 6 on 2025-03-15.
    const ChildFacts baby{Sex::Male, ymd(2024, 9, 15)};
    const auto at = [&](year_month_day d) {
        Visit v = withArm(d, 110);
        v.weight = Grams{7500};
        const Visit one[] = {v};
        return reasons(one, kMarch, true, baby);
    };
    BOOST_TEST(!has(at(ymd(2025, 3, 14)), AttentionCode::MuacSevere));
    BOOST_TEST(has(at(ymd(2025, 3, 15)), AttentionCode::MuacSevere));
}

BOOST_AUTO_TEST_CASE(oedema_refers)
{
    Visit v = weighed(kOn, 9000);
    v.oedema = true;
    const auto r = reasonsFor(v);
    BOOST_TEST_REQUIRE(!r.empty());
    BOOST_TEST((r.front().code == AttentionCode::Oedema));
    BOOST_TEST((r.front().action == ActionClass::Rujuk));
}

BOOST_AUTO_TEST_CASE(t_and_2t_2t_supersedes_t)
{
    const Visit v1 = weighed(ymd(2025, 1, 20), 8500);
    const Visit v2 = weighed(ymd(2025, 2, 20), 8550); // +50 g < KBM 200 g: T
    const Visit v3 = weighed(kOn, 8560);              // T again: 2T
    const Visit twoVisits[] = {v1, v2};
    const auto t = reasons(twoVisits, year_month{year{2025}, month{2}});
    BOOST_TEST_REQUIRE(has(t, AttentionCode::T), codes(t));
    BOOST_TEST(!has(t, AttentionCode::TwoT));
    BOOST_TEST(find(t, AttentionCode::T)->value == 50.0);
    BOOST_TEST(*find(t, AttentionCode::T)->threshold == 200.0);
    BOOST_TEST(find(t, AttentionCode::T)->ruleId == "Berat badan tidak naik (T): +50 g, KBM 200 g");

    const Visit all[] = {v3, v1, v2}; // any order
    const auto tt = reasons(all);
    BOOST_TEST(has(tt, AttentionCode::TwoT), codes(tt));
    BOOST_TEST(!has(tt, AttentionCode::T));

    // A gain at the KBM: N, nothing.
    const Visit gained[] = {v1, weighed(ymd(2025, 2, 20), 8700)};
    BOOST_TEST(reasons(gained, year_month{year{2025}, month{2}}).empty());
}

BOOST_AUTO_TEST_CASE(faltering_one_month_window)
{
    // WHO's 1-month increments stop at 12 months: a baby of 5 months.
    const ChildFacts baby{Sex::Female, ymd(2024, 9, 1)};
    const Visit start = weighed(ymd(2025, 2, 20), 7000);
    const int startAge = ageInDays(baby.birthDate, start.date);
    const int endAge = ageInDays(baby.birthDate, kOn);
    const auto velocity = [&](int grams) {
        return weightVelocityZ(WeightInterval::OneMonth, Sex::Female, Days{startAge}, Grams{7000}, Days{endAge},
                               Grams{grams});
    };
    std::optional<int> at2;
    std::optional<int> below2;
    for (int g = 6700; g <= 7600; ++g) {
        const VelocityZ z = velocity(g);
        if (z.ok() && hundredths(z.z) == -200)
            at2 = g;
        if (z.ok() && hundredths(z.z) == -201)
            below2 = g;
    }
    BOOST_TEST_REQUIRE(at2.has_value());
    BOOST_TEST_REQUIRE(below2.has_value());
    const Visit notYet[] = {start, weighed(kOn, *at2)};
    BOOST_TEST(!has(reasons(notYet, kMarch, true, baby), AttentionCode::Faltering),
               codes(reasons(notYet, kMarch, true, baby)));
    const Visit falters[] = {start, weighed(kOn, *below2)};
    const auto r = reasons(falters, kMarch, true, baby);
    BOOST_TEST_REQUIRE(has(r, AttentionCode::Faltering), codes(r));
    BOOST_TEST(find(r, AttentionCode::Faltering)->value == -2.01);
    BOOST_TEST(find(r, AttentionCode::Faltering)->ruleId.find("1 bulan") != std::string::npos);
    BOOST_TEST((find(r, AttentionCode::Faltering)->action == ActionClass::Edukasi));
}

BOOST_AUTO_TEST_CASE(faltering_a_loss_below_the_who_curve)
{
    // 400 g or more lost in a month has no increment z (x + 400 g <= 0).
    const ChildFacts baby{Sex::Female, ymd(2024, 9, 1)};
    const Visit start = weighed(ymd(2025, 2, 20), 7000);
    const int startAge = ageInDays(baby.birthDate, start.date);
    const int endAge = ageInDays(baby.birthDate, kOn);
    BOOST_TEST((weightVelocityZ(WeightInterval::OneMonth, Sex::Female, Days{startAge}, Grams{7000}, Days{endAge},
                                Grams{6550})
                    .why
                == VelocityProblem::IncrementOutOfScale));
    const Visit lost[] = {start, weighed(kOn, 6550)};
    const auto r = reasons(lost, kMarch, true, baby);
    BOOST_TEST_REQUIRE(has(r, AttentionCode::Faltering), codes(r));
    BOOST_TEST(find(r, AttentionCode::Faltering)->value == -450.0);
    BOOST_TEST(find(r, AttentionCode::Faltering)->ruleId
                   == "Pertambahan berat badan melambat: berat turun 450 g dalam 1 bulan (di bawah kurva WHO 2009)",
               find(r, AttentionCode::Faltering)->ruleId);
}

BOOST_AUTO_TEST_CASE(faltering_two_month_window)
{
    const Visit start = weighed(ymd(2025, 1, 20), 8500); // 59 days before kOn
    const int startAge = ageInDays(kGirl.birthDate, start.date);
    const int endAge = ageInDays(kGirl.birthDate, kOn);
    BOOST_TEST(!weightVelocityZ(WeightInterval::OneMonth, Sex::Female, Days{startAge}, Grams{8500}, Days{endAge},
                                Grams{8500})
                    .ok());
    std::optional<int> at2;
    std::optional<int> below2;
    for (int g = 8000; g <= 9000; ++g) {
        const VelocityZ z = weightVelocityZ(WeightInterval::TwoMonths, Sex::Female, Days{startAge}, Grams{8500},
                                            Days{endAge}, Grams{g});
        if (z.ok() && hundredths(z.z) == -200)
            at2 = g;
        if (z.ok() && hundredths(z.z) == -201)
            below2 = g;
    }
    BOOST_TEST_REQUIRE(at2.has_value());
    BOOST_TEST_REQUIRE(below2.has_value());
    const Visit notYet[] = {start, weighed(kOn, *at2)};
    BOOST_TEST(!has(reasons(notYet), AttentionCode::Faltering), codes(reasons(notYet)));
    const Visit falters[] = {start, weighed(kOn, *below2)};
    const auto r = reasons(falters);
    BOOST_TEST_REQUIRE(has(r, AttentionCode::Faltering), codes(r));
    BOOST_TEST(find(r, AttentionCode::Faltering)->ruleId.find("2 bulan") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(faltering_by_a_weight_for_age_drop_since_two_to_four_months)
{
    // Three months apart: no velocity window (51-70 days), only the BB/U drop.
    const Visit start = weighed(ymd(2024, 12, 20), 8500);
    const int then = hundredths(assessVisit(kGirl, start, {}).weightForAge.z.z);
    std::optional<int> drop67;
    std::optional<int> drop68;
    for (int g = 7500; g <= 9500; ++g) {
        const int now = hundredths(assessVisit(kGirl, weighed(kOn, g), {}).weightForAge.z.z);
        if (then - now == 67)
            drop67 = g;
        if (then - now == 68)
            drop68 = g;
    }
    BOOST_TEST_REQUIRE(drop67.has_value());
    BOOST_TEST_REQUIRE(drop68.has_value());
    const Visit exactly[] = {start, weighed(kOn, *drop67)};
    BOOST_TEST(!has(reasons(exactly), AttentionCode::Faltering), codes(reasons(exactly)));
    const Visit more[] = {start, weighed(kOn, *drop68)};
    const auto r = reasons(more);
    BOOST_TEST_REQUIRE(has(r, AttentionCode::Faltering), codes(r));
    BOOST_TEST(find(r, AttentionCode::Faltering)->value == 0.68);
    BOOST_TEST(find(r, AttentionCode::Faltering)->ruleId.find("3 bulan lalu") != std::string::npos,
               find(r, AttentionCode::Faltering)->ruleId);

    // Five months earlier is outside the window.
    const Visit old[] = {weighed(ymd(2024, 10, 20), 8500), weighed(kOn, 6500)};
    BOOST_TEST(!has(reasons(old), AttentionCode::Faltering));
}

BOOST_AUTO_TEST_CASE(not_weighed_this_month_and_the_previous_one)
{
    const Visit lastMonth[] = {weighed(ymd(2025, 2, 20), 8700)};
    BOOST_TEST(!has(reasons(lastMonth), AttentionCode::NotWeighed));
    const Visit twoMonthsAgo[] = {weighed(ymd(2025, 1, 20), 8700)};
    const auto r = reasons(twoMonthsAgo);
    BOOST_TEST_REQUIRE(r.size() == 1u, codes(r));
    BOOST_TEST((r.front().code == AttentionCode::NotWeighed));
    BOOST_TEST(r.front().value == 2.0);
    BOOST_TEST((r.front().action == ActionClass::Pantau));
    BOOST_TEST((r.front().measuredOn == ymd(2025, 3, 31)));
    BOOST_TEST(r.front().ruleId == "Tidak ditimbang bulan ini dan bulan lalu (terakhir ditimbang 2 bulan lalu)");
    // Never weighed; not active; a later visit (April) does not count for March.
    BOOST_TEST(has(reasons({}), AttentionCode::NotWeighed));
    BOOST_TEST(reasons({}, kMarch, false).empty());
    const Visit later[] = {weighed(ymd(2025, 4, 2), 9000)};
    BOOST_TEST(has(reasons(later), AttentionCode::NotWeighed));
    // Only a length this month: still not weighed.
    Visit lengthOnly;
    lengthOnly.date = kOn;
    lengthOnly.lengthHeight = Millimetres{750};
    lengthOnly.measure = Measure::Lying;
    const Visit noWeight[] = {lengthOnly};
    BOOST_TEST(has(reasons(noWeight), AttentionCode::NotWeighed));
    // 59 months at the month's end: yes; 60: no.
    const ChildFacts old59{Sex::Male, ymd(2020, 4, 1)}; // 59 months on 2025-03-31
    const ChildFacts old60{Sex::Male, ymd(2020, 3, 31)};
    BOOST_TEST(has(reasons({}, kMarch, true, old59), AttentionCode::NotWeighed));
    BOOST_TEST(!has(reasons({}, kMarch, true, old60), AttentionCode::NotWeighed));
}

BOOST_AUTO_TEST_CASE(the_last_visit_in_the_month_decides_and_later_visits_are_ignored)
{
    const auto stunted = lfaVisit(-250);
    BOOST_TEST_REQUIRE(stunted.has_value());
    Visit fine = measured(ymd(2025, 4, 10), 9000, 790);
    const Visit visits[] = {fine, *stunted};
    BOOST_TEST(has(reasons(visits), AttentionCode::Stunted));
    BOOST_TEST((find(reasons(visits), AttentionCode::Stunted)->measuredOn == stunted->date));
    // In April, the April visit decides.
    const auto april = reasons(visits, year_month{year{2025}, month{4}});
    BOOST_TEST(!has(april, AttentionCode::Stunted), codes(april));
}

BOOST_AUTO_TEST_CASE(an_implausible_weight_yields_only_ukur_ulang)
{
    // 85 typed for 8,5 kg, a month after 8,4 kg: WHO flags BB/U, BB/PB, IMT/U
    // and the weight changed by far more than 20 %.
    const auto stunted = lfaVisit(-250);
    BOOST_TEST_REQUIRE(stunted.has_value());
    Visit typo = *stunted;
    typo.weight = Grams{85000};
    const Visit visits[] = {weighed(ymd(2025, 2, 20), 8400), typo};
    const auto r = reasons(visits);
    BOOST_TEST_REQUIRE(has(r, AttentionCode::Implausible), codes(r));
    for (const AttentionCode c :
         {AttentionCode::Underweight, AttentionCode::SeverelyUnderweight, AttentionCode::Overweight,
          AttentionCode::Obese, AttentionCode::RiskOverweight, AttentionCode::Wasted, AttentionCode::SeverelyWasted,
          AttentionCode::T, AttentionCode::TwoT, AttentionCode::Bgm, AttentionCode::Faltering,
          AttentionCode::Stunted})
        BOOST_TEST(!has(r, c), codeText(c) << " in " << codes(r));
    // The flagged BB/PB questions the length too (the tool cannot tell which
    // number is wrong): only "ukur ulang" is left.
    BOOST_TEST(r.size() == 1u, codes(r));
    BOOST_TEST(find(r, AttentionCode::Implausible)->shortId == "Ukur ulang");
    BOOST_TEST(find(r, AttentionCode::Implausible)->ruleId.find("BB/U") != std::string::npos,
               find(r, AttentionCode::Implausible)->ruleId);
    BOOST_TEST((strongestAction(r) == ActionClass::Pantau));

    // Without a length, the same typo: no BB/PB, still only ukur ulang.
    const Visit weightOnly[] = {weighed(ymd(2025, 2, 20), 8400), weighed(kOn, 85000)};
    const auto w = reasons(weightOnly);
    BOOST_TEST(w.size() == 1u, codes(w));
    BOOST_TEST(has(w, AttentionCode::Implausible));
}

BOOST_AUTO_TEST_CASE(a_questioned_length_keeps_the_weight_reasons)
{
    // Length 2 cm shorter than last month: the length is questioned (no
    // stunting, no wasting from it), the weight still speaks (underweight).
    const auto light = wfaVisit(-250);
    BOOST_TEST_REQUIRE(light.has_value());
    Visit now = *light;
    now.lengthHeight = Millimetres{650};
    now.measure = Measure::Lying;
    Visit before = weighed(ymd(2025, 2, 20), light->weight->value - 150);
    before.lengthHeight = Millimetres{675};
    before.measure = Measure::Lying;
    const Visit visits[] = {before, now};
    const Assessment a = assessVisit(kGirl, now, visits);
    BOOST_TEST_REQUIRE(a.has(CheckKind::LengthDecreased));
    BOOST_TEST_REQUIRE(a.lengthForAge.z.z < -2.0); // would be stunted
    const auto r = reasons(visits);
    BOOST_TEST(has(r, AttentionCode::Implausible), codes(r));
    BOOST_TEST(has(r, AttentionCode::Underweight), codes(r));
    for (const AttentionCode c : {AttentionCode::Stunted, AttentionCode::SeverelyStunted, AttentionCode::Wasted,
                                  AttentionCode::SeverelyWasted, AttentionCode::RiskOverweight})
        BOOST_TEST(!has(r, c), codeText(c) << " in " << codes(r));
    BOOST_TEST(find(r, AttentionCode::Implausible)->ruleId.find("turun 2,5 cm") != std::string::npos,
               find(r, AttentionCode::Implausible)->ruleId);
}

BOOST_AUTO_TEST_CASE(reasons_come_strongest_first)
{
    const auto light = wfaVisit(-320); // severely underweight and BGM
    BOOST_TEST_REQUIRE(light.has_value());
    Visit v = *light;
    v.armCircumference = Millimetres{120}; // LiLA yellow
    v.oedema = false;
    const Visit visits[] = {weighed(ymd(2025, 1, 20), light->weight->value), v}; // and T? no: O (January)
    auto r = reasons(visits);
    BOOST_TEST_REQUIRE(r.size() >= 3u, codes(r));
    for (std::size_t i = 1; i < r.size(); ++i) {
        BOOST_TEST((r[i - 1].action >= r[i].action));
        if (r[i - 1].action == r[i].action)
            BOOST_TEST(r[i - 1].severity >= r[i].severity);
    }
    BOOST_TEST((r.front().code == AttentionCode::SeverelyUnderweight), codes(r));
    // A sibling reason added by the list loader sorts in its place.
    r.push_back(makeReason(AttentionCode::SiblingAtRisk, defaultAttentionRules(), 0, std::nullopt, kOn));
    std::reverse(r.begin(), r.end());
    sortByStrength(r);
    BOOST_TEST((r.back().code == AttentionCode::SiblingAtRisk));
    BOOST_TEST((strongestAction(r) == ActionClass::Rujuk));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(questioned_values)

BOOST_AUTO_TEST_CASE(worst_severity_leaves_out_what_ukur_ulang_questions)
{
    // 85 typed for 8,5 kg: today's z-scores and WHO flags stay as they are,
    // but no colour, N/T or BGM comes from that weight.
    const Visit before = weighed(ymd(2025, 2, 20), 8400);
    const Visit typo = weighed(kOn, 85000);
    const Visit history[] = {before};
    const Assessment a = assessVisit(kGirl, typo, history);
    BOOST_TEST_REQUIRE(a.weightForAge.z.ok());
    BOOST_TEST(a.weightForAge.z.flagged);
    BOOST_TEST(a.has(CheckKind::WeightChangedALot));
    BOOST_TEST((a.weighing && a.weighing->status == WeighingStatus::N)); // the engine's letter is unchanged
    const QuestionedValues q = questionedValues(a);
    BOOST_TEST(q.weight);
    BOOST_TEST(!q.length);
    BOOST_TEST(isQuestioned(q, Indicator::WeightForAge));
    BOOST_TEST(isQuestioned(q, Indicator::WeightForLengthHeight));
    BOOST_TEST(!isQuestioned(q, Indicator::LengthHeightForAge));
    BOOST_TEST(!worstSeverity(a).has_value());

    // A light weight that WHO flags low: no BGM colour from it, the weighing
    // not T either.
    const Visit tooLight = weighed(kOn, 2000);
    const Assessment b = assessVisit(kGirl, tooLight, {});
    BOOST_TEST_REQUIRE(b.weightForAge.z.flagged);
    BOOST_TEST(b.bgm);
    BOOST_TEST(!worstSeverity(b).has_value());

    // A fine length next to the questioned weight keeps its own category.
    const auto stunted = lfaVisit(-250);
    BOOST_TEST_REQUIRE(stunted.has_value());
    Visit both = *stunted;
    both.weight = Grams{85000};
    const Assessment c = assessVisit(kGirl, both, {});
    // BB/PB is flagged too, which questions the length: nothing left to grade.
    BOOST_TEST(questionedValues(c).length == c.weightForLength.z.flagged);

    // Same as last time does not question anything: T still counts.
    const Visit same1 = measured(ymd(2025, 2, 20), 8600, 740);
    const Visit same2 = measured(kOn, 8600, 740);
    const Visit h2[] = {same1};
    const Assessment d = assessVisit(kGirl, same2, h2);
    BOOST_TEST_REQUIRE(d.has(CheckKind::SameAsLastTime));
    BOOST_TEST(!questionedValues(d).any());
    BOOST_TEST((worstSeverity(d) == Severity::Attention));
    const Visit sameTwice[] = {same1, same2};
    const auto r = reasons(sameTwice);
    BOOST_TEST(has(r, AttentionCode::T), codes(r));
    BOOST_TEST(!has(r, AttentionCode::Implausible), codes(r));
}

BOOST_AUTO_TEST_SUITE_END()
