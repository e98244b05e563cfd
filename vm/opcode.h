// vm/opcode.h: the instruction set, generated from vm/opcodes.def: the Op
// enum, per-opcode info for the disassembler, and the stack effects codegen
// sizes frames with. One table, so no "ORDER OP" convention to remember.
#pragma once

#include <cstdint>

namespace minipy::vm {

enum class Op : std::uint8_t {
#define OP(name, arg_kind, stack, jump_stack, picture) name,
#include "vm/opcodes.def"
#undef OP
};

inline constexpr int kOpCount = 0
#define OP(name, arg_kind, stack, jump_stack, picture) +1
#include "vm/opcodes.def"
#undef OP
    ;

// How an instruction's argument is shown by the disassembler.
enum class ArgKind : std::uint8_t {
    NONE,      // no argument
    COUNT,     // a plain number
    CONST,     // index into constants, shown as repr
    NAME,      // index into names
    LOCAL,     // index into local variable names
    FREE,      // index into cell and free variable names
    JUMP,      // forward distance in instructions, shown as "to OFFSET"
    BACKJUMP,  // backward distance in instructions, shown as "to OFFSET"
    BINOP,     // BinaryOp, shown as its symbol
    COMPARE,   // CompareOp, shown as its symbol
    INVERT,    // 0 or 1 (is / is not, in / not in)
    FORMAT,    // FORMAT_VALUE flags
    FUNCTION,  // MAKE_FUNCTION flags
    UNPACK,    // UNPACK_EX counts (before | after << 8)
};

struct OpInfo {
    const char* name;
    ArgKind arg_kind;
    const char* picture;
};

inline constexpr OpInfo kOpInfo[] = {
#define OP(name, arg_kind, stack, jump_stack, picture) {#name, ArgKind::arg_kind, picture},
#include "vm/opcodes.def"
#undef OP
};
static_assert(sizeof(kOpInfo) / sizeof(kOpInfo[0]) == kOpCount);

inline constexpr const OpInfo& op_info(Op op) { return kOpInfo[static_cast<int>(op)]; }

// Stack effect of [op] with argument [arg]; [jump] selects the effect on
// the branch where the instruction jumps.
constexpr int stack_effect(Op op, int arg, bool jump) {
    switch (op) {
#define OP(name, arg_kind, stack, jump_stack, picture) \
    case Op::name: return jump ? (jump_stack) : (stack);
#include "vm/opcodes.def"
#undef OP
    }
    return 0;  // not reached: -Wswitch proves the switch is total
}

constexpr bool is_jump(Op op) {
    ArgKind k = op_info(op).arg_kind;
    return k == ArgKind::JUMP || k == ArgKind::BACKJUMP;
}

// JUMP_BACKWARD (a loop's back edge) or JUMP_BACKWARD_NO_INTERRUPT (yield from's).
constexpr bool is_backward_jump(Op op) { return op_info(op).arg_kind == ArgKind::BACKJUMP; }

// One instruction: an opcode and a 24-bit argument in one 32-bit word.
// Offsets in listings are index * 2, CPython's byte offsets for 2-byte units.
struct Instruction {
    Op op;
    std::uint8_t arg_hi;
    std::uint16_t arg_lo;

    constexpr Instruction(Op o = Op::NOP, std::uint32_t a = 0)
        : op(o), arg_hi(static_cast<std::uint8_t>(a >> 16)), arg_lo(static_cast<std::uint16_t>(a)) {}
    constexpr std::uint32_t arg() const { return (std::uint32_t{arg_hi} << 16) | arg_lo; }
};
static_assert(sizeof(Instruction) == 4);

inline constexpr std::uint32_t kMaxArg = (1u << 24) - 1;

}  // namespace minipy::vm
