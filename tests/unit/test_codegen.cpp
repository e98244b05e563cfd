// tests/unit/test_codegen.cpp: code generation, checked as whole `--dis`
// listings (CPython 3.11's layout), the way CPython's test_dis.py does.
#include <catch2/catch.hpp>

#include <regex>

#include "compiler/codegen.h"
#include "compiler/tokenizer.h"
#include "compiler/disassembler.h"
#include "vm/interpreter.h"
#include "vm/opcode.h"

using namespace minipy;

namespace {

// The listing of [source], with code object addresses blanked out.
std::string dis(const char* source) {
    vm::interpreter();
    vm::CodeObject* code = compiler::compile(source, "t.py", compiler::CompileMode::File);
    return std::regex_replace(compiler::disassemble(code), std::regex("0x[0-9a-f]+"), "0x...");
}

}  // namespace

TEST_CASE("every opcode has a name and a stack picture", "[codegen][dis]") {
    for (int i = 0; i < vm::kOpCount; ++i) {
        const vm::OpInfo& info = vm::kOpInfo[i];
        REQUIRE(info.name != nullptr);
        REQUIRE(std::string(info.name).size() > 0);
        REQUIRE(info.picture != nullptr);
    }
}

TEST_CASE("a while loop ends in a backward jump and code after return is dropped", "[codegen][dis]") {
    REQUIRE(dis("def f(n):\n"
                "    total = 0\n"
                "    while n > 0:\n"
                "        total += n\n"
                "        n -= 1\n"
                "    return total\n") == R"(  0           0 RESUME                   0

  1           2 LOAD_CONST               0 (<code object f at 0x..., file "t.py", line 1>)
              4 MAKE_FUNCTION            0
              6 STORE_NAME               0 (f)
              8 LOAD_CONST               1 (None)
             10 RETURN_VALUE

Disassembly of <code object f at 0x..., file "t.py", line 1>:
  1           0 RESUME                   0

  2           2 LOAD_CONST               1 (0)
              4 STORE_FAST               1 (total)

  3     >>    6 LOAD_FAST                0 (n)
              8 LOAD_CONST               1 (0)
             10 COMPARE_OP               4 (>)
             12 POP_JUMP_IF_FALSE        9 (to 32)

  4          14 LOAD_FAST                1 (total)
             16 LOAD_FAST                0 (n)
             18 BINARY_OP               13 (+=)
             20 STORE_FAST               1 (total)

  5          22 LOAD_FAST                0 (n)
             24 LOAD_CONST               2 (1)
             26 BINARY_OP               23 (-=)
             28 STORE_FAST               0 (n)

  3          30 JUMP_BACKWARD           13 (to 6)

  6     >>   32 LOAD_FAST                1 (total)
             34 RETURN_VALUE
)");
}

TEST_CASE("a for loop's break pops the iterator and a chained comparison evaluates once", "[codegen][dis]") {
    REQUIRE(dis("for i in range(3):\n"
                "    if i: break\n"
                "print(a < b < c)\n") == R"(  0           0 RESUME                   0

  1           2 PUSH_NULL
              4 LOAD_NAME                0 (range)
              6 LOAD_CONST               0 (3)
              8 CALL                     1
             10 GET_ITER
        >>   12 FOR_ITER                 6 (to 26)
             14 STORE_NAME               1 (i)

  2          16 LOAD_NAME                1 (i)
             18 POP_JUMP_IF_FALSE        2 (to 24)
             20 POP_TOP
             22 JUMP_FORWARD             1 (to 26)

  1     >>   24 JUMP_BACKWARD            7 (to 12)

  3     >>   26 PUSH_NULL
             28 LOAD_NAME                2 (print)
             30 LOAD_NAME                3 (a)
             32 LOAD_NAME                4 (b)
             34 SWAP                     2
             36 COPY                     2
             38 COMPARE_OP               0 (<)
             40 JUMP_IF_FALSE_OR_POP     3 (to 48)
             42 LOAD_NAME                5 (c)
             44 COMPARE_OP               0 (<)
             46 JUMP_FORWARD             2 (to 52)
        >>   48 SWAP                     2
             50 POP_TOP
        >>   52 CALL                     1
             54 POP_TOP
             56 LOAD_CONST               1 (None)
             58 RETURN_VALUE
)");
}

TEST_CASE("try costs no instruction: the exception table routes to the handlers", "[codegen][dis]") {
    REQUIRE(dis("try:\n"
                "    x = 1\n"
                "except ValueError as e:\n"
                "    x = 2\n"
                "finally:\n"
                "    x = 3\n") == R"(  0           0 RESUME                   0

  2           2 LOAD_CONST               0 (1)
              4 STORE_NAME               0 (x)
              6 JUMP_FORWARD            20 (to 48)
        >>    8 PUSH_EXC_INFO

  3          10 LOAD_NAME                1 (ValueError)
             12 CHECK_EXC_MATCH
             14 POP_JUMP_IF_FALSE       12 (to 40)
             16 STORE_NAME               2 (e)

  4          18 LOAD_CONST               1 (2)
             20 STORE_NAME               0 (x)
             22 POP_EXCEPT
             24 LOAD_CONST               2 (None)
             26 STORE_NAME               2 (e)
             28 DELETE_NAME              2 (e)
             30 JUMP_FORWARD             8 (to 48)
        >>   32 LOAD_CONST               2 (None)
             34 STORE_NAME               2 (e)
             36 DELETE_NAME              2 (e)
             38 RERAISE                  0
        >>   40 RERAISE                  0
        >>   42 COPY                     2
             44 POP_EXCEPT
             46 RERAISE                  0

  6     >>   48 LOAD_CONST               3 (3)
             50 STORE_NAME               0 (x)
             52 JUMP_FORWARD             7 (to 68)
        >>   54 PUSH_EXC_INFO
             56 LOAD_CONST               3 (3)
             58 STORE_NAME               0 (x)
             60 RERAISE                  0
        >>   62 COPY                     2
             64 POP_EXCEPT
             66 RERAISE                  0
        >>   68 LOAD_CONST               2 (None)
             70 RETURN_VALUE
ExceptionTable:
  2 to 4 -> 8 [0]
  6 to 6 -> 54 [0]
  8 to 16 -> 42 [1]
  18 to 20 -> 32 [1]
  22 to 40 -> 42 [1]
  42 to 46 -> 54 [0]
  54 to 60 -> 62 [1]
)");
}

