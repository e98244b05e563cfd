// tests/unit/main.cpp: the Catch2 main of the unit test binary. The
// interpreter is made first: it attaches the main thread's state, which
// every test that allocates needs.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "vm/interpreter.h"

int main(int argc, char** argv) {
    minipy::vm::interpreter();
    return Catch::Session().run(argc, argv);
}
