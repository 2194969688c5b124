#pragma once
// Lets Boost.Test print the engine's enums in failure messages.
#include "growth/anthro.h"

#include <ostream>

namespace tumbuh::growth {

inline std::ostream& operator<<(std::ostream& os, NoScore v)
{
    return os << "NoScore(" << static_cast<int>(v) << ")";
}
inline std::ostream& operator<<(std::ostream& os, Measure v)
{
    return os << "Measure(" << static_cast<int>(v) << ")";
}
inline std::ostream& operator<<(std::ostream& os, Sex v)
{
    return os << "Sex(" << static_cast<int>(v) << ")";
}

} // namespace tumbuh::growth