TEST_CASE("closures get cells in the outer function and free variables in the inner", "[codegen][dis]") {
    std::string listing = dis("def outer():\n"
                              "    x = 1\n"
                              "    def inner():\n"
                              "        return x\n"
                              "    return inner\n");
    REQUIRE(listing.find("MAKE_CELL                1 (x)") != std::string::npos);
    REQUIRE(listing.find("LOAD_CLOSURE             1 (x)") != std::string::npos);
    REQUIRE(listing.find("MAKE_FUNCTION            8 (closure)") != std::string::npos);
    REQUIRE(listing.find("COPY_FREE_VARS           1") != std::string::npos);
    REQUIRE(listing.find("LOAD_DEREF               0 (x)") != std::string::npos);
}

TEST_CASE("misplaced return and break are syntax errors naming the line", "[codegen]") {
    vm::interpreter();
    try {
        compiler::compile("x = 1\nreturn x\n", "t.py", compiler::CompileMode::File);
        FAIL("no SyntaxError");
    } catch (const compiler::SyntaxErrorException& e) {
        REQUIRE(e.info.message == "'return' outside function");
        REQUIRE(e.info.line == 2);
    }
    try {
        compiler::compile("if True:\n    break\n", "t.py", compiler::CompileMode::File);
        FAIL("no SyntaxError");
    } catch (const compiler::SyntaxErrorException& e) {
        REQUIRE(e.info.message == "'break' outside loop");
        REQUIRE(e.info.line == 2);
    }
}

TEST_CASE("a generator function starts with RETURN_GENERATOR and yields as CPython 3.11 does", "[codegen][dis]") {
    // RESUME's argument says where a frame resumes: 0 at the start, 1 after
    // a yield, 2 inside `yield from` (which throw() and close() look for).
    REQUIRE(dis("def gen(xs):\n"
                "    for x in xs:\n"
                "        got = yield x\n"
                "    return (yield from xs)\n"
                "squares = (n * n for n in gen(xs))\n") == R"(  0           0 RESUME                   0

  1           2 LOAD_CONST               0 (<code object gen at 0x..., file "t.py", line 1>)
              4 MAKE_FUNCTION            0
              6 STORE_NAME               0 (gen)

  5           8 LOAD_CONST               1 (<code object <genexpr> at 0x..., file "t.py", line 5>)
             10 MAKE_FUNCTION            0
             12 PUSH_NULL
             14 LOAD_NAME                0 (gen)
             16 LOAD_NAME                1 (xs)
             18 CALL                     1
             20 GET_ITER
             22 CALL                     0
             24 STORE_NAME               2 (squares)
             26 LOAD_CONST               2 (None)
             28 RETURN_VALUE

Disassembly of <code object gen at 0x..., file "t.py", line 1>:
  1           0 RETURN_GENERATOR
              2 POP_TOP
              4 RESUME                   0

  2           6 LOAD_FAST                0 (xs)
              8 GET_ITER
        >>   10 FOR_ITER                 6 (to 24)
             12 STORE_FAST               1 (x)

  3          14 LOAD_FAST                1 (x)
             16 YIELD_VALUE
             18 RESUME                   1
             20 STORE_FAST               2 (got)

  2          22 JUMP_BACKWARD            7 (to 10)

  4     >>   24 LOAD_FAST                0 (xs)
             26 GET_YIELD_FROM_ITER
             28 LOAD_CONST               0 (None)
        >>   30 SEND                     3 (to 38)
             32 YIELD_VALUE
             34 RESUME                   2
             36 JUMP_BACKWARD_NO_INTERRUPT     4 (to 30)
        >>   38 RETURN_VALUE

Disassembly of <code object <genexpr> at 0x..., file "t.py", line 5>:
  5           0 RETURN_GENERATOR
              2 POP_TOP
              4 RESUME                   0
              6 LOAD_FAST                0 (.0)
        >>    8 FOR_ITER                 8 (to 26)
             10 STORE_FAST               1 (n)
             12 LOAD_FAST                1 (n)
             14 LOAD_FAST                1 (n)
             16 BINARY_OP                5 (*)
             18 YIELD_VALUE
             20 RESUME                   1
             22 POP_TOP
             24 JUMP_BACKWARD            9 (to 8)
        >>   26 LOAD_CONST               0 (None)
             28 RETURN_VALUE
)");
}
