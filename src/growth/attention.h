#pragma once
// Why a child needs attention this month (issue 10 point 1): the rules of the
// "Perlu perhatian" list, pure C++ (no Qt, no SQL, no files).
//
// reasonsForAttention() takes one child's visits up to the end of a month and
// returns every reason that child needs something, each with its numbers, its
// rule in words (Indonesian and English), its severity and its action class:
// rujuk (refer), edukasi (counsel) or pantau (watch). The cut-offs are fixed
// here (issue 10's table); which action, severity, counselling topic and words
// each code has are data (resources/followup/attention-rules.csv, format
// below), so a puskesmas can edit its copy. defaultAttentionRules() is the
// same table compiled in (a test keeps them equal).
//
// The rules, on the child's LAST visit dated in `month` (visits after the
// month's end are ignored), with z-scores exactly as assessVisit gives them
// (rounded as WHO rounds):
//   severely_stunted / stunted          TB/U z < -3 / -3 <= z < -2
//   severely_wasted / wasted            BB/TB z < -3 / -3 <= z < -2
//   severely_underweight / underweight  BB/U z < -3 / -3 <= z < -2
//   obese / overweight / risk_overweight  BB/TB z > +3 / +2 < z <= +3 / +1 < z <= +2
//   muac_severe / muac_moderate         6 completed months to 59 months:
//                                       LiLA < 11.5 cm / 11.5 <= LiLA < 12.5 cm
//   oedema                              bilateral pitting oedema recorded
//   T / 2T / BGM                        the cadre rules of assessVisit (2T
//                                       supersedes T: only 2T is given)
//   faltering                           WHO 2009 weight-increment z < -2 over
//                                       the last 1 or 2 months, or BB/U z
//                                       dropped by more than 0.67 since the
//                                       visit 2-4 months earlier
//   not_weighed                         active child 0-59 months at the month's
//                                       end, no weighing this month nor the
//                                       previous one (the only rule that needs
//                                       no visit in the month)
//   implausible                         a WHO flag or a history check says
//                                       "ukur ulang" (see attention.cpp for
//                                       the checks that count); the value it
//                                       questions yields no other reason
//   sibling_at_risk                     never given here: the list loader adds
//                                       it from the household (makeReason)
//
// Rules file (UTF-8; a BOM and CRLF are accepted; '#' starts a comment line;
// blank lines are ignored). Two sections, each a header line naming its
// columns (any order, all required, no others) and then one row per entry.
// Fields are separated by commas; a field containing a comma or a quote is
// written in double quotes, with "" for a quote inside.
//
//   [topics]
//   code,label_id,label_en
//   gizi_seimbang,Gizi seimbang dan MP-ASI,Balanced diet and complementary feeding
//   [rules]
//   code,action,severity,topic,short_id,short_en,rule_id,rule_en
//   stunted,rujuk,70,pertumbuhan_linear,Pendek,Stunted,"TB/U {value} SD: ...","..."
//
// - [topics] comes first; a topic code is lower case a-z, 0-9 and '_', unique;
//   labels are not empty.
// - [rules] has exactly one row for every AttentionCode (codeText), no more;
//   action is rujuk, edukasi or pantau; severity an integer 1..999 (higher =
//   more severe); topic a code of [topics]; words not empty.
// - The words may hold placeholders, filled in by the rule: {value} and
//   {threshold} (numbers in the language's form: "−2,45" in Indonesian,
//   "−2.45" in English) and {detail} (a short phrase in the same language
//   naming what fired, e.g. "kenaikan BB 1 bulan z −2,31"). Any other
//   {name} is an error.
#include "growth/assessment.h"
#include "growth/cadre.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tumbuh::growth {

enum class AttentionCode : std::uint8_t {
    SeverelyStunted,     // severely_stunted
    Stunted,             // stunted
    SeverelyWasted,      // severely_wasted
    Wasted,              // wasted
    SeverelyUnderweight, // severely_underweight
    Underweight,         // underweight
    Obese,               // obese
    Overweight,          // overweight
    RiskOverweight,      // risk_overweight
    MuacSevere,          // muac_severe
    MuacModerate,        // muac_moderate
    Oedema,              // oedema
    T,                   // T
    TwoT,                // 2T
    Bgm,                 // BGM
    Faltering,           // faltering
    NotWeighed,          // not_weighed
    Implausible,         // implausible
    SiblingAtRisk,       // sibling_at_risk
};
inline constexpr int kAttentionCodeCount = 19;

// The fixed code of issue 10 ("severely_stunted", ..., "T", "2T", "BGM",
// "faltering", "not_weighed", "implausible", "sibling_at_risk"), used in files,
// the CLI's CSV and the database. codeFromText is exact (case-sensitive).
std::string_view codeText(AttentionCode c);
std::optional<AttentionCode> codeFromText(std::string_view text);

