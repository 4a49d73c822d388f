#pragma once

#include "domain/LookupError.h"

#include <utility>
#include <variant>

namespace Paydesk {

// A value or the LookupError that explains why there is none.
template <typename T>
class Result {
public:
    Result(T value)
        : m_state(std::move(value)) {} // NOLINT(google-explicit-constructor)
    Result(LookupError error)
        : m_state(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const LookupError &error() const { return std::get<LookupError>(m_state); }

private:
    std::variant<T, LookupError> m_state;
};

} // namespace Paydesk
