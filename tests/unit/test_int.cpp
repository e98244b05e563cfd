// tests/unit/test_int.cpp: int and bool: small/big arithmetic and the
// switch between them, floor division and modulo signs, shifts and bit
// operations on negatives, int <-> str and int <-> float conversions, and
// hashes. Every expected value was printed by CPython 3.11.
#include <catch2/catch.hpp>

#include "tests/unit/support.h"

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

Value I(std::int64_t i) { return rt::make_int(i); }
Value pow_int(std::int64_t base, std::int64_t exp) { return rt::int_binary(BinaryOp::Power, I(base), I(exp)).release_value(); }

using minipy::testing::outcome;

std::string op(BinaryOp o, Value a, Value b) { return outcome(rt::binary_op(o, a, b)); }

}  // namespace

TEST_CASE("ints past 48 bits become GMP ints and print exactly", "[int]") {
    rt::init_runtime();
    Value x = pow_int(2, 200);
    CHECK(rt::is_big_int(x));
    CHECK(rt::int_to_string(x) == "1606938044258990275541962092341162602522202993782792835301376");
    CHECK(outcome(pow_int(2, 64)) == "18446744073709551616");
    CHECK(op(BinaryOp::Subtract, pow_int(2, 63), I(1)) == "9223372036854775807");
    // Results that fit again are small ints (the invariant == relies on).
    Value back = rt::binary_op(BinaryOp::Subtract, rt::binary_op(BinaryOp::Add, x, I(1)).value(), x).value();
    CHECK(back.is_small_int());
    CHECK(back.as_small_int() == 1);
    CHECK(rt::int_to_string(pow_int(-3, 70)) == "2503155504993241601315571986085849");
    CHECK(rt::int_to_string(rt::int_unary(rt::UnaryOp::Negative, pow_int(3, 70)).value()) ==
          "-2503155504993241601315571986085849");
    CHECK(rt::int_to_string(pow_int(2, 100), 16) == "10000000000000000000000000");
    CHECK(rt::int_to_string(I(-255), 16) == "-ff");
    CHECK(rt::int_to_string(I(5), 2) == "101");
}

TEST_CASE("small int arithmetic overflows into big ints and back", "[int]") {
    rt::init_runtime();
    Value max = I(Value::kSmallIntMax);
    Value over = rt::binary_op(BinaryOp::Add, max, I(1)).value();
    CHECK(rt::is_big_int(over));
    CHECK(rt::binary_op(BinaryOp::Subtract, over, I(1)).value().is(max));
    CHECK(op(BinaryOp::Multiply, I(Value::kSmallIntMax), I(Value::kSmallIntMax)) == "19807040628565802923409276929");
    CHECK(op(BinaryOp::Multiply, I(-(std::int64_t{1} << 40)), I(std::int64_t{1} << 40)) == "-1208925819614629174706176");
    CHECK(rt::make_int(INT64_MIN).is_object());
    CHECK(rt::int_to_string(rt::make_int(INT64_MIN)) == "-9223372036854775808");
    // 50! computed by repeated multiplication.
    Value n = I(1);
    for (int i = 1; i <= 50; ++i) n = rt::binary_op(BinaryOp::InplaceMultiply, n, I(i)).value();
    CHECK(rt::int_to_string(n) == "30414093201713378043612608166064768844377641568960512000000000000");
    CHECK(op(BinaryOp::Remainder, n, I(1000003)) == "850717");
}