// Ordered by strength: Pantau < Edukasi < Rujuk, so std::max gives the strongest.
enum class ActionClass : std::uint8_t { Pantau,
                                        Edukasi,
                                        Rujuk };
inline constexpr int kActionClassCount = 3;

std::string_view actionText(ActionClass a); // "pantau", "edukasi", "rujuk"
std::optional<ActionClass> actionFromText(std::string_view text);

// A counselling (edukasi) topic, e.g. {"gizi_seimbang", "Gizi seimbang dan
// MP-ASI", "Balanced diet and complementary feeding"}.
struct CounsellingTopic {
    std::string code;
    std::string labelId;
    std::string labelEn;
    bool operator==(const CounsellingTopic&) const = default;
};

// What the rules file says about one code. Words are templates (placeholders
// above).
struct AttentionRule {
    AttentionCode code = AttentionCode::Implausible;
    ActionClass action = ActionClass::Pantau;
    int severity = 1;  // 1..999, higher = more severe
    std::string topic; // a CounsellingTopic::code
    std::string shortId;
    std::string shortEn;
    std::string ruleId;
    std::string ruleEn;
    bool operator==(const AttentionRule&) const = default;
};

struct AttentionRules {
    std::vector<CounsellingTopic> topics;                 // in file order
    std::array<AttentionRule, kAttentionCodeCount> rules; // indexed by AttentionCode

    const AttentionRule& rule(AttentionCode c) const { return rules[static_cast<std::size_t>(c)]; }
    const CounsellingTopic* topic(std::string_view code) const; // nullptr when unknown
    bool operator==(const AttentionRules&) const = default;
};

struct AttentionRulesParseResult {
    std::optional<AttentionRules> rules; // set on success
    std::string error;                   // "line 7, column 2: ..." on failure
    int errorLine = 0;                   // 1-based; 0 when not tied to a line (e.g. a code never given)
    int errorColumn = 0;                 // 1-based column (field number) in the line; 0 for the whole line

    bool ok() const { return rules.has_value(); }
};

// Never throws: every problem comes back in the result's error.
AttentionRulesParseResult parseAttentionRules(std::string_view text);

// Buku KIA 2023 / Permenkes 2/2020 defaults; equal to
// resources/followup/attention-rules.csv.
const AttentionRules& defaultAttentionRules();

// One reason a child needs attention, with its words filled in.
struct AttentionReason {
    AttentionCode code = AttentionCode::Implausible;
    ActionClass action = ActionClass::Pantau;
    int severity = 1;
    // The number behind the reason: a rounded z for the z-score codes, BGM,
    // faltering (the increment z, or the BB/U drop in SD, or the loss in
    // grams when WHO's increment curve has no z for it); LiLA in cm; the
    // gain in grams for T and 2T; 0 for oedema; for not_weighed the months
    // since the last weighing (0 when never weighed); for implausible the
    // flagged z, or the check's amount.
    double value = 0.0;
    std::optional<double> threshold;        // the cut-off crossed, in the same unit
    std::string ruleId;                     // e.g. "TB/U −2,45 SD: di bawah −2 SD (pendek)"
    std::string ruleEn;                     // e.g. "HAZ −2.45 SD: below −2 SD (stunted)"
    std::string shortId;                    // e.g. "Pendek", for a list column
    std::string shortEn;                    // e.g. "Stunted"
    std::string topic;                      // a CounsellingTopic::code
    std::chrono::year_month_day measuredOn; // the visit it comes from (not_weighed: the month's last day)
};

struct AttentionInput {
    ChildFacts child;
    std::span<const Visit> visits; // all the child's visits, any order
    std::chrono::year_month month;
    bool active = true; // false: moved away, died, ... (no not_weighed)
};

// Every reason, strongest first (action, then severity, then code order);
// empty when the child needs nothing or has no visit in the month (except
// not_weighed).
std::vector<AttentionReason> reasonsForAttention(const AttentionInput& input,
                                                 const AttentionRules& rules = defaultAttentionRules(),
                                                 const CadreSettings& settings = {});

// A reason with the words of `rules` filled in, for a reason found outside
// reasonsForAttention (sibling_at_risk: {detail} is `detailId` / `detailEn`,
// e.g. the sibling's name and reason).
AttentionReason makeReason(AttentionCode code, const AttentionRules& rules, double value,
                           std::optional<double> threshold, std::chrono::year_month_day measuredOn,
                           std::string_view detailId = {}, std::string_view detailEn = {});

// Sorts reasons strongest first, the order reasonsForAttention returns.
void sortByStrength(std::vector<AttentionReason>& reasons);

// The strongest action class among `reasons`; nothing when empty.
std::optional<ActionClass> strongestAction(std::span<const AttentionReason> reasons);

} // namespace tumbuh::growth
