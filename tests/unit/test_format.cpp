// tests/unit/test_format.cpp: format() / f-string specs, str.format and `%`
// formatting, driven by tables whose expected column was produced by
// CPython 3.11 itself (format(value, spec), fmt.format(...), fmt % args),
// so every row is a behaviour minipy must match character for character.
#include <catch2/catch.hpp>

#include <cmath>
#include <initializer_list>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/format.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace {

namespace rt = minipy::rt;
using rt::Value;

void ensure_runtime() { rt::init_runtime(); }

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Value builders for the tables.
Value I(std::int64_t i) { return rt::make_int(i); }
Value F(double d) { return Value::number(d); }
Value S(const char* s) { return rt::make_str(s); }
Value B(bool b) { return Value::boolean(b); }
Value N() { return Value::none(); }
Value Big(const char* digits) { return rt::int_from_string(digits, 10).release_value(); }
Value Pow10(int n) { return rt::int_from_string("1" + std::string(static_cast<std::size_t>(n), '0'), 10).release_value(); }
Value T(std::initializer_list<Value> items) { return rt::make_tuple(std::vector<Value>(items)); }
Value L(std::initializer_list<Value> items) { return rt::make_list(std::vector<Value>(items)); }
Value D(std::initializer_list<std::pair<const char*, Value>> items) {
    Value d = rt::make_dict();
    for (auto& [key, value] : items) REQUIRE(!d.as<rt::DictObject>()->set(S(key), value).is_error());
    return d;
}

// The text of a successful result, or "Type: message" of the exception.
std::string outcome(rt::Result<Value> r) {
    if (!r.is_error()) {
        REQUIRE(rt::is_str(r.value()));
        return std::string(rt::str_view(r.value()));
    }
    Value exc = rt::take_exception();
    auto text = rt::str_string(exc);
    REQUIRE(!text.is_error());
    return std::string(rt::type_name(exc)) + ": " + text.release_value();
}

// "fmt".format(*args, **kwargs), called as the VM calls a method.
rt::Result<Value> str_format(const char* fmt, std::vector<Value> args, std::vector<std::pair<const char*, Value>> kwargs) {
    std::vector<Value> names;
    std::size_t nargs = args.size();
    for (auto& [name, value] : kwargs) {
        names.push_back(Value::object(rt::intern(name)));
        args.push_back(value);
    }
    rt::RootVector keep(args);
    auto* kwnames = names.empty() ? nullptr : rt::make_tuple(std::move(names)).as<rt::TupleObject>();
    return rt::str_format_method(S(fmt), rt::CallArgs{args.data(), nargs, kwnames});
}

struct SpecRow {
    Value value;
    const char* spec;
    const char* expected;
};

}  // namespace

