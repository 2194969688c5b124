#pragma once
// Lets Boost.Test print the engine's enums (and optionals of them) in failure
// messages; found by argument-dependent lookup.
#include <optional>
#include <ostream>
#include <type_traits>

namespace tumbuh::growth {

template <typename E>
requires std::is_enum_v<E>
    std::ostream& operator<<(std::ostream& os, E v)
{
    return os << static_cast<int>(v);
}

template <typename T>
std::ostream& operator<<(std::ostream& os, const std::optional<T>& v)
{
    if (!v)
        return os << "(none)";
    return os << *v;
}

} // namespace tumbuh::growth
