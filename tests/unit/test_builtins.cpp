// tests/unit/test_builtins.cpp: the builtins, sys and math modules called
// directly through rt::call, without the compiler or the VM, so a failure
// here points at stdlib/ rather than at codegen.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "runtime/dict_object.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "stdlib/modules.h"
#include "tests/unit/support.h"

namespace {

using minipy::rt::Value;
using minipy::testing::outcome;
namespace rt = minipy::rt;

// Attribute [name] of built-in module [module].
Value module_attr(const char* module, const char* name) {
    rt::ModuleObject* m = minipy::stdlib::builtin_module(module);
    REQUIRE(m != nullptr);
    Value v = m->dict->get_str(rt::intern(name));
    REQUIRE(!v.is_null());
    return v;
}

// Calls [fn] with positional [args] and keyword [kwargs], as the VM would.
rt::Result<Value> call_with(Value fn, std::vector<Value> args, std::vector<std::pair<const char*, Value>> kwargs = {}) {
    std::vector<Value> names;
    for (auto& [name, value] : kwargs) {
        names.push_back(Value::object(rt::intern(name)));
        args.push_back(value);
    }
    rt::RootVector keep(args);
    std::size_t nargs = args.size() - kwargs.size();
    auto* kwnames = names.empty() ? nullptr : rt::make_tuple(std::move(names)).as<rt::TupleObject>();
    return rt::call(fn, rt::CallArgs{args.data(), nargs, kwnames});
}

Value str(const char* s) { return rt::make_str(s); }
Value num(std::int64_t i) { return rt::make_int(i); }
Value big(const std::string& digits) { return rt::int_from_string(digits, 10).release_value(); }

}  // namespace

TEST_CASE("sorted orders by the key function and can reverse", "[builtins]") {
    rt::init_runtime();
    Value words = rt::make_list({str("bb"), str("a"), str("ccc")});
    Value sorted = module_attr("builtins", "sorted");
    CHECK(outcome(call_with(sorted, {words}, {{"key", module_attr("builtins", "len")}})) == "['a', 'bb', 'ccc']");
    CHECK(outcome(call_with(sorted, {words}, {{"reverse", Value::boolean(true)}})) == "['ccc', 'bb', 'a']");
    CHECK(outcome(call_with(sorted, {words, words})) == "TypeError: sorted expected 1 argument, got 2");
}