TEST_CASE("format() renders str, int, bool, float and None as CPython does", "[format]") {
    ensure_runtime();
    const SpecRow rows[] = {
        {S("ab"), ">6", "    ab"},
        {S("ab"), "<6", "ab    "},
        {S("ab"), "^6", "  ab  "},
        {S("ab"), "*^7", "**ab***"},
        {S("ab"), "05", "ab000"},
        {S("abcdef"), ".3", "abc"},
        {S("abc"), ".0", ""},
        {S("é"), "^5", "  é  "},
        {S("abc"), "€^9", "€€€abc€€€"},
        {S(""), "5", "     "},
        {S("x"), "\012>3", "\012\012x"},
        {I(42), "5", "   42"},
        {I(1234567), ",", "1,234,567"},
        {I(1234567), "_", "1_234_567"},
        {I(255), "x", "ff"},
        {I(255), "X", "FF"},
        {I(255), "#x", "0xff"},
        {I(255), "#X", "0XFF"},
        {I(255), "#o", "0o377"},
        {I(255), "#b", "0b11111111"},
        {I(-255), "#x", "-0xff"},
        {I(5), "08b", "00000101"},
        {I(8), "o", "10"},
        {I(42), "+d", "+42"},
        {I(-42), "d", "-42"},
        {I(5), " d", " 5"},
        {I(-5), " ", "-5"},
        {I(123), "+", "+123"},
        {I(1234), "08,", "0,001,234"},
        {I(1234), "010,", "00,001,234"},
        {I(1234), "0=10,", "00,001,234"},
        {I(1234), "x=10,", "xxxxx1,234"},
        {I(-123), "010_", "-0_000_123"},
        {I(12345), "#010_x", "0x000_3039"},
        {I(255), "#012_b", "0b0_1111_1111"},
        {I(1099511627776), "_b", "1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"},
        {Big("100000000000000000000"), "#_x", "0x5_6bc7_5e2d_6310_0000"},
        {Big("-100000000000000000000"), "015,", "-100,000,000,000,000,000,000"},
        {Big("1000000000000000000000000000000"), ",", "1,000,000,000,000,000,000,000,000,000,000"},
        {Big("-1000000000000000000000000000000"), "#x", "-0xc9f2c9cd04674edea40000000"},
        {Big("1000000000000000000000000000000"), "n", "1000000000000000000000000000000"},
        {I(0), ",", "0"},
        {I(0), "#x", "0x0"},
        {I(0), "#o", "0o0"},
        {I(3), "=5", "    3"},
        {I(-3), "=5", "-   3"},
        {I(-3), "05", "-0003"},
        {I(-3), "<05", "-3000"},
        {I(3), "x<05", "3xxxx"},
        {I(3), "+=5", "++++3"},
        {I(65), "c", "A"},
        {I(5), "10c", "         \005"},
        {I(5), "^10c", "    \005     "},
        {I(5), "010c", "000000000\005"},
        {I(65), "=5c", "    A"},
        {I(1234), "n", "1234"},
        {I(12), "%", "1200.000000%"},
        {I(12), ".1e", "1.2e+01"},
        {Big("1000000000000000000000000000000"), "e", "1.000000e+30"},
        {I(1), ",%", "100.000000%"},
        {I(2), ".1%", "200.0%"},
        {B(true), "", "True"},
        {B(false), "", "False"},
        {B(true), ">5", "    1"},
        {B(true), "d", "1"},
        {B(true), "5", "    1"},
        {B(false), "^7", "   0   "},
        {B(true), "x", "1"},
        {B(true), ".2f", "1.00"},
        {B(true), "c", "\001"},
        {F(3.14159), ".2f", "3.14"},
        {F(3.14159), "08.3f", "0003.142"},
        {F(-3.14159), "08.3f", "-003.142"},
        {F(12345.678), "e", "1.234568e+04"},
        {F(0.25), "%", "25.000000%"},
        {F(0.256), ".1%", "25.6%"},
        {F(2.5), ".0f", "2"},
        {F(0.3333333333333333), ".3", "0.333"},
        {F(1234.5), ",.2f", "1,234.50"},
        {F(1.5), ".3", "1.5"},
        {F(2.0), ".3", "2.0"},
        {F(1e+20), ".3", "1e+20"},
        {F(1e+16), "", "1e+16"},
        {F(1.0), "", "1.0"},
        {F(1.0), "#g", "1.00000"},
        {F(1.0), "#.0f", "1."},
        {F(10000000000.0), "#.0e", "1.e+10"},
        {F(123.0), "#.3g", "123."},
        {F(0.0001), ".3", "0.0001"},
        {F(1234.0), ".2", "1.2e+03"},
        {F(100.0), ".3", "1e+02"},
        {F(100.0), ".4", "100.0"},
        {F(0.0), ".3", "0.0"},
        {F(1e-05), ".3", "1e-05"},
        {F(123456.0), ".6", "1.23456e+05"},
        {F(1234567.0), ".6", "1.23457e+06"},
        {F(1.0), ".0", "1e+00"},
        {F(0.5), ".0", "0.5"},
        {F(1.5), "=+10.2f", "+     1.50"},
        {F(-1.5), " 010.2f", "-000001.50"},
        {F(1.5), " ", " 1.5"},
        {F(12.5), "=+8", "+   12.5"},
        {F(1.0), "#", "1.0"},
        {F(1.0), "#.3", "1.00"},
        {F(100.0), "#.3", "1.00e+02"},
        {F(1e+16), "#", "1.e+16"},
        {F(1.5e+16), "#", "1.5e+16"},
        {F(1e-05), "#", "1.e-05"},
        {F(1.0), "#10", "       1.0"},
        {F(-0.0), "", "-0.0"},
        {F(-0.0), "+", "-0.0"},
        {F(0.0), "+", "+0.0"},
        {F(kInf), "010", "0000000inf"},
        {F(kInf), "010f", "0000000inf"},
        {F(kNaN), "+f", "+nan"},
        {F(kInf), "F", "INF"},
        {F(kInf), "E", "INF"},
        {F(kNaN), "G", "NAN"},
        {F(kInf), "%", "inf%"},
        {F(kInf), ",", "inf"},
        {F(kInf), "010,", "0000000inf"},
        {F(-kInf), "=10", "-      inf"},
        {F(kNaN), "+,", "+nan"},
        {F(1.5), "010,.2f", "000,001.50"},
        {F(-1234.5), "012,.2f", "-0,001,234.50"},
        {F(1234.5), "012,", "00,001,234.5"},
        {F(1e+20), "015,", "000,000,001e+20"},
        {F(1.5), "%", "150.000000%"},
        {F(-1.5), "010%", "-150.000000%"},
        {F(1.5), "#010.0f", "000000002."},
        {F(-0.0), "z", "0.0"},
        {F(-0.0), "z.0e", "0e+00"},
        {F(-1e-09), "z.2g", "-1e-09"},
        {F(-0.0), ".0f", "-0"},
        {F(-0.0), "z.0f", "0"},
        {F(-0.4), "z.0f", "0"},
        {F(-0.6), "z.0f", "-1"},
        {F(-0.001), "z.1f", "0.0"},
        {F(-0.001), "z.1%", "-0.1%"},
        {F(12345678.9), ",", "12,345,678.9"},
        {F(12345678.9), "_.2f", "12_345_678.90"},
        {I(1234567), ",.2f", "1,234,567.00"},
        {F(0.1), "%", "10.000000%"},
        {F(1.0), "n", "1"},
        {F(1234.5), "n", "1234.5"},
        {F(1e-05), "", "1e-05"},
        {F(1.5e-05), ".2", "1.5e-05"},
        {F(123456789.0), ".3n", "1.23e+08"},
        {F(1.0), ".0%", "100%"},
        {F(1.0), "#.0%", "100.%"},
        {F(0.5), ".0e", "5e-01"},
        {F(1e-07), ".3", "1e-07"},
        {F(123.456), ".3", "1.23e+02"},
        {F(99999.5), ".5", "1e+05"},
        {F(999999.5), "", "999999.5"},
        {F(1000000000000000.0), "", "1000000000000000.0"},
        {F(1.2345678901234568e+17), "", "1.2345678901234568e+17"},
        {F(0.1), ".17", "0.10000000000000001"},
        {F(0.1), ".20", "0.10000000000000000555"},
        {F(5e-324), "", "5e-324"},
        {F(5e-324), ".3", "4.94e-324"},
        {F(12345.6789), ",.3f", "12,345.679"},
        {F(1000000.0), ",.0f", "1,000,000"},
        {F(-1234567.891), "_g", "-1.23457e+06"},
        {F(1234567.0), ",g", "1.23457e+06"},
        {F(1.5), "^+9.1f", "  +1.5   "},
        {F(1e+300), ".3e", "1.000e+300"},
        {F(1e+100), ",.0f", "10,000,000,000,000,000,159,028,911,097,599,180,468,360,808,563,945,281,389,781,327,557,747,838,772,170,381,060,813,469,985,856,815,104"},
        {N(), "", "None"},
    };
    for (const SpecRow& row : rows) {
        INFO("format(" << rt::repr_string(row.value).release_value() << ", '" << row.spec << "')");
        CHECK(outcome(rt::format_value(row.value, row.spec)) == row.expected);
    }
}