TEST_CASE("floor division and modulo floor toward negative infinity", "[int]") {
    rt::init_runtime();
    struct Case { std::int64_t a, b; const char *quotient, *remainder; };
    const Case cases[] = {
        {7, 2, "3", "1"},   {-7, 2, "-4", "1"},  {7, -2, "-4", "-1"}, {-7, -2, "3", "-1"},
        {7, -3, "-3", "-2"}, {-10, 5, "-2", "0"}, {13, -1, "-13", "0"}, {-1, 10, "-1", "9"},
        {0, 5, "0", "0"},
    };
    for (const Case& c : cases) {
        INFO(c.a << " // " << c.b);
        CHECK(op(BinaryOp::FloorDivide, I(c.a), I(c.b)) == c.quotient);
        CHECK(op(BinaryOp::Remainder, I(c.a), I(c.b)) == c.remainder);
    }
    Value big = rt::binary_op(BinaryOp::Add, pow_int(10, 30), I(7)).value();
    Value neg_big = rt::int_unary(rt::UnaryOp::Negative, big).value();
    CHECK(op(BinaryOp::FloorDivide, big, I(3)) == "333333333333333333333333333335");
    CHECK(op(BinaryOp::Remainder, big, I(3)) == "2");
    CHECK(op(BinaryOp::FloorDivide, neg_big, I(3)) == "-333333333333333333333333333336");
    CHECK(op(BinaryOp::Remainder, neg_big, I(3)) == "1");
    Value neg80 = rt::int_unary(rt::UnaryOp::Negative, pow_int(2, 80)).value();
    CHECK(op(BinaryOp::Remainder, neg80, I(7)) == "3");
    CHECK(op(BinaryOp::FloorDivide, neg80, I(7)) == "-172703688516375596386597");
    CHECK(op(BinaryOp::Remainder, pow_int(2, 80), I(-7)) == "-3");
}

TEST_CASE("int division by zero raises CPython's messages", "[int]") {
    rt::init_runtime();
    CHECK(op(BinaryOp::FloorDivide, I(7), I(0)) == "ZeroDivisionError: integer division or modulo by zero");
    CHECK(op(BinaryOp::Remainder, I(7), I(0)) == "ZeroDivisionError: integer modulo by zero");
    CHECK(op(BinaryOp::TrueDivide, I(7), I(0)) == "ZeroDivisionError: division by zero");
    CHECK(op(BinaryOp::FloorDivide, pow_int(2, 100), Value::boolean(false)) ==
          "ZeroDivisionError: integer division or modulo by zero");
    CHECK(op(BinaryOp::Power, I(0), I(-1)) == "ZeroDivisionError: 0.0 cannot be raised to a negative power");
}

TEST_CASE("int true division is correctly rounded", "[int]") {
    rt::init_runtime();
    CHECK(op(BinaryOp::TrueDivide, I(7), I(2)) == "3.5");
    CHECK(op(BinaryOp::TrueDivide, I(-7), I(2)) == "-3.5");
    CHECK(op(BinaryOp::TrueDivide, I(1), I(3)) == "0.3333333333333333");
    CHECK(op(BinaryOp::TrueDivide, I(0), I(-5)) == "-0.0");
    CHECK(op(BinaryOp::TrueDivide, pow_int(10, 20), pow_int(10, 10)) == "10000000000.0");
    CHECK(op(BinaryOp::TrueDivide, rt::binary_op(BinaryOp::Add, pow_int(10, 30), I(1)).value(), pow_int(10, 15)) ==
          "1000000000000000.0");
    CHECK(op(BinaryOp::TrueDivide, rt::binary_op(BinaryOp::Add, pow_int(2, 80), I(1)).value(), I(3)) ==
          "4.029752732048764e+23");
    CHECK(op(BinaryOp::TrueDivide, rt::int_unary(rt::UnaryOp::Negative, pow_int(10, 25)).value(), I(7)) ==
          "-1.4285714285714285e+24");
    CHECK(op(BinaryOp::TrueDivide, rt::binary_op(BinaryOp::Add, pow_int(2, 53), I(1)).value(), I(1)) ==
          "9007199254740992.0");
    CHECK(op(BinaryOp::TrueDivide, pow_int(2, 2000), pow_int(2, 1990)) == "1024.0");
    CHECK(op(BinaryOp::TrueDivide, I(1), pow_int(2, 1074)) == "5e-324");
    CHECK(op(BinaryOp::TrueDivide, I(3), pow_int(2, 1075)) == "1e-323");
    CHECK(op(BinaryOp::TrueDivide, I(1), pow_int(10, 400)) == "0.0");
    CHECK(op(BinaryOp::TrueDivide, pow_int(10, 400), rt::binary_op(BinaryOp::Add, pow_int(10, 399), I(1)).value()) ==
          "10.0");
    CHECK(op(BinaryOp::TrueDivide, pow_int(2, 2000), I(3)) ==
          "OverflowError: integer division result too large for a float");
}

