#pragma once
// WHO Child Growth Standards 2006 (0-5 years), computed exactly as WHO's
// `anthro` R package computes them (anthro_zscores); see who-zscore-method.md.
#include "growth/types.h"

#include <optional>

namespace tumbuh::growth {

// Why an indicator has no z-score. The first reason that applies wins, in
// this order.
enum class NoScore : std::uint8_t {
    None = 0,              // the z-score is valid
    SexMissing,            // no (recognised) sex: WHO computes nothing
    AgeMissing,            // an age-based indicator without an age
    AgeOutOfRange,         // negative, >= 60 months (2006), before day 91 (AC/TS/SS), outside 60-228/120 months (2007)
    MeasurementMissing,    // the measurement was not given
    MeasurementOutOfRange, // <= 0 (2006; the 2007 reference scores 0), negative, or a length/height outside the WFL/WFH table
    Oedema,                // weight-based indicators are not computed with oedema (§8)
};

struct ZScore {
    double z = 0.0;   // rounded to 2 decimals as WHO rounds (§6); meaningful when ok()
    double raw = 0.0; // unrounded, for drawing; meaningful when ok()
    NoScore why = NoScore::MeasurementMissing;
    bool flagged = false; // WHO implausibility flag, on the rounded z (§7)

    constexpr bool ok() const { return why == NoScore::None; }
};

// Inputs in WHO's units, exactly as anthro_zscores takes them.
struct AnthroInput {
    std::optional<Sex> sex;
    std::optional<double> age; // in days, or in months when ageInMonths
    bool ageInMonths = false;
    std::optional<double> weightKg;
    std::optional<double> lenheiCm;
    Measure measure = Measure::Unknown;
    std::optional<double> headCm;
    std::optional<double> armCm;
    std::optional<double> tricepsMm;
    std::optional<double> subscapularMm;
    bool oedema = false;
};

struct AnthroResult {
    // Derived inputs, as anthro reports them.
    std::optional<int> ageDays;          // rounded day used for the table rows (§2)
    std::optional<double> ageMonths;     // unrounded, used for the < 60 months test
    std::optional<double> clenhei;       // length/height after the ±0.7 cm rule (§3)
    Measure cmeasure = Measure::Unknown; // measure after the under-9-months rule
    bool c9moFlag = false;               // standing height under 9 months was ignored (§3.1)
    std::optional<double> cbmi;          // weight / (clenhei/100)^2
    bool wflUsedHeightTable = false;     // zwfl came from the weight-for-height table (§4.2)

    ZScore zlen; // length/height-for-age
    ZScore zwei; // weight-for-age
    ZScore zwfl; // weight-for-length or weight-for-height
    ZScore zbmi; // BMI-for-age
    ZScore zhc;  // head circumference-for-age
    ZScore zac;  // arm circumference-for-age
    ZScore zts;  // triceps skinfold-for-age
    ZScore zss;  // subscapular skinfold-for-age
};

AnthroResult computeAnthro(const AnthroInput& in);

// Age in whole days between two calendar dates is what WHO Anthro uses when
// dates are known (§2.7); pass it with ageInMonths = false.

} // namespace tumbuh::growth
