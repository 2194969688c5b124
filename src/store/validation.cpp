#include "store/validation.h"

#include <algorithm>

namespace tumbuh::store {

void Validation::fail(Error error)
{
    errors_.push_back(std::move(error));
}

void Validation::warn(Warning warning)
{
    warnings_.push_back(std::move(warning));
}

bool Validation::failedOn(const QString& field) const
{
    return std::any_of(errors_.begin(), errors_.end(), [&](const Error& e) { return e.field == field; });
}

Result<void> Validation::result() const
{
    if (errors_.empty())
        return Result<void>(warnings_);
    Error first = errors_.front();
    first.more.assign(errors_.begin() + 1, errors_.end());
    return first;
}

} // namespace tumbuh::store
