#pragma once
// Collects the findings of one validation: every error (so that a form can
// mark all wrong fields at once) and every warning.
#include "store/result.h"

#include <vector>

namespace tumbuh::store {

class Validation {
public:
    void fail(Error error);
    void warn(Warning warning);
    bool failed() const { return !errors_.empty(); }
    bool failedOn(const QString& field) const;

    // The first error, with the others in Error::more; or success with the
    // warnings.
    Result<void> result() const;
    const std::vector<Warning>& warnings() const { return warnings_; }

private:
    std::vector<Error> errors_;
    std::vector<Warning> warnings_;
};

} // namespace tumbuh::store
