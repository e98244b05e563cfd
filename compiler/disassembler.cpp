// compiler/disassembler.cpp: the `dis` layout: line column (width 3), `>>`
// on jump targets, offset (width 4), opname padded to 20, argument right-
// aligned in 5, then `(argrepr)`; an ExceptionTable section at the end.
// Offsets are instruction index * 2, CPython's 2-byte code units.
#include "compiler/disassembler.h"

#include <cstdio>
#include <set>

#include "runtime/exceptions.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"

namespace minipy::compiler {

using vm::ArgKind;
using vm::Op;

namespace {


std::string code_repr(const vm::CodeObject* code) {
    char addr[32];
    std::snprintf(addr, sizeof addr, "%p", static_cast<const void*>(code));
    return "<code object " + std::string(code->name->view()) + " at " + addr + ", file \"" +
           std::string(code->filename->view()) + "\", line " + std::to_string(code->firstlineno) + ">";
}

std::string constant_repr(rt::Value v) {
    if (rt::is_type(v, rt::g_types.code)) return code_repr(v.as<vm::CodeObject>());
    auto r = rt::repr_string(v);
    if (r.is_error()) {
        rt::clear_exception();
        return "?";
    }
    return r.value();
}

std::string argrepr(const vm::CodeObject* code, std::size_t index, vm::Instruction ins) {
    std::uint32_t arg = ins.arg();
    switch (vm::op_info(ins.op).arg_kind) {
        case ArgKind::NONE:
        case ArgKind::COUNT:
        case ArgKind::INVERT:
        case ArgKind::UNPACK:
            return {};
        case ArgKind::CONST: return constant_repr(code->constants[arg]);
        case ArgKind::NAME: return std::string(code->names[arg]->view());
        case ArgKind::LOCAL:
        case ArgKind::FREE: return std::string(code->localsplus_names[arg]->view());
        case ArgKind::JUMP: return "to " + std::to_string((index + 1 + arg) * 2);
        case ArgKind::BACKJUMP: return "to " + std::to_string((index + 1 - arg) * 2);
        case ArgKind::BINOP:
            return std::string(rt::binary_op_symbol(static_cast<rt::BinaryOp>(arg))) +
                   (rt::is_inplace(static_cast<rt::BinaryOp>(arg)) ? "=" : "");
        case ArgKind::COMPARE: return rt::compare_op_symbol(static_cast<rt::CompareOp>(arg));
        case ArgKind::FORMAT: {
            static constexpr const char* kConversions[] = {"", "str", "repr", "ascii"};
            std::string out = kConversions[arg & 3];
            if (arg & 4) out += out.empty() ? "with format" : ", with format";
            return out;
        }
        case ArgKind::FUNCTION: {
            static constexpr const char* kFlags[] = {"defaults", "kwdefaults", "annotations", "closure"};
            std::string out;
            for (int bit = 0; bit < 4; ++bit)
                if (arg & (1u << bit)) out += (out.empty() ? "" : ", ") + std::string(kFlags[bit]);
            return out;
        }
    }
    return {};
}

bool has_argument(Op op) { return vm::op_info(op).arg_kind != ArgKind::NONE; }

void disassemble_one(const vm::CodeObject* code, std::string& out) {
    std::set<std::size_t> targets;
    for (std::size_t i = 0; i < code->instructions.size(); ++i) {
        vm::Instruction ins = code->instructions[i];
        ArgKind kind = vm::op_info(ins.op).arg_kind;
        if (kind == ArgKind::JUMP) targets.insert(i + 1 + ins.arg());
        if (kind == ArgKind::BACKJUMP) targets.insert(i + 1 - ins.arg());
    }
    for (const auto& e : code->exception_table) targets.insert(e.target);
    int last_line = -1;
    for (std::size_t i = 0; i < code->instructions.size(); ++i) {
        vm::Instruction ins = code->instructions[i];
        int line = code->lines[i];
        char buf[160];
        std::string line_col = "   ";
        if (line != last_line) {
            if (last_line != -1) out += "\n";
            std::snprintf(buf, sizeof buf, "%3d", line);
            line_col = buf;
            last_line = line;
        }
        std::snprintf(buf, sizeof buf, "%s     %s %4zu %-20s", line_col.c_str(), targets.count(i) ? ">>" : "  ", i * 2,
                      vm::op_info(ins.op).name);
        std::string row = buf;
        if (has_argument(ins.op)) {
            std::snprintf(buf, sizeof buf, " %5u", ins.arg());
            row += buf;
            std::string detail = argrepr(code, i, ins);
            if (!detail.empty()) row += " (" + detail + ")";
        }
        while (!row.empty() && row.back() == ' ') row.pop_back();
        out += row + "\n";
    }
    if (!code->exception_table.empty()) {
        out += "ExceptionTable:\n";
        for (const auto& e : code->exception_table)
            out += "  " + std::to_string(e.start * 2) + " to " + std::to_string(e.end * 2 - 2) + " -> " +
                   std::to_string(e.target * 2) + " [" + std::to_string(e.depth) + "]" + (e.push_lasti ? " lasti" : "") +
                   "\n";
    }
}

}  // namespace

std::string disassemble(const vm::CodeObject* code) {
    std::string out;
    disassemble_one(code, out);
    for (rt::Value c : code->constants) {
        if (!rt::is_type(c, rt::g_types.code)) continue;
        const auto* inner = c.as<vm::CodeObject>();
        out += "\nDisassembly of " + code_repr(inner) + ":\n";
        out += disassemble(inner);
    }
    return out;
}

}  // namespace minipy::compiler
