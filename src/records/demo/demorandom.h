#pragma once
#include "records/storenames.h"
// The demo generator's random numbers. Written out rather than taken from
// <random> because the standard distributions may differ between standard
// libraries, and a seed must give the same demo city everywhere (tests hash
// it). xoshiro256** seeded through splitmix64 (Blackman & Vigna).
#include <array>
#include <cmath>
#include <cstdint>
#include <span>

namespace tumbuh::records {

class DemoRandom {
public:
    // `stream` separates independent sequences drawn from one seed (one per
    // child), so that a child's data does not depend on how many numbers the
    // children before it used.
    explicit DemoRandom(std::uint64_t seed, std::uint64_t stream = 0)
    {
        std::uint64_t x = seed ^ (stream * 0xD1B54A32D192ED03ULL);
        for (auto& s : state_)
            s = splitmix(x);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
        const std::uint64_t t = state_[1] << 17;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = rotl(state_[3], 45);
        return result;
    }

    // In [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // In [lo, hi], both inclusive.
    int between(int lo, int hi)
    {
        const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(hi) - lo + 1);
        return lo + static_cast<int>(next() % span);
    }
    bool chance(double p) { return uniform() < p; }

    // Standard normal (Box-Muller; the second value is dropped to keep the
    // sequence simple to reason about).
    double normal()
    {
        double u1 = uniform();
        while (u1 <= 0.0)
            u1 = uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }

    template <typename T>
    const T& pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(next() % items.size())];
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitmix(std::uint64_t& x)
    {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::array<std::uint64_t, 4> state_{};
};

} // namespace tumbuh::records
