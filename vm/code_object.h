// vm/code_object.h: the compiled form of one function, class body or module:
// instructions, constants, names, the line of every instruction and the
// exception table (CPython 3.11's zero-cost model: `try` emits no
// instruction; the table says where to go when one in a range raises).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/object.h"
#include "runtime/str_object.h"
#include "vm/opcode.h"

namespace minipy::vm {

// When an instruction in [start, end) raises: pop the stack down to
// [depth], push the instruction offset if [push_lasti], push the exception
// and jump to [target]. Offsets are instruction indexes.
struct ExceptionTableEntry {
    std::uint32_t start, end, target;
    std::uint16_t depth;
    bool push_lasti;
};

enum CodeFlags : std::uint32_t {
    kCoVarargs = 0x04,
    kCoVarkeywords = 0x08,
    kCoNested = 0x10,
    kCoGenerator = 0x20,
    kCoCoroutine = 0x100,
};

// LOAD_GLOBAL's inline cache, one per name: where the name was found, valid
// while both dicts keep the versions seen then (see HashTable::version).
// LOAD_ATTR / STORE_ATTR's cache, one per name: for instances of [type]
// (with default attribute access, rt::plain_instance_dict), the entry of
// the instance dict that last held the name. A hit re-checks that the
// entry's key is the name, so a stale entry only costs a slow lookup.
struct AttrCacheEntry {
    const rt::TypeObject* type = nullptr;
    std::size_t index = 0;
};

struct GlobalCacheEntry {
    const void* globals = nullptr;
    std::uint64_t globals_version = 0;
    const void* builtins = nullptr;  // null: the name is in globals
    std::uint64_t builtins_version = 0;
    std::int64_t index = -1;
};

// The source columns an instruction came from (CPython 3.11's co_positions),
// for the ~~^^ lines under a traceback's source line; col < 0: unknown.
struct SourceSpan {
    int end_line = 0;
    int col = -1;
    int end_col = -1;
};

// What a localsplus slot holds.
enum class SlotKind : std::uint8_t { Local, Cell, Free };

struct CodeObject : rt::Object {
    rt::StrObject* name = nullptr;
    rt::StrObject* qualname = nullptr;
    rt::StrObject* filename = nullptr;
    std::vector<Instruction> instructions;
    std::vector<int> lines;  // source line of each instruction
    std::vector<SourceSpan> spans;  // columns of each instruction
    std::vector<rt::Value> constants;
    std::vector<rt::StrObject*> names;
    // Locals (arguments first), then cell variables that are not
    // arguments, then free variables; kinds[i] says which.
    std::vector<rt::StrObject*> localsplus_names;
    std::vector<SlotKind> localsplus_kinds;
    std::vector<ExceptionTableEntry> exception_table;
    std::vector<GlobalCacheEntry> global_cache;  // indexed like names
    std::vector<AttrCacheEntry> attr_cache;      // indexed like names
    int argcount = 0;
    int posonlyargcount = 0;
    int kwonlyargcount = 0;
    int nfreevars = 0;
    int stacksize = 0;
    int firstlineno = 1;
    std::uint32_t flags = 0;
    // Derived by the assembler for the call path: Values a frame occupies
    // (header, slots, stack), and whether exactly argcount positional
    // arguments fill the parameters (no keyword-only, *args or **kwargs).
    std::uint32_t frame_values = 0;
    bool simple_args = false;

    CodeObject();
    void trace(rt::Tracer& t) override;
    int nlocalsplus() const { return static_cast<int>(localsplus_names.size()); }
    // Number of parameters, counting *args and **kwargs.
    int total_args() const {
        return argcount + kwonlyargcount + ((flags & kCoVarargs) ? 1 : 0) + ((flags & kCoVarkeywords) ? 1 : 0);
    }
};

}  // namespace minipy::vm