TEST_CASE("shifts and bit operations use two's complement", "[int]") {
    rt::init_runtime();
    CHECK(op(BinaryOp::LShift, I(1), I(10)) == "1024");
    CHECK(op(BinaryOp::LShift, I(1), I(70)) == "1180591620717411303424");
    CHECK(op(BinaryOp::LShift, I(-3), I(4)) == "-48");
    CHECK(op(BinaryOp::RShift, I(-1), I(5)) == "-1");
    CHECK(op(BinaryOp::RShift, I(-16), I(2)) == "-4");
    CHECK(op(BinaryOp::RShift, I(-17), I(2)) == "-5");
    CHECK(op(BinaryOp::RShift, I(5), pow_int(2, 100)) == "0");
    CHECK(op(BinaryOp::RShift, I(-5), pow_int(2, 100)) == "-1");
    CHECK(op(BinaryOp::RShift, rt::int_unary(rt::UnaryOp::Negative, pow_int(2, 80)).value(), I(3)) ==
          "-151115727451828646838272");
    CHECK(op(BinaryOp::LShift, I(1), I(-1)) == "ValueError: negative shift count");
    CHECK(op(BinaryOp::RShift, pow_int(2, 80), I(-1)) == "ValueError: negative shift count");
    CHECK(op(BinaryOp::And, I(-12), I(10)) == "0");
    CHECK(op(BinaryOp::Or, I(-12), I(10)) == "-2");
    CHECK(op(BinaryOp::Xor, I(-12), I(10)) == "-2");
    CHECK(op(BinaryOp::And, I(-1), I(0xFF)) == "255");
    Value mask = rt::binary_op(BinaryOp::Subtract, pow_int(2, 70), I(1)).value();
    CHECK(op(BinaryOp::And, mask, rt::int_unary(rt::UnaryOp::Negative, pow_int(2, 64)).value()) ==
          "1162144876643701751808");
    CHECK(outcome(rt::int_unary(rt::UnaryOp::Invert, I(5))) == "-6");
    CHECK(outcome(rt::int_unary(rt::UnaryOp::Invert, I(-1))) == "0");
    CHECK(outcome(rt::int_unary(rt::UnaryOp::Invert, pow_int(2, 80))) == "-1208925819614629174706177");
}

TEST_CASE("int powers: negative exponents give floats", "[int]") {
    rt::init_runtime();
    CHECK(op(BinaryOp::Power, I(3), I(4)) == "81");
    CHECK(op(BinaryOp::Power, I(2), I(-1)) == "0.5");
    CHECK(op(BinaryOp::Power, I(10), I(-2)) == "0.01");
    CHECK(op(BinaryOp::Power, I(-2), I(3)) == "-8");
    CHECK(op(BinaryOp::Power, I(0), I(0)) == "1");
    CHECK(op(BinaryOp::Power, I(-1), pow_int(10, 30)) == "1");
    CHECK(op(BinaryOp::Power, pow_int(2, 2000), I(-1)) == "OverflowError: int too large to convert to float");
    CHECK(op(BinaryOp::Power, I(2), pow_int(10, 30)) == "MemoryError");
}

