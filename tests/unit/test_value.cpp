// tests/unit/test_value.cpp: the NaN-boxed Value word (runtime/value.h).
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "runtime/int_object.h"
#include "runtime/runtime.h"
#include "runtime/value.h"

using minipy::rt::Value;

TEST_CASE("doubles round-trip through the word, NaNs canonicalised", "[value]") {
    for (double d : {0.0, -0.0, 1.5, -3.25e300, 5e-324, std::numeric_limits<double>::infinity(),
                     -std::numeric_limits<double>::infinity()}) {
        Value v = Value::number(d);
        REQUIRE(v.is_double());
        REQUIRE_FALSE(v.is_small_int());
        REQUIRE(std::bit_cast<std::uint64_t>(v.as_double()) == std::bit_cast<std::uint64_t>(d));
    }
    Value nan = Value::number(-std::numeric_limits<double>::quiet_NaN());
    REQUIRE(nan.is_double());
    REQUIRE(std::isnan(nan.as_double()));
    REQUIRE(nan.bits() == Value::kCanonicalNaN);
}

TEST_CASE("small ints keep 48 bits of two's complement", "[value]") {
    for (std::int64_t i : {std::int64_t{0}, std::int64_t{1}, std::int64_t{-1}, Value::kSmallIntMax, Value::kSmallIntMin}) {
        Value v = Value::small_int(i);
        REQUIRE(v.is_small_int());
        REQUIRE_FALSE(v.is_double());
        REQUIRE(v.as_small_int() == i);
    }
    REQUIRE(Value::fits_small(Value::kSmallIntMax));
    REQUIRE_FALSE(Value::fits_small(Value::kSmallIntMax + 1));
    REQUIRE(Value::both_small_ints(Value::small_int(3), Value::small_int(-4)));
    REQUIRE_FALSE(Value::both_small_ints(Value::small_int(3), Value::number(4.0)));
    REQUIRE_FALSE(Value::both_small_ints(Value::small_int(3), Value::none()));
}

TEST_CASE("the specials are distinct and are neither ints nor doubles", "[value]") {
    Value specials[] = {Value::none(), Value::boolean(true), Value::boolean(false), Value::null(), Value::exhausted()};
    for (std::size_t i = 0; i < std::size(specials); ++i) {
        REQUIRE_FALSE(specials[i].is_double());
        REQUIRE_FALSE(specials[i].is_small_int());
        REQUIRE_FALSE(specials[i].is_object());
        for (std::size_t j = i + 1; j < std::size(specials); ++j) REQUIRE_FALSE(specials[i].is(specials[j]));
    }
    REQUIRE(Value::boolean(true).is_true());
    REQUIRE(Value::boolean(false).is_bool());
}

TEST_CASE("make_int stays small when it fits and goes to the heap when not", "[value][int]") {
    minipy::rt::init_runtime();
    REQUIRE(minipy::rt::make_int(Value::kSmallIntMax).is_small_int());
    Value big = minipy::rt::make_int(Value::kSmallIntMax + 1);
    REQUIRE(big.is_object());
    REQUIRE(minipy::rt::is_int(big));
    REQUIRE(minipy::rt::int_to_string(big) == "140737488355328");
}
