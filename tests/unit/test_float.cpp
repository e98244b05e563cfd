// tests/unit/test_float.cpp: float: the shortest repr in CPython's layout,
// floor division/modulo signs, pow's special cases, hashes, parsing, and
// round() for floats and ints. Every expected value was printed by CPython 3.11.
#include <catch2/catch.hpp>

#include "tests/unit/support.h"

#include <cmath>
#include <string>

#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"

namespace {

namespace rt = minipy::rt;
using rt::BinaryOp;
using rt::Value;

Value F(double d) { return Value::number(d); }
Value I(std::int64_t i) { return rt::make_int(i); }
Value pow_int(std::int64_t base, std::int64_t exp) { return rt::int_binary(BinaryOp::Power, I(base), I(exp)).release_value(); }

using minipy::testing::outcome;

std::string op(BinaryOp o, Value a, Value b) { return outcome(rt::binary_op(o, a, b)); }

}  // namespace

TEST_CASE("float repr is the shortest round trip in CPython's layout", "[float][repr]") {
    rt::init_runtime();
    CHECK(rt::float_repr(0.1 + 0.2) == "0.30000000000000004");
    CHECK(rt::float_repr(1e16) == "1e+16");
    CHECK(rt::float_repr(1e-5) == "1e-05");
    CHECK(rt::float_repr(0.0001) == "0.0001");
    CHECK(rt::float_repr(123456789.0) == "123456789.0");
    CHECK(rt::float_repr(1e22) == "1e+22");
    CHECK(rt::float_repr(5e-324) == "5e-324");
    CHECK(rt::float_repr(-0.0) == "-0.0");
    CHECK(rt::float_repr(0.0) == "0.0");
    CHECK(rt::float_repr(100.0) == "100.0");
    CHECK(rt::float_repr(1e15) == "1000000000000000.0");
    CHECK(rt::float_repr(1.5e-7) == "1.5e-07");
    CHECK(rt::float_repr(-2.5e-5) == "-2.5e-05");
    CHECK(rt::float_repr(1.7976931348623157e308) == "1.7976931348623157e+308");
    CHECK(rt::float_repr(9007199254740993.0) == "9007199254740992.0");
    CHECK(rt::float_repr(HUGE_VAL) == "inf");
    CHECK(rt::float_repr(-HUGE_VAL) == "-inf");
    CHECK(rt::float_repr(NAN) == "nan");
    CHECK(outcome(rt::Result<Value>(F(0.5))) == "0.5");
}

TEST_CASE("float floor division and modulo take the divisor's sign", "[float]") {
    rt::init_runtime();
    CHECK(op(BinaryOp::FloorDivide, F(-7.5), I(2)) == "-4.0");
    CHECK(op(BinaryOp::Remainder, F(7.5), I(-2)) == "-0.5");
    CHECK(op(BinaryOp::Remainder, F(-7.5), I(2)) == "0.5");
    CHECK(op(BinaryOp::FloorDivide, I(7), F(2.0)) == "3.0");
    CHECK(op(BinaryOp::Remainder, F(0.0), I(-1)) == "-0.0");
    CHECK(op(BinaryOp::FloorDivide, F(-0.0), I(1)) == "-0.0");
    CHECK(op(BinaryOp::TrueDivide, F(1.0), I(0)) == "ZeroDivisionError: float division by zero");
    CHECK(op(BinaryOp::FloorDivide, F(1.0), I(0)) == "ZeroDivisionError: float floor division by zero");
    CHECK(op(BinaryOp::Remainder, I(5), F(-0.0)) == "ZeroDivisionError: float modulo");
    CHECK(op(BinaryOp::Multiply, F(1e308), I(10)) == "inf");
    CHECK(op(BinaryOp::Add, I(1), F(0.5)) == "1.5");
    CHECK(op(BinaryOp::Add, F(1.0), pow_int(2, 2000)) == "OverflowError: int too large to convert to float");
    CHECK(op(BinaryOp::And, F(1.5), I(1)) == "TypeError: unsupported operand type(s) for &: 'float' and 'int'");
}

