#include "growth/percentile.h"

#include <cmath>
#include <numbers>

namespace tumbuh::growth {

double percentile(double z)
{
    return 50.0 * std::erfc(-z / std::numbers::sqrt2);
}

} // namespace tumbuh::growth
