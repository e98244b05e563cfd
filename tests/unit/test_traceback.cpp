// tests/unit/test_traceback.cpp: the text of uncaught exceptions, whole, as
// CPython 3.11 prints it: chained exceptions, source lines and the ~~^^
// marks under the failing operation.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "compiler/codegen.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/misc_objects.h"
#include "vm/interpreter.h"

using namespace minipy;

namespace {

// Runs [source] as the file [path] and returns the traceback it ends with.
std::string traceback_of(const std::string& path, const std::string& source) {
    std::ofstream(path) << source;
    vm::Interpreter& interp = vm::interpreter();
    vm::CodeObject* code = compiler::compile(source, path, compiler::CompileMode::File);
    rt::Root code_root(rt::Value::object(code));
    rt::Root module(rt::make_module("__main__"));
    auto result = interp.exec_module(code, module.as<rt::ModuleObject>()->dict);
    REQUIRE(result.is_error());
    return interp.format_exception(rt::take_exception());
}

}  // namespace

TEST_CASE("a binary operation is marked with ~ for operands and ^ for the operator", "[traceback]") {
    std::string path = "/tmp/minipy_test_traceback_binop.py";
    REQUIRE(traceback_of(path, "def f(a, b):\n    return a + b // 0\nf(1, 2)\n") ==
            "Traceback (most recent call last):\n"
            "  File \"" + path + "\", line 3, in <module>\n"
            "    f(1, 2)\n"
            "  File \"" + path + "\", line 2, in f\n"
            "    return a + b // 0\n"
            "               ~~^^~~\n"
            "ZeroDivisionError: integer division or modulo by zero\n");
}

TEST_CASE("an operation spanning the whole line gets no marks; a subscript marks its brackets", "[traceback]") {
    std::string path = "/tmp/minipy_test_traceback_subscript.py";
    REQUIRE(traceback_of(path, "xs = [1]\nprint(xs[5])\n") ==
            "Traceback (most recent call last):\n"
            "  File \"" + path + "\", line 2, in <module>\n"
            "    print(xs[5])\n"
            "          ~~^^^\n"
            "IndexError: list index out of range\n");
    path = "/tmp/minipy_test_traceback_whole_line.py";  // tracebacks cache source lines per file
    REQUIRE(traceback_of(path, "raise ValueError('x')\n") ==
            "Traceback (most recent call last):\n"
            "  File \"" + path + "\", line 1, in <module>\n"
            "    raise ValueError('x')\n"
            "ValueError: x\n");
}

TEST_CASE("an exception raised while handling another prints both, oldest first", "[traceback]") {
    std::string path = "/tmp/minipy_test_traceback_chain.py";
    REQUIRE(traceback_of(path, "try:\n    {}['k']\nexcept KeyError:\n    raise RuntimeError('again') from None\n") ==
            "Traceback (most recent call last):\n"
            "  File \"" + path + "\", line 4, in <module>\n"
            "    raise RuntimeError('again') from None\n"
            "RuntimeError: again\n");
    path = "/tmp/minipy_test_traceback_cause.py";  // tracebacks cache source lines per file
    REQUIRE(traceback_of(path, "try:\n    {}['k']\nexcept KeyError as e:\n    raise RuntimeError('again') from e\n") ==
            "Traceback (most recent call last):\n"
            "  File \"" + path + "\", line 2, in <module>\n"
            "    {}['k']\n"
            "    ~~^^^^^\n"
            "KeyError: 'k'\n"
            "\n"
            "The above exception was the direct cause of the following exception:\n"
            "\n"
            "Traceback (most recent call last):\n"
            "  File \"" + path + "\", line 4, in <module>\n"
            "    raise RuntimeError('again') from e\n"
            "RuntimeError: again\n");
}
