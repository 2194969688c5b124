#pragma once
// Plausible synthetic children aged 0-59 months for benchmarks: every value
// drawn from the WHO tables around a slightly undernourished population, and
// rounded as posyandu scales and boards record it (0.1 kg, 0.1 cm, 0.1 mm).
// No real person is behind any row.
//
// Deterministic for a seed on every platform: std::mt19937_64 is fully
// specified, and the normal draws use our own Box-Muller rather than
// std::normal_distribution, whose algorithm differs between libraries.
#include "growth/anthro.h"
#include "growth/whotables.h"

#include <cstdint>
#include <random>

namespace tumbuh::bench {

class SyntheticChildren {
public:
    explicit SyntheticChildren(std::uint64_t seed) : rng_(seed) { }

    // The next child, with all inputs of the eight 0-5 y indicators; the age
    // is in whole days (ageInMonths = false).
    growth::AnthroInput next();

private:
    double uniform(); // [0, 1)
    double normal();  // standard normal
    double measured(growth::Table table, growth::Sex sex, int key, double zMean, double zSd, double step);

    std::mt19937_64 rng_;
    bool haveSpare_ = false;
    double spare_ = 0.0;
};

} // namespace tumbuh::bench