TEST_CASE("int() parsing follows CPython", "[int]") {
    rt::init_runtime();
    struct Case { const char* text; int base; const char* expected; };
    const Case cases[] = {
        {"42", 10, "42"},
        {" 42 ", 10, "42"},
        {"\t+42\n", 10, "42"},
        {"-17", 10, "-17"},
        {"1_000", 10, "1000"},
        {"0_7", 10, "7"},
        {"ff", 16, "255"},
        {"0xff", 16, "255"},
        {"0b1", 16, "177"},
        {"  -0x_ff  ", 0, "-255"},
        {"0o17", 0, "15"},
        {"0O17", 8, "15"},
        {"00_0", 0, "0"},
        {"zzzzzzzzzzzzz", 36, "170581728179578208255"},
        {"9999999999999999999", 10, "9999999999999999999"},
        {"123456789012345678", 10, "123456789012345678"},
        {"abc", 10, "ValueError: invalid literal for int() with base 10: 'abc'"},
        {"", 10, "ValueError: invalid literal for int() with base 10: ''"},
        {"  ", 10, "ValueError: invalid literal for int() with base 10: '  '"},
        {"1 2", 10, "ValueError: invalid literal for int() with base 10: '1 2'"},
        {"1__0", 10, "ValueError: invalid literal for int() with base 10: '1__0'"},
        {"_1", 10, "ValueError: invalid literal for int() with base 10: '_1'"},
        {"1_", 10, "ValueError: invalid literal for int() with base 10: '1_'"},
        {"-", 10, "ValueError: invalid literal for int() with base 10: '-'"},
        {"010", 0, "ValueError: invalid literal for int() with base 0: '010'"},
        {"08", 0, "ValueError: invalid literal for int() with base 0: '08'"},
        {"0x", 0, "ValueError: invalid literal for int() with base 0: '0x'"},
        {"0_", 0, "ValueError: invalid literal for int() with base 0: '0_'"},
        {"0b102", 0, "ValueError: invalid literal for int() with base 0: '0b102'"},
        {"0x", 16, "ValueError: invalid literal for int() with base 16: '0x'"},
        {"12", 2, "ValueError: invalid literal for int() with base 2: '12'"},
        {"1", 1, "ValueError: int() base must be >= 2 and <= 36, or 0"},
        {"1", 37, "ValueError: int() base must be >= 2 and <= 36, or 0"},
    };
    for (const Case& c : cases) {
        INFO(c.text << " base " << c.base);
        CHECK(outcome(rt::int_from_string(c.text, c.base)) == c.expected);
    }
    CHECK(outcome(rt::int_from_string(std::string(4301, '1'), 10)) ==
          "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; "
          "use sys.set_int_max_str_digits() to increase the limit");
    CHECK(outcome(rt::repr(pow_int(10, 4300))) ==
          "ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
          "use sys.set_int_max_str_digits() to increase the limit");
    CHECK(rt::int_from_string(std::string(5000, 'f'), 16).value().is_object());
}

TEST_CASE("int hashes match CPython's", "[int][hash]") {
    rt::init_runtime();
    CHECK(rt::int_hash(I(-1)) == -2);
    CHECK(rt::int_hash(I(0)) == 0);
    CHECK(rt::int_hash(Value::boolean(true)) == 1);
    CHECK(rt::int_hash(pow_int(2, 61)) == 1);
    CHECK(rt::int_hash(rt::int_unary(rt::UnaryOp::Negative, pow_int(2, 61)).value()) == -2);
    CHECK(rt::int_hash(pow_int(2, 100)) == 549755813888);
    CHECK(rt::int_hash(rt::int_unary(rt::UnaryOp::Negative, pow_int(2, 100)).value()) == -549755813888);
    CHECK(rt::int_hash(pow_int(2, 64)) == 8);
    CHECK(rt::int_hash(pow_int(10, 30)) == 465258685558744706);
    CHECK(rt::int_hash(rt::binary_op(BinaryOp::Subtract, pow_int(2, 61), I(1)).value()) == 0);
    CHECK(rt::int_hash(rt::binary_op(BinaryOp::Subtract, pow_int(2, 61), I(2)).value()) == 2305843009213693950);
    CHECK(rt::hash(pow_int(2, 100)).value() == 549755813888);
}

