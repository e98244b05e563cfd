// compiler/assembler.cpp: the last step of code generation. Turns a Unit's
// instructions into a CodeObject: label references become relative jump
// distances, each instruction's handler becomes ranges of the exception
// table, and a walk over every path (including into handlers) finds the
// deepest the value stack can get.
#include <stdexcept>

#include "compiler/codegen.h"
#include "vm/frame.h"
#include "runtime/heap.h"
#include "runtime/str_object.h"

namespace minipy::compiler {

using vm::Op;

namespace {

void resolve_jumps(Unit& unit, std::vector<vm::Instruction>& out) {
    out.reserve(unit.code.size());
    for (std::size_t i = 0; i < unit.code.size(); ++i) {
        const PendingInstruction& p = unit.code[i];
        std::uint32_t arg = p.arg;
        if (p.label >= 0) {
            int target = unit.label_positions[static_cast<std::size_t>(p.label)];
            int next = static_cast<int>(i) + 1;
            // Only the backward jumps go back: JUMP_BACKWARD is the loop's safe point.
            bool backward = vm::is_backward_jump(p.op);
            if (backward != (target < next) && target != next)
                throw std::logic_error("codegen: jump direction does not match its opcode");
            arg = static_cast<std::uint32_t>(backward ? next - target : target - next);
        }
        if (arg > vm::kMaxArg) throw std::length_error("codegen: instruction argument too large");
        out.emplace_back(p.op, arg);
    }
}

std::vector<vm::ExceptionTableEntry> build_exception_table(const Unit& unit) {
    std::vector<vm::ExceptionTableEntry> table;
    for (std::size_t i = 0; i < unit.code.size(); ++i) {
        int h = unit.code[i].handler;
        if (h < 0) continue;
        const HandlerInfo& info = unit.handlers[static_cast<std::size_t>(h)];
        auto target = static_cast<std::uint32_t>(unit.label_positions[static_cast<std::size_t>(info.label)]);
        auto at = static_cast<std::uint32_t>(i);
        if (!table.empty() && table.back().end == at && table.back().target == target &&
            table.back().depth == info.depth) {
            table.back().end = at + 1;
        } else {
            table.push_back({at, at + 1, target, static_cast<std::uint16_t>(info.depth), false});
        }
    }
    return table;
}

// The maximum stack depth over every path, following jumps and handlers.
int compute_stack_size(const std::vector<vm::Instruction>& code, const std::vector<vm::ExceptionTableEntry>& table) {
    std::vector<int> depth_at(code.size(), -1);
    std::vector<std::size_t> work;
    int max_depth = 0;
    auto visit = [&](std::size_t at, int depth) {
        if (at >= code.size() || depth_at[at] >= depth) return;
        depth_at[at] = depth;
        work.push_back(at);
    };
    visit(0, 0);
    for (const auto& e : table) visit(e.target, e.depth + 1 + (e.push_lasti ? 1 : 0));
    while (!work.empty()) {
        std::size_t i = work.back();
        work.pop_back();
        int depth = depth_at[i];
        for (std::size_t j = i; j < code.size(); ++j) {
            if (j != i) {
                if (depth_at[j] >= depth) break;
                depth_at[j] = depth;
            }
            max_depth = std::max(max_depth, depth);
            vm::Instruction ins = code[j];
            int arg = static_cast<int>(ins.arg());
            if (vm::is_jump(ins.op)) {
                std::size_t target = vm::is_backward_jump(ins.op) ? j + 1 - static_cast<std::size_t>(arg)
                                                                   : j + 1 + static_cast<std::size_t>(arg);
                int jump_depth = depth + vm::stack_effect(ins.op, arg, true);
                max_depth = std::max(max_depth, jump_depth);
                visit(target, jump_depth);
            }
            depth += vm::stack_effect(ins.op, arg, false);
            max_depth = std::max(max_depth, depth);
            // Handler entries are visited via the table.
            if (ins.op == Op::JUMP_FORWARD || vm::is_backward_jump(ins.op) || ins.op == Op::RETURN_VALUE ||
                ins.op == Op::RAISE_VARARGS || ins.op == Op::RERAISE)
                break;
        }
    }
    for (const auto& e : table) max_depth = std::max(max_depth, e.depth + 2);
    return max_depth;
}

}  // namespace

vm::CodeObject* assemble(Unit& unit, const std::string& filename) {
    auto* code = rt::make<vm::CodeObject>();
    code->name = rt::intern(unit.name);
    code->qualname = rt::intern(unit.qualname);
    code->filename = rt::intern(filename);
    resolve_jumps(unit, code->instructions);
    code->lines.reserve(unit.code.size());
    code->spans.reserve(unit.code.size());
    for (const auto& p : unit.code) {
        code->lines.push_back(p.line);
        code->spans.push_back(p.span);
    }
    code->constants = unit.constants;
    for (const auto& n : unit.names) code->names.push_back(rt::intern(n));
    code->global_cache.resize(code->names.size());
    code->attr_cache.resize(code->names.size());
    for (const auto& n : unit.slot_names) code->localsplus_names.push_back(rt::intern(n));
    code->localsplus_kinds = unit.slot_kinds;
    code->exception_table = build_exception_table(unit);
    code->argcount = unit.argcount;
    code->posonlyargcount = unit.posonlyargcount;
    code->kwonlyargcount = unit.kwonlyargcount;
    code->nfreevars = static_cast<int>(unit.scope->freevars.size());
    code->firstlineno = unit.firstlineno;
    code->flags = unit.flags;
    code->stacksize = compute_stack_size(code->instructions, code->exception_table);
    code->frame_values = static_cast<std::uint32_t>((sizeof(vm::Frame) + sizeof(rt::Value) - 1) / sizeof(rt::Value) +
                                                    code->localsplus_names.size() + static_cast<std::size_t>(code->stacksize));
    code->simple_args = code->kwonlyargcount == 0 && !(code->flags & (vm::kCoVarargs | vm::kCoVarkeywords));
    return code;
}

}  // namespace minipy::compiler
