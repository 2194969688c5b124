#pragma once
// WHO Growth Reference 2007 (5-19 years), computed exactly as WHO's
// `anthroplus` R package (anthroplus_zscores); see who-zscore-method.md §9.
#include "growth/anthro.h"

namespace tumbuh::growth {

struct AnthroPlusInput {
    std::optional<Sex> sex;
    std::optional<double> ageMonths; // never rounded
    std::optional<double> heightCm;  // standing height, no conversion
    std::optional<double> weightKg;
    bool oedema = false;
};

struct AnthroPlusResult {
    std::optional<double> cbmi;
    ZScore zhfa; // height-for-age, 60-228 months
    ZScore zwfa; // weight-for-age, 60-120 months
    ZScore zbfa; // BMI-for-age, 60-228 months
};

AnthroPlusResult computeAnthroPlus(const AnthroPlusInput& in);

} // namespace tumbuh::growth
