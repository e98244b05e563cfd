// compiler/disassembler.h: CPython 3.11's `dis` listing of minipy bytecode,
// driven by the opcode table (one printer per ArgKind, none per opcode).
#pragma once

#include <string>

#include "vm/code_object.h"

namespace minipy::compiler {

// The listing of [code], then of every code object among its constants
// ("Disassembly of <code object ...>:"), as dis.dis() prints a module.
std::string disassemble(const vm::CodeObject* code);

}  // namespace minipy::compiler
