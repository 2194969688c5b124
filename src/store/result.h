#pragma once
// Result<T>: a value (with possibly some warnings) or an Error. A stand-in for
// std::expected, which GCC 12 does not have.
#include "store/error.h"
#include "store/warning.h"

#include <cassert>
#include <utility>
#include <variant>
#include <vector>

namespace tumbuh::store {

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value, std::vector<Warning> warnings = {})
        : state_(std::in_place_index<0>, std::move(value)), warnings_(std::move(warnings)) { }
    Result(Error error) : state_(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() &
    {
        assert(ok());
        return std::get<0>(state_);
    }
    const T& value() const&
    {
        assert(ok());
        return std::get<0>(state_);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<0>(std::move(state_));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const
    {
        assert(!ok());
        return std::get<1>(state_);
    }

    const std::vector<Warning>& warnings() const { return warnings_; }
    void addWarning(Warning w) { warnings_.push_back(std::move(w)); }
    void addWarnings(const std::vector<Warning>& ws) { warnings_.insert(warnings_.end(), ws.begin(), ws.end()); }

private:
    std::variant<T, Error> state_;
    std::vector<Warning> warnings_;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result(std::vector<Warning> warnings = {}) : warnings_(std::move(warnings)) { }
    Result(Error error) : error_(std::move(error)), failed_(true) { }

    bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    const Error& error() const
    {
        assert(failed_);
        return error_;
    }

    const std::vector<Warning>& warnings() const { return warnings_; }
    void addWarning(Warning w) { warnings_.push_back(std::move(w)); }
    void addWarnings(const std::vector<Warning>& ws) { warnings_.insert(warnings_.end(), ws.begin(), ws.end()); }

private:
    Error error_;
    bool failed_ = false;
    std::vector<Warning> warnings_;
};

} // namespace tumbuh::store
