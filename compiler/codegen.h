// compiler/codegen.h: code generation, AST to CodeObject. One CodeGen walks
// a module; each function, lambda or comprehension it meets gets a Unit of
// its own (instructions, constants, names, slots) that the assembler
// (compiler/assembler.cpp) turns into a CodeObject: jumps resolved, the
// exception table built from the handler of each instruction, the stack
// size computed by walking every path.
//
// Exceptions follow CPython 3.11's zero-cost model: entering `try` emits no
// instruction; each instruction records the handler in force, and only the
// handler code (PUSH_EXC_INFO ... POP_EXCEPT) is ever executed extra.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/ast.h"
#include "compiler/symtable.h"
#include "vm/code_object.h"

namespace minipy::compiler {

enum class CompileMode { File, Interactive, Eval };

// Compiles [source]; throws SyntaxErrorException (compiler/tokenizer.h).
vm::CodeObject* compile(std::string_view source, std::string_view filename, CompileMode mode);

// A key naming a constant's type and value, to share equal constants.
std::string constant_key(const ConstantValue& c);

// A jump target inside one unit.
struct Label {
    int id = -1;
};

struct PendingInstruction {
    vm::Op op;
    std::uint32_t arg;
    int label;    // jump target label id, or -1
    int line;
    int handler;  // index into Unit::handlers, or -1
    vm::SourceSpan span;  // the node it came from, for traceback carets
};

// Where an instruction's exception goes: a label, and the static stack
// depth to unwind to before pushing the exception.
struct HandlerInfo {
    int label;
    int depth;
};

// The static blocks a `return`, `break` or `continue` must unwind through.
enum class BlockKind { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, HandlerCleanup, With };

struct Block {
    BlockKind kind;
    Label start;  // loops: the `continue` target
    Label exit;   // loops: the `break` target
    const StmtList* finalbody = nullptr;  // FinallyTry
    std::string name;                     // HandlerCleanup: the `as` name, if any
    std::size_t handlers_below = 0;       // size of the handler stack when the block began
};

struct Unit {
    Scope* scope = nullptr;
    std::string name;
    std::string qualname;
    std::vector<PendingInstruction> code;
    std::vector<int> label_positions;
    std::vector<HandlerInfo> handlers;
    std::vector<int> handler_stack;
    std::vector<rt::Value> constants;
    std::map<std::string, std::uint32_t> constant_index;
    std::vector<std::string> names;
    std::map<std::string, std::uint32_t> name_index;
    std::vector<std::string> slot_names;
    std::vector<vm::SlotKind> slot_kinds;
    std::map<std::string, std::uint32_t> slot_index;
    std::vector<Block> blocks;
    int line = 1;
    Location span;  // the node being compiled (line == this->line when valid)
    int depth = 0;  // values on the stack at statement boundaries
    bool unreachable = false;  // after a return/raise/jump, until a label
    int firstlineno = 1;
    int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
    std::uint32_t flags = 0;
};

class CodeGen {
public:
    CodeGen(const Module& module, std::string_view source, std::string filename, CompileMode mode);
    vm::CodeObject* compile_module();

private:
    // --- units and emission (codegen.cpp) ---
    void enter_unit(Scope* scope, std::string name, int firstlineno);
    vm::CodeObject* leave_unit();
    std::string child_qualname(const std::string& name) const;
    void emit(vm::Op op, std::uint32_t arg = 0);
    void emit_jump(vm::Op op, Label target);
    Label new_label();
    void bind(Label label);
    std::uint32_t add_constant(rt::Value v, const std::string& key);
    std::uint32_t add_name(const std::string& name);
    std::uint32_t constant_index(const ConstantValue& c);
    void emit_load_const(const ConstantValue& c);
    void emit_none() { emit(vm::Op::LOAD_CONST, add_constant(rt::Value::none(), "None")); }
    void push_handler(Label target, int depth);
    void pop_handler();
    [[noreturn]] void fail(const std::string& message, const Location& loc);
    [[noreturn]] void not_yet(const std::string& feature, const Location& loc);

