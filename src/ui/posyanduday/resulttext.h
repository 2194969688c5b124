#pragma once
// The words of the posyandu-day result panel: what the engine decided,
// said so that a cadre with little training can act on it ("ukur ulang?",
// whom to refer). Pure functions of the assessment, kept apart from the
// widget so that the wording is tested directly. N/T/O/B and the referral
// triggers are worded as on every screen (DisplayText).
#include "growth/assessment.h"
#include "growth/cadre.h"
#include "growth/permenkes.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace tumbuh::ui {

class ResultText {
    Q_DECLARE_TR_FUNCTIONS(tumbuh::ui::ResultText)
public:
    // BB/U, PB/U or TB/U, BB/PB or BB/TB, IMT/U, LK/U, LiLA/U: the length
    // based names follow how the child is counted (lying = length).
    static QString indicatorName(growth::Indicator i, bool countedAsLength);
    static QString indicatorLongName(growth::Indicator i);

    // Why there is no z-score ("not entered", "not computed: oedema"...).
    static QString noScore(growth::NoScore why);

    // The colour class said in words, so that colour is never the only cue.
    static QString severityWord(growth::Severity s);
    static QColor severityColour(growth::Severity s);
    static QColor severityTextColour(growth::Severity s);

    // One line per check, with its numbers. `measuredCm` is the length as
    // typed (for the 0.7 cm sentence), `countedCm` after the rule.
    static QString check(const growth::Check& c, bool countedAsLength, std::optional<double> measuredCm,
                         std::optional<double> countedCm);
    // The 0.7 cm rule in words for a position that does not fit the age.
    static QString positionRule(growth::CheckKind kind, std::optional<double> measuredCm,
                                std::optional<double> countedCm);
    // The line beside the position: the rule when `conflict` (the position
    // check) is set, else that the choice is right for the age.
    static QString positionNote(std::optional<growth::CheckKind> conflict, bool countedAsLength,
                                std::optional<double> measuredCm, std::optional<double> countedCm);

    // Why the child should be referred to the health worker (Buku KIA 2023:
    // T, BGM, above the orange line; 2T; oedema; PMK categories below -2 SD
    // or above +2 SD), one reason per line; empty when none. Nothing from a
    // value an "ukur ulang?" check questions (growth::questionedValues).
    static QStringList referralReasons(const growth::Assessment& a, bool countedAsLength);

    // Whether a check questions a measured value (a WHO flag, a length that
    // fell, a weight that changed a lot): the panel leads with these as
    // "measure again" (the checks growth::questionedValues counts).
    static bool questionsAValue(const growth::Check& c);
};

} // namespace tumbuh::ui