TEST_CASE("format() rejects bad specs with CPython's messages", "[format][errors]") {
    ensure_runtime();
    const SpecRow rows[] = {
        {I(1), "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"},
        {F(1.0), "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"},
        {S("a"), "abc", "ValueError: Invalid format specifier 'abc' for object of type 'str'"},
        {I(1), "ab", "ValueError: Invalid format specifier 'ab' for object of type 'int'"},
        {S("a"), "d", "ValueError: Unknown format code 'd' for object of type 'str'"},
        {F(1.0), "d", "ValueError: Unknown format code 'd' for object of type 'float'"},
        {I(1), "s", "ValueError: Unknown format code 's' for object of type 'int'"},
        {S("a"), "+", "ValueError: Sign not allowed in string format specifier"},
        {S("a"), " ", "ValueError: Space not allowed in string format specifier"},
        {S("a"), "#", "ValueError: Alternate form (#) not allowed in string format specifier"},
        {S("a"), "=5", "ValueError: '=' alignment not allowed in string format specifier"},
        {S("a"), ",", "ValueError: Cannot specify ',' with 's'."},
        {S("a"), "z", "ValueError: Negative zero coercion (z) not allowed in string format specifier"},
        {I(1), ".2", "ValueError: Precision not allowed in integer format specifier"},
        {I(1), ".2d", "ValueError: Precision not allowed in integer format specifier"},
        {I(65), "+c", "ValueError: Sign not allowed with integer format specifier 'c'"},
        {I(65), "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
        {I(65), ",c", "ValueError: Cannot specify ',' with 'c'."},
        {I(-1), "c", "OverflowError: %c arg not in range(0x110000)"},
        {I(1114112), "c", "OverflowError: %c arg not in range(0x110000)"},
        {I(255), ",x", "ValueError: Cannot specify ',' with 'x'."},
        {I(1), ",_", "ValueError: Cannot specify both ',' and '_'."},
        {I(1), "_,", "ValueError: Cannot specify both ',' and '_'."},
        {I(1234), ",n", "ValueError: Cannot specify ',' with 'n'."},
        {F(1.0), "_n", "ValueError: Cannot specify '_' with 'n'."},
        {Pow10(400), "e", "OverflowError: int too large to convert to float"},
        {I(1), "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
        {F(1.0), "zd", "ValueError: Unknown format code 'd' for object of type 'float'"},
        {F(1.0), "x", "ValueError: Unknown format code 'x' for object of type 'float'"},
        {I(1), "\001", "ValueError: Unknown format code '\\x1' for object of type 'int'"},
        {I(1), "é", "ValueError: Unknown format code '\\xe9' for object of type 'int'"},
        {F(1.0), "é", "ValueError: Unknown format code '\\xe9' for object of type 'float'"},
        {I(1), "9999999999999999999999", "ValueError: Too many decimal digits in format string"},
        {I(1), ".", "ValueError: Format specifier missing precision"},
        {F(1.0), ".", "ValueError: Format specifier missing precision"},
        {F(1.0), ".f", "ValueError: Format specifier missing precision"},
        {N(), ">3", "TypeError: unsupported format string passed to NoneType.__format__"},
        {B(true), "s", "ValueError: Unknown format code 's' for object of type 'bool'"},
    };
    for (const SpecRow& row : rows) {
        INFO("format(..., '" << row.spec << "')");
        CHECK(outcome(rt::format_value(row.value, row.spec)) == row.expected);
    }
}

TEST_CASE("the conversions !r !s !a and an unknown one", "[format]") {
    ensure_runtime();
    CHECK(outcome(rt::convert_value(S("it's"), 'r')) == "\"it's\"");
    CHECK(outcome(rt::convert_value(F(1.5), 's')) == "1.5");
    CHECK(outcome(rt::convert_value(S("é\n"), 'a')) == "'\\xe9\\n'");
    CHECK(outcome(rt::convert_value(S("x"), 'x')) == "ValueError: Unknown conversion specifier x");
    CHECK(outcome(rt::convert_value(S("x"), U'é')) == "ValueError: Unknown conversion specifier \\xe9");
}

TEST_CASE("str.format numbers fields, looks up names, indexes and nests specs", "[format][str.format]") {
    ensure_runtime();
    struct Row {
        const char* fmt;
        std::vector<Value> args;
        std::vector<std::pair<const char*, Value>> kwargs;
        const char* expected;
    };
    const Row rows[] = {
        {"{} {}", {I(1), I(2)}, {}, "1 2"},
        {"{0}{0}", {I(1)}, {}, "11"},
        {"{1} {0}", {S("a"), S("b")}, {}, "b a"},
        {"{x}", {}, {{"x", I(1)}}, "1"},
        {"{!r:>5}", {S("a")}, {}, "  'a'"},
        {"{:{}}{}", {I(1), I(3), S("x")}, {}, "  1x"},
        {"{{}}", {}, {}, "{}"},
        {"{0:}", {I(5)}, {}, "5"},
        {"{!a}", {S("é")}, {}, "'\\xe9'"},
        {"{0:{1}}", {I(1), I(5)}, {}, "    1"},
        {"{0:{a}}", {I(1)}, {{"a", I(4)}}, "   1"},
        {"{:^{w}}", {S("a")}, {{"w", I(3)}}, " a "},
        {"{0[0]}", {L({I(7)})}, {}, "7"},
        {"{0[a]}", {D({{"a", I(5)}})}, {}, "5"},
        {"{[0]}", {S("ab")}, {}, "a"},
        {"{a[1]}", {}, {{"a", S("xyz")}}, "y"},
        {"{}", {N()}, {}, "None"},
        {"{!s}", {F(1.5)}, {}, "1.5"},
        {"a{{b}}c", {}, {}, "a{b}c"},
        {"{:>{}}|", {S("x"), I(4)}, {}, "   x|"},
        {"{:.{}f}", {F(3.14159), I(2)}, {}, "3.14"},
        {"{0!r:^9}", {S("é")}, {}, "   'é'   "},
        {"{} {}", {I(1)}, {}, "IndexError: Replacement index 1 out of range for positional args tuple"},
        {"{0} {}", {I(1), I(2)}, {}, "ValueError: cannot switch from manual field specification to automatic field numbering"},
        {"{} {0}", {I(1), I(2)}, {}, "ValueError: cannot switch from automatic field numbering to manual field specification"},
        {"{a}", {I(1)}, {}, "KeyError: 'a'"},
        {"{", {}, {}, "ValueError: Single '{' encountered in format string"},
        {"}", {}, {}, "ValueError: Single '}' encountered in format string"},
        {"a}b", {}, {}, "ValueError: Single '}' encountered in format string"},
        {"{0:x}}", {I(1)}, {}, "ValueError: Single '}' encountered in format string"},
        {"{0!x}", {I(1)}, {}, "ValueError: Unknown conversion specifier x"},
        {"{0!}", {I(1)}, {}, "ValueError: unmatched '{' in format spec"},
        {"{0!r", {I(1)}, {}, "ValueError: unmatched '{' in format spec"},
        {"{2}", {I(1)}, {}, "IndexError: Replacement index 2 out of range for positional args tuple"},
        {"{:d}", {S("a")}, {}, "ValueError: Unknown format code 'd' for object of type 'str'"},
        {"{ }", {}, {}, "KeyError: ' '"},
        {"{:{:{}}}", {I(1), I(2), I(3)}, {}, "ValueError: Max string recursion exceeded"},
        {"{-1}", {I(1)}, {}, "KeyError: '-1'"},
        {"{0[]}", {S("ab")}, {}, "ValueError: Empty attribute in format string"},
        {"{0.}", {I(1)}, {}, "ValueError: Empty attribute in format string"},
        {"{0[0}", {S("a")}, {}, "ValueError: expected '}' before end of string"},
        {"{0[0]x}", {S("a")}, {}, "ValueError: Only '.' or '[' may follow ']' in format field specifier"},
        {"{0'", {I(1)}, {}, "ValueError: expected '}' before end of string"},
        {"{0:", {I(1)}, {}, "ValueError: unmatched '{' in format spec"},
        {"{0!rx}", {I(1)}, {}, "ValueError: expected ':' after conversion specifier"},
        {"{0!", {I(1)}, {}, "ValueError: end of string while looking for conversion specifier"},
        {"{a{b}", {I(1)}, {}, "ValueError: unexpected '{' in field name"},
        {"{0:{}}", {I(1), I(2)}, {}, "ValueError: cannot switch from manual field specification to automatic field numbering"},
        {"{:{0}}", {I(3)}, {}, "ValueError: cannot switch from automatic field numbering to manual field specification"},
        {"{:5}", {N()}, {}, "TypeError: unsupported format string passed to NoneType.__format__"},
        {"{99999999999999999999}", {I(1)}, {}, "ValueError: Too many decimal digits in format string"},
    };
    for (const Row& row : rows) {
        INFO("'" << row.fmt << "'.format(...)");
        CHECK(outcome(str_format(row.fmt, row.args, row.kwargs)) == row.expected);
    }
}

TEST_CASE("str.format_map takes names from a mapping and refuses positions", "[format][str.format]") {
    ensure_runtime();
    Value mapping = D({{"x", I(2)}});
    Value args[] = {mapping};
    auto format_map = [&](const char* fmt) {
        return outcome(rt::str_format_map_method(S(fmt), rt::CallArgs{args, 1, nullptr}));
    };
    CHECK(format_map("{x}-{x:>3}") == "2-  2");
    CHECK(format_map("{y}") == "KeyError: 'y'");
    CHECK(format_map("{0}") == "ValueError: Format string contains positional fields");
}

TEST_CASE("percent formatting follows CPython's printf rules and errors", "[format][percent]") {
    ensure_runtime();
    struct Row {
        const char* fmt;
        Value args;
        const char* expected;
    };
    const Row rows[] = {
        {"%s %s", T({I(1), S("a")}), "1 a"},
        {"%r", S("a"), "'a'"},
        {"%a", S("é"), "'\\xe9'"},
        {"%5s|", S("ab"), "   ab|"},
        {"%-5s|", S("ab"), "ab   |"},
        {"%05s|", S("ab"), "   ab|"},
        {"%.2s", S("abc"), "ab"},
        {"%.1s", S("éa"), "é"},
        {"%d", I(42), "42"},
        {"%i", F(3.9), "3"},
        {"%d", F(-3.9), "-3"},
        {"%u", I(5), "5"},
        {"%05d", I(-3), "-0003"},
        {"%-05d|", I(-3), "-3   |"},
        {"%+d", I(3), "+3"},
        {"% d", I(3), " 3"},
        {"%-+5d|", I(3), "+3   |"},
        {"%.3d", I(5), "005"},
        {"%.3d", I(-5), "-005"},
        {"%5.3d|", I(5), "  005|"},
        {"%05.3d|", I(5), "00005|"},
        {"%d", B(true), "1"},
        {"%x", B(true), "1"},
        {"%x", I(255), "ff"},
        {"%#x", I(255), "0xff"},
        {"%#X", I(255), "0XFF"},
        {"%#o", I(8), "0o10"},
        {"%o", I(-8), "-10"},
        {"%#.3x", I(5), "0x005"},
        {"%#05x", I(5), "0x005"},
        {"%.3x", I(-5), "-005"},
        {"%#x", I(0), "0x0"},
        {"%d", T({Pow10(20)}), "100000000000000000000"},
        {"%x", T({Big("1180591620717411303424")}), "400000000000000000"},
        {"%f", F(1.5), "1.500000"},
        {"%.2f", F(3.14159), "3.14"},
        {"%e", I(12345), "1.234500e+04"},
        {"%g", F(1.234e-05), "1.234e-05"},
        {"%G", F(1e+20), "1E+20"},
        {"%F", F(1.5), "1.500000"},
        {"%F", F(kInf), "INF"},
        {"%05f", F(kInf), "00inf"},
        {"%-8f|", F(kNaN), "nan     |"},
        {"%+f", F(kInf), "+inf"},
        {"%.0f", F(0.5), "0"},
        {"%.0f", F(1.5), "2"},
        {"%#.0f", F(1.0), "1."},
        {"%#g", F(1.0), "1.00000"},
        {"%10.3e|", F(1234.5), " 1.234e+03|"},
        {"%-10.3e|", F(-1234.5), "-1.234e+03|"},
        {"%010.3e|", F(-1234.5), "-1.234e+03|"},
        {"%f", B(true), "1.000000"},
        {"%e", F(0.0), "0.000000e+00"},
        {"%g", F(100000.0), "100000"},
        {"%g", F(1000000.0), "1e+06"},
        {"%.1f%%", F(12.34), "12.3%"},
        {"%5.1f|%-5.1f|", T({F(1.25), F(1.35)}), "  1.2|1.4  |"},
        {"%c", I(65), "A"},
        {"%c", S("é"), "é"},
        {"%5c|", S("a"), "    a|"},
        {"%c", B(true), "\001"},
        {"%%", T({}), "%"},
        {"%s%%", I(5), "5%"},
        {"%*d", T({I(5), I(1)}), "    1"},
        {"%-*d|", T({I(5), I(1)}), "1    |"},
        {"%*d|", T({I(-5), I(1)}), "1    |"},
        {"%.*f", T({I(2), F(3.14159)}), "3.14"},
        {"%*.*f", T({I(8), I(2), F(3.14159)}), "    3.14"},
        {"%(x)s %(y)r", D({{"x", I(1)}, {"y", S("b")}}), "1 'b'"},
        {"%(x)5d|", D({{"x", I(1)}}), "    1|"},
        {"%(a)d %(a)s", D({{"a", I(1)}}), "1 1"},
        {"%s %(a)s", D({{"a", I(1)}}), "{'a': 1} 1"},
        {"%(a(b))s", D({{"a(b)", I(2)}}), "2"},
        {"%s", D({{"a", I(1)}}), "{'a': 1}"},
        {"hi", D({{"a", I(1)}}), "hi"},
        {"hi", L({}), "hi"},
        {"%s", L({I(1), I(2)}), "[1, 2]"},
        {"%ld %hd", T({I(5), I(6)}), "5 6"},
        {"%s", F(1.0), "1.0"},
        {"%r", F(1.0), "1.0"},
        {"%s", N(), "None"},
        {"%s %s", T({S("é"), S("x")}), "é x"},
        {"%s", T({}), "TypeError: not enough arguments for format string"},
        {"%s", T({I(1), I(2)}), "TypeError: not all arguments converted during string formatting"},
        {"hi", I(5), "TypeError: not all arguments converted during string formatting"},
        {"%s %s", T({I(1)}), "TypeError: not enough arguments for format string"},
        {"%d %d", T({I(1), I(2), I(3)}), "TypeError: not all arguments converted during string formatting"},
        {"%(a)s", I(5), "TypeError: format requires a mapping"},
        {"%(a)s", D({{"b", I(1)}}), "KeyError: 'a'"},
        {"%", T({}), "ValueError: incomplete format"},
        {"%y", I(1), "ValueError: unsupported format character 'y' (0x79) at index 1"},
        {"abc %y", I(1), "ValueError: unsupported format character 'y' (0x79) at index 5"},
        {"é%y", I(1), "ValueError: unsupported format character 'y' (0x79) at index 2"},
        {"%é", I(1), "ValueError: unsupported format character '?' (0xe9) at index 1"},
        {"%y", T({}), "TypeError: not enough arguments for format string"},
        {"%(a", D({{"a", I(1)}}), "ValueError: incomplete format key"},
        {"%*d", T({S("x"), I(1)}), "TypeError: * wants int"},
        {"%.*s", T({S("a"), S("b")}), "TypeError: * wants int"},
        {"%5%|", T({}), "TypeError: not enough arguments for format string"},
        {"%d", S("x"), "TypeError: %d format: a real number is required, not str"},
        {"%x", F(1.5), "TypeError: %x format: an integer is required, not float"},
        {"%f", S("x"), "TypeError: must be real number, not str"},
        {"%c", S("ab"), "TypeError: %c requires int or char"},
        {"%c", F(1.5), "TypeError: %c requires int or char"},
        {"%c", I(-1), "OverflowError: %c arg not in range(0x110000)"},
        {"%c", I(1114112), "OverflowError: %c arg not in range(0x110000)"},
        {"%d", N(), "TypeError: %d format: a real number is required, not NoneType"},
        {"%o", F(1.0), "TypeError: %o format: an integer is required, not float"},
        {"%d", F(kInf), "OverflowError: cannot convert float infinity to integer"},
        {"%d", F(kNaN), "ValueError: cannot convert float NaN to integer"},
        {"%(x)*d", D({{"x", I(1)}}), "TypeError: not enough arguments for format string"},
        {"%(a)s %s", D({{"a", I(1)}}), "TypeError: not enough arguments for format string"},
        {"%s %s", L({I(1), I(2)}), "TypeError: not enough arguments for format string"},
    };
    for (const Row& row : rows) {
        INFO("'" << row.fmt << "' % " << rt::repr_string(row.args).release_value());
        CHECK(outcome(rt::percent_format(row.fmt, row.args)) == row.expected);
    }
}

TEST_CASE("the % operator on a str is percent formatting", "[format][percent]") {
    ensure_runtime();
    CHECK(outcome(rt::binary_op(rt::BinaryOp::Remainder, S("%d items"), I(3))) == "3 items");
    CHECK(outcome(rt::binary_op(rt::BinaryOp::InplaceRemainder, S("%s-%s"), T({I(1), I(2)}))) == "1-2");
}