TEST_CASE("float powers follow CPython's special cases", "[float]") {
    rt::init_runtime();
    CHECK(op(BinaryOp::Power, I(2), F(0.5)) == "1.4142135623730951");
    CHECK(op(BinaryOp::Power, F(-2.0), I(2)) == "4.0");
    CHECK(op(BinaryOp::Power, I(-1), F(1e300)) == "1.0");
    CHECK(op(BinaryOp::Power, F(HUGE_VAL), I(-1)) == "0.0");
    CHECK(op(BinaryOp::Power, F(NAN), I(0)) == "1.0");
    CHECK(op(BinaryOp::Power, F(0.0), I(-1)) == "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    CHECK(op(BinaryOp::Power, F(10.0), I(400)) == "OverflowError: (34, 'Numerical result out of range')");
    CHECK(op(BinaryOp::Power, I(-8), F(1.0 / 3)).rfind("ValueError: negative number cannot be raised to a fractional power", 0) == 0);
}

TEST_CASE("float hashes match CPython's", "[float][hash]") {
    rt::init_runtime();
    CHECK(rt::float_hash(1.0) == 1);
    CHECK(rt::float_hash(-1.0) == -2);
    CHECK(rt::float_hash(0.5) == 1152921504606846976);
    CHECK(rt::float_hash(-0.5) == -1152921504606846976);
    CHECK(rt::float_hash(1e300) == 1224995262755759164);
    CHECK(rt::float_hash(-1e-300) == -482449582752280463);
    CHECK(rt::float_hash(3.14159) == 326484311674566659);
    CHECK(rt::float_hash(std::ldexp(1.0, 70)) == 512);
    CHECK(rt::float_hash(std::ldexp(1.0, 70)) == rt::int_hash(pow_int(2, 70)));
    CHECK(rt::float_hash(HUGE_VAL) == 314159);
    CHECK(rt::float_hash(-HUGE_VAL) == -314159);
}

TEST_CASE("float() parses CPython's syntax", "[float]") {
    rt::init_runtime();
    struct Case { const char* text; const char* expected; };
    const Case cases[] = {
        {" 1.5 ", "1.5"},
        {"1_0.5", "10.5"},
        {"1_0.0_1", "10.01"},
        {"1e1_0", "10000000000.0"},
        {" -Infinity ", "-inf"},
        {"inf", "inf"},
        {"nAn", "nan"},
        {"-nan", "nan"},
        {".5", "0.5"},
        {"5.", "5.0"},
        {"-.5e-3", "-0.0005"},
        {"1e500", "inf"},
        {"-1e500", "-inf"},
        {"abc", "ValueError: could not convert string to float: 'abc'"},
        {"0x10", "ValueError: could not convert string to float: '0x10'"},
        {"1_e5", "ValueError: could not convert string to float: '1_e5'"},
        {"1e_5", "ValueError: could not convert string to float: '1e_5'"},
        {"1._5", "ValueError: could not convert string to float: '1._5'"},
        {".", "ValueError: could not convert string to float: '.'"},
        {"", "ValueError: could not convert string to float: ''"},
        {"1e", "ValueError: could not convert string to float: '1e'"},
        {"in f", "ValueError: could not convert string to float: 'in f'"},
        {"infinityx", "ValueError: could not convert string to float: 'infinityx'"},
        {"1.2.3", "ValueError: could not convert string to float: '1.2.3'"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        CHECK(outcome(rt::float_from_string(c.text)) == c.expected);
    }
}

TEST_CASE("round() rounds the exact value half to even", "[float][int][round]") {
    rt::init_runtime();
    struct Case { Value x; Value ndigits; const char* expected; };
    const Case cases[] = {
        {F(2.675), I(2), "2.67"},
        {F(0.5), Value::none(), "0"},
        {F(1.5), Value::none(), "2"},
        {F(2.5), Value::none(), "2"},
        {F(-2.5), Value::none(), "-2"},
        {F(-0.5), Value::none(), "0"},
        {F(-3.5), Value::none(), "-4"},
        {F(1e15 + 0.5), Value::none(), "1000000000000000"},
        {F(3.14159), I(3), "3.142"},
        {F(-1.25), I(1), "-1.2"},
        {F(0.125), I(2), "0.12"},
        {F(0.375), I(2), "0.38"},
        {F(123.456), I(-1), "120.0"},
        {F(1.0), I(0), "1.0"},
        {F(2.5), I(0), "2.0"},
        {F(-0.4), I(0), "-0.0"},
        {F(125.0000001), I(-1), "130.0"},
        {F(1e300), I(-301), "0.0"},
        {F(1.5), pow_int(2, 70), "1.5"},
        {F(NAN), I(2), "nan"},
        {F(HUGE_VAL), Value::none(), "OverflowError: cannot convert float infinity to integer"},
        {F(1.7976931348623157e308), I(-308), "OverflowError: rounded value too large to represent"},
        {F(1.5), F(1.0), "TypeError: 'float' object cannot be interpreted as an integer"},
        {I(7), Value::none(), "7"},
        {Value::boolean(true), Value::none(), "1"},
        {I(1234), I(-2), "1200"},
        {I(1250), I(-2), "1200"},
        {I(1350), I(-2), "1400"},
        {I(15), I(-1), "20"},
        {I(25), I(-1), "20"},
        {I(-150), I(-2), "-200"},
        {I(250), I(-2), "200"},
        {I(5), I(-1), "0"},
        {I(123), I(-5), "0"},
        {I(5), I(3), "5"},
        {pow_int(2, 100), I(-30), "1000000000000000000000000000000"},
        {rt::make_str("x"), Value::none(), "TypeError: type str doesn't define __round__ method"},
    };
    for (const Case& c : cases) {
        INFO(outcome(rt::Result<Value>(c.x)) << ", " << outcome(rt::Result<Value>(c.ndigits)));
        CHECK(outcome(rt::round_value(c.x, c.ndigits)) == c.expected);
    }
    CHECK(outcome(rt::round_value(rt::int_from_string("123456789123456789123456789", 10).value(), I(-5))) ==
          "123456789123456789123500000");
    CHECK(rt::round_value(F(2.5), Value::null()).value().is_small_int());
}

TEST_CASE("float methods and truthiness", "[float]") {
    rt::init_runtime();
    auto call = [](Value self, const char* name) {
        auto method = rt::getattr(self, rt::intern(name));
        REQUIRE(!method.is_error());
        return outcome(rt::call0(method.value()));
    };
    CHECK(call(F(2.0), "is_integer") == "True");
    CHECK(call(F(2.5), "is_integer") == "False");
    CHECK(call(F(-0.0), "is_integer") == "True");
    CHECK(call(F(0.5), "as_integer_ratio") == "(1, 2)");
    CHECK(call(F(-0.75), "as_integer_ratio") == "(-3, 4)");
    CHECK(call(F(HUGE_VAL), "as_integer_ratio") == "OverflowError: cannot convert Infinity to integer ratio");
    CHECK(rt::truthy(F(0.0)).value() == false);
    CHECK(rt::truthy(F(-0.0)).value() == false);
    CHECK(rt::truthy(F(NAN)).value() == true);
}
