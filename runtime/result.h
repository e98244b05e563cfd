// runtime/result.h: errors as values. A runtime operation that can fail
// returns Result<T>: a T, or "an exception is pending in the thread state"
// (CPython's NULL-plus-pending model, with LibJS's type safety).
//
// MINIPY_TRY uses a GNU statement expression (as SerenityOS AK/Try.h does):
// g++ and clang both support it, and it lets `auto x = MINIPY_TRY(f());`
// read like the happy path.
#pragma once

#include <utility>

#include "runtime/value.h"

namespace minipy::rt {

// Converts to any Result<T>: "the exception is already pending".
struct Error {};
inline constexpr Error kError{};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)), m_ok(true) {}
    Result(Error) : m_value(), m_ok(false) {}
    bool is_error() const { return !m_ok; }
    T& value() { return m_value; }
    T release_value() { return std::move(m_value); }

private:
    T m_value;
    bool m_ok;
};

// Result<Value> is one word: the null Value marks the error.
template <>
class [[nodiscard]] Result<Value> {
public:
    Result(Value value) : m_value(value) {}
    Result(Error) : m_value(Value::null()) {}
    bool is_error() const { return m_value.is_null(); }
    Value value() const { return m_value; }
    Value release_value() const { return m_value; }

private:
    Value m_value;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() : m_ok(true) {}
    Result(Error) : m_ok(false) {}
    bool is_error() const { return !m_ok; }
    void release_value() const {}

private:
    bool m_ok;
};

}  // namespace minipy::rt

// Evaluates [expr]; on error returns the error from the enclosing function.
#define MINIPY_TRY(expr)                                     \
    ({                                                       \
        auto _minipy_result = (expr);                        \
        if (_minipy_result.is_error()) return ::minipy::rt::kError; \
        _minipy_result.release_value();                      \
    })