    // --- statements (codegen.cpp) ---
    void visit_body(const StmtList& body);
    void visit_stmt(const Stmt& s);
    void visit_function_def(const FunctionDefStmt& f);
    void visit_class_def(const ClassDefStmt& c);
    void visit_assign(const AssignStmt& a);
    static bool is_swap(const Expr& target, const Expr& value);
    void visit_aug_assign(const AugAssignStmt& a);
    void visit_for(const ForStmt& f);
    void visit_while(const WhileStmt& w);
    void visit_if(const IfStmt& s);
    void visit_try(const TryStmt& t);
    void visit_try_except(const TryStmt& t);
    void visit_try_finally(const TryStmt& t);
    void visit_with(const WithStmt& w, std::size_t item);
    // exit(None, None, None) for the __exit__ on top of the stack, result dropped.
    void call_exit_with_nones();
    void visit_raise(const RaiseStmt& r);
    void visit_assert(const AssertStmt& a);
    void visit_import(const ImportStmt& s);
    void visit_import_from(const ImportFromStmt& s);
    void visit_delete(const DeleteStmt& d);
    void delete_target(const Expr& t);
    void visit_return(const ReturnStmt& r);
    void visit_break_continue(const Stmt& s, bool is_break);
    // Emits the exits of every block above the innermost loop (or all of
    // them, for return); [preserve_top] keeps a return value on top.
    void unwind_blocks(bool to_loop, bool preserve_top, Block** loop);
    void unwind_block(const Block& b, bool preserve_top);
    void clear_handler_name(const std::string& name);

    // --- expressions (codegen_expr.cpp) ---
    void visit_expr(const Expr& e);
    void visit_name(const std::string& name, ExprContext ctx, const Location& loc);
    void visit_store(const Expr& target);
    void visit_call(const CallExpr& c);
    void visit_call_arguments(const CallExpr& c, bool is_method);
    void visit_compare(const CompareExpr& c);
    void visit_bool_op(const BoolOpExpr& b);
    void visit_sequence(const ExprList& elts, vm::Op build, vm::Op extend, bool as_tuple);
    void visit_dict(const DictExpr& d);
    void visit_subscript(const SubscriptExpr& s);
    void visit_slice_or_expr(const Expr& e);
    void visit_joined_str(const JoinedStrExpr& j);
    void visit_formatted_value(const FormattedValueExpr& f);
    void visit_lambda(const LambdaExpr& l);
    // [build] makes the result (BUILD_LIST, BUILD_SET, BUILD_MAP); YIELD_VALUE
    // makes a generator expression, which yields each element instead.
    void visit_comprehension(const Expr& e, const std::vector<Comprehension>& gens, vm::Op build);
    void visit_comprehension_loop(const std::vector<Comprehension>& gens, std::size_t index, const Expr& e,
                                  vm::Op build);
    // Generators: SyntaxError for a yield outside a function or in a comprehension's body.
    void check_yield_allowed(const Location& loc);
    void emit_yield();
    void emit_yield_from();
    void unpack_targets(const ExprList& elts, const Location& loc);
    // Jumps to [target] when [e]'s truth equals [when], short-circuiting and/or/not.
    void jump_if(const Expr& e, Label target, bool when);
    // Builds a function object for [scope]'s code: defaults, closure, MAKE_FUNCTION.
    void make_function(vm::CodeObject* code, Scope* scope, const Arguments& args);
    bool is_constant_true(const Expr& e) const;

    const Module& m_module;
    std::string_view m_source;
    std::string m_filename;
    CompileMode m_mode;
    SymbolTable m_symbols;
    std::vector<std::unique_ptr<Unit>> m_units;
    Unit* m_unit = nullptr;
};

// The assembler (compiler/assembler.cpp): resolves jumps, builds the
// exception table and sizes the stack.
vm::CodeObject* assemble(Unit& unit, const std::string& filename);

}  // namespace minipy::compiler