TEST_CASE("ints convert to float rounding half to even", "[int][float]") {
    rt::init_runtime();
    CHECK(rt::int_to_double(rt::binary_op(BinaryOp::Add, pow_int(2, 53), I(1)).value()).value() == 9007199254740992.0);
    CHECK(rt::int_to_double(rt::binary_op(BinaryOp::Add, pow_int(2, 53), I(3)).value()).value() == 9007199254740996.0);
    CHECK(rt::int_to_double(rt::int_unary(rt::UnaryOp::Negative, pow_int(2, 63)).value()).value() ==
          -9223372036854775808.0);
    auto huge = rt::int_to_double(rt::binary_op(BinaryOp::Subtract, pow_int(2, 1024), pow_int(2, 970)).value());
    REQUIRE(huge.is_error());
    CHECK(outcome(rt::Result<Value>(rt::kError)) == "OverflowError: int too large to convert to float");
    CHECK(outcome(rt::int_from_double(1e20)) == "100000000000000000000");
    CHECK(outcome(rt::int_from_double(-3.9)) == "-3");
    CHECK(outcome(rt::int_from_double(HUGE_VAL)) == "OverflowError: cannot convert float infinity to integer");
    CHECK(outcome(rt::int_from_double(NAN)) == "ValueError: cannot convert float NaN to integer");
}

TEST_CASE("ints and floats compare exactly", "[int][float]") {
    rt::init_runtime();
    Value above = rt::binary_op(BinaryOp::Add, pow_int(2, 53), I(1)).value();
    Value two53 = Value::number(9007199254740992.0);
    CHECK(outcome(rt::compare(above, two53, rt::CompareOp::Gt)) == "True");
    CHECK(outcome(rt::compare(above, two53, rt::CompareOp::Eq)) == "False");
    CHECK(outcome(rt::compare(two53, above, rt::CompareOp::Lt)) == "True");
    CHECK(outcome(rt::compare(pow_int(10, 20), Value::number(1e19), rt::CompareOp::Gt)) == "True");
    CHECK(outcome(rt::compare(I(1), Value::number(1.0), rt::CompareOp::Eq)) == "True");
    CHECK(outcome(rt::compare(I(-1), Value::number(-0.5), rt::CompareOp::Lt)) == "True");
    CHECK(outcome(rt::compare(pow_int(2, 2000), Value::number(HUGE_VAL), rt::CompareOp::Lt)) == "True");
    CHECK(outcome(rt::compare(I(1), Value::number(NAN), rt::CompareOp::Ne)) == "True");
    CHECK(outcome(rt::compare(I(1), Value::number(NAN), rt::CompareOp::Le)) == "False");
}

TEST_CASE("bool arithmetic gives ints but bool bit operations give bools", "[int][bool]") {
    rt::init_runtime();
    Value t = Value::boolean(true), f = Value::boolean(false);
    CHECK(op(BinaryOp::Add, t, t) == "2");
    CHECK(op(BinaryOp::Multiply, t, I(7)) == "7");
    CHECK(op(BinaryOp::And, t, t) == "True");
    CHECK(op(BinaryOp::Or, f, t) == "True");
    CHECK(op(BinaryOp::Xor, t, t) == "False");
    CHECK(op(BinaryOp::And, t, I(3)) == "1");
    CHECK(outcome(rt::unary_op(rt::UnaryOp::Negative, t)) == "-1");
    CHECK(outcome(rt::unary_op(rt::UnaryOp::Invert, t)) == "-2");
    CHECK(op(BinaryOp::Add, I(1), rt::make_str("a")) == "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
}
