// tests/unit/support.h: helpers the unit tests share.
#pragma once

#include <catch2/catch.hpp>

#include <string>

#include "runtime/exceptions.h"
#include "runtime/ops.h"

namespace minipy::testing {

// repr() of a successful result, or "Type: message" of the exception it raised.
inline std::string outcome(rt::Result<rt::Value> r) {
    if (!r.is_error()) {
        auto text = rt::repr_string(r.value());
        REQUIRE(!text.is_error());
        return text.release_value();
    }
    rt::Value exc = rt::take_exception();
    auto text = rt::str_string(exc);
    REQUIRE(!text.is_error());
    std::string message = text.release_value();
    std::string type(rt::type_name(exc));
    return message.empty() ? type : type + ": " + message;
}

}  // namespace minipy::testing