TEST_CASE("sum adds floats and ints in CPython 3.11's order", "[builtins]") {
    rt::init_runtime();
    Value sum = module_attr("builtins", "sum");
    CHECK(outcome(call_with(sum, {rt::make_list({Value::number(0.5), Value::number(0.25)})})) == "0.75");
    CHECK(outcome(call_with(sum, {rt::make_list({num(1), Value::number(2.5), num(3)})})) == "6.5");
    CHECK(outcome(call_with(sum, {rt::make_list({num(Value::kSmallIntMax), num(1)})})) == "140737488355328");
    CHECK(outcome(call_with(sum, {rt::make_list(), str("")})) ==
          "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
}

TEST_CASE("min and max take a key and a default", "[builtins]") {
    rt::init_runtime();
    Value max = module_attr("builtins", "max");
    Value min = module_attr("builtins", "min");
    Value words = rt::make_list({str("bb"), str("a"), str("ccc")});
    CHECK(outcome(call_with(max, {words}, {{"key", module_attr("builtins", "len")}})) == "'ccc'");
    CHECK(outcome(call_with(min, {num(3), num(1), num(2)})) == "1");
    CHECK(outcome(call_with(max, {rt::make_list()}, {{"default", str("empty")}})) == "'empty'");
    CHECK(outcome(call_with(max, {rt::make_list()})) == "ValueError: max() arg is an empty sequence");
    CHECK(outcome(call_with(max, {})) == "TypeError: max expected at least 1 argument, got 0");
}

TEST_CASE("pow with a modulus works on big ints and inverts negative exponents", "[builtins]") {
    rt::init_runtime();
    Value pow = module_attr("builtins", "pow");
    CHECK(outcome(call_with(pow, {num(2), num(10), num(7)})) == "2");
    CHECK(outcome(call_with(pow, {num(3), num(-1), num(7)})) == "5");
    CHECK(outcome(call_with(pow, {num(3), num(2), num(-7)})) == "-5");
    CHECK(outcome(call_with(pow, {big("123456789012345678901234567890"), num(65537), big("1000000007")})) == "921051386");
    CHECK(outcome(call_with(pow, {num(2), num(-1), num(4)})) ==
          "ValueError: base is not invertible for the given modulus");
}

TEST_CASE("zip stops at the shortest input and enumerate counts from start", "[builtins][iterators]") {
    rt::init_runtime();
    Value list = Value::object(rt::g_types.list);
    Value zipped = call_with(module_attr("builtins", "zip"), {rt::make_list({num(1), num(2), num(3)}), str("ab")}).value();
    CHECK(outcome(call_with(list, {zipped})) == "[(1, 'a'), (2, 'b')]");
    Value numbered = call_with(module_attr("builtins", "enumerate"), {str("xy")}, {{"start", num(5)}}).value();
    CHECK(outcome(call_with(list, {numbered})) == "[(5, 'x'), (6, 'y')]");
}

TEST_CASE("range is lazy: len, in, slicing and reversed need no list", "[builtins][range]") {
    rt::init_runtime();
    Value range = module_attr("builtins", "range");
    Value r = call_with(range, {num(0), num(20), num(5)}).value();
    CHECK(rt::length(r).value() == 4);
    CHECK(outcome(rt::getitem(r, rt::make_slice(num(1), num(3), Value::none()))) == "range(5, 15, 5)");
    CHECK(rt::contains(r, num(15)).value());
    CHECK(!rt::contains(r, num(16)).value());
    Value reversed = call_with(module_attr("builtins", "reversed"), {r}).value();
    CHECK(outcome(call_with(Value::object(rt::g_types.list), {reversed})) == "[15, 10, 5, 0]");
    CHECK(outcome(call_with(range, {num(0), num(10), num(0)})) == "ValueError: range() arg 3 must not be zero");
}

TEST_CASE("isinstance accepts nested tuples of types", "[builtins]") {
    rt::init_runtime();
    Value isinstance = module_attr("builtins", "isinstance");
    Value types = rt::make_tuple({Value::object(rt::g_types.str), rt::make_tuple({Value::object(rt::g_types.int_)})});
    CHECK(outcome(call_with(isinstance, {Value::boolean(true), types})) == "True");
    CHECK(outcome(call_with(isinstance, {num(1), num(2)})) ==
          "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
}

TEST_CASE("math.gcd, lcm and factorial work on big ints", "[math]") {
    rt::init_runtime();
    CHECK(outcome(call_with(module_attr("math", "gcd"), {big("1267650600228229401496703205376"),
                                                    big("3626777458843887524118528")})) ==
          "1208925819614629174706176");
    CHECK(outcome(call_with(module_attr("math", "lcm"), {num(-4), num(6)})) == "12");
    CHECK(outcome(call_with(module_attr("math", "factorial"), {num(25)})) == "15511210043330985984000000");
    CHECK(outcome(call_with(module_attr("math", "factorial"), {num(-1)})) ==
          "ValueError: factorial() not defined for negative values");
}

TEST_CASE("math.fsum is exact where sum rounds", "[math]") {
    rt::init_runtime();
    std::vector<Value> tenths(10, Value::number(0.1));
    Value xs = rt::make_list(tenths);
    CHECK(outcome(call_with(module_attr("math", "fsum"), {xs})) == "1.0");
    CHECK(outcome(call_with(module_attr("builtins", "sum"), {xs})) == "0.9999999999999999");
}

TEST_CASE("math float functions raise CPython's domain and range errors", "[math]") {
    rt::init_runtime();
    CHECK(outcome(call_with(module_attr("math", "sqrt"), {num(-1)})) == "ValueError: math domain error");
    CHECK(outcome(call_with(module_attr("math", "exp"), {num(1000)})) == "OverflowError: math range error");
    CHECK(outcome(call_with(module_attr("math", "hypot"), {num(3), num(4)})) == "5.0");
    // 10**310 is beyond a double: log10 must split it into mantissa and exponent.
    CHECK(outcome(call_with(module_attr("math", "log10"), {big("1" + std::string(310, '0'))})) == "310.0");
}

TEST_CASE("sys.setrecursionlimit validates and stores the limit", "[sys]") {
    rt::init_runtime();
    Value set = module_attr("sys", "setrecursionlimit");
    Value get = module_attr("sys", "getrecursionlimit");
    CHECK(outcome(call_with(set, {num(0)})) == "ValueError: recursion limit must be greater or equal than 1");
    REQUIRE(!call_with(set, {num(2000)}).is_error());
    CHECK(outcome(call_with(get, {})) == "2000");
    REQUIRE(!call_with(set, {num(1000)}).is_error());
}
