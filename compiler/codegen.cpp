// compiler/codegen.cpp: units, emission and statements. Each statement's
// layout follows CPython 3.11's compiler (Python/compile.c), so `--dis`
// output reads like `python3 -m dis`; the comments show the shapes.
#include "compiler/codegen.h"

#include "compiler/parser.h"
#include "runtime/bytes_object.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy::compiler {

using vm::Op;

vm::CodeObject* compile(std::string_view source, std::string_view filename, CompileMode mode) {
    ParseMode parse_mode = mode == CompileMode::File ? ParseMode::File
                           : mode == CompileMode::Eval ? ParseMode::Eval
                                                       : ParseMode::Interactive;
    Module module = parse(source, filename, parse_mode);
    CodeGen gen(module, source, std::string(filename), mode);
    return gen.compile_module();
}

CodeGen::CodeGen(const Module& module, std::string_view source, std::string filename, CompileMode mode)
    : m_module(module), m_source(source), m_filename(filename), m_mode(mode), m_symbols(module, source, filename) {}

vm::CodeObject* CodeGen::compile_module() {
    enter_unit(m_symbols.module_scope(), "<module>", 1);
    // CPython 3.11 puts a module's RESUME on line 0.
    m_unit->line = 0;
    emit(Op::RESUME);
    if (m_mode == CompileMode::Eval) {
        const auto& stmt = static_cast<const ExprStmt&>(*m_module.body.front());
        visit_expr(*stmt.value);
        emit(Op::RETURN_VALUE);
    } else {
        visit_body(m_module.body);
        emit_none();
        emit(Op::RETURN_VALUE);
    }
    return leave_unit();
}

// ---------------------------------------------------------------------------
// Units and emission
// ---------------------------------------------------------------------------

void CodeGen::enter_unit(Scope* scope, std::string name, int firstlineno) {
    std::string qualname = m_unit ? child_qualname(name) : name;
    m_units.push_back(std::make_unique<Unit>());
    m_unit = m_units.back().get();
    m_unit->scope = scope;
    m_unit->name = std::move(name);
    m_unit->qualname = std::move(qualname);
    m_unit->firstlineno = firstlineno;
    m_unit->line = firstlineno;
    if (scope->kind == ScopeKind::Class) {
        // A class body's only slots are the cells it passes to its methods
        // from an enclosing function (read with LOAD_CLASSDEREF).
        for (const auto& [n, how] : scope->resolved)
            if (how == NameScope::Free) {
                m_unit->slot_index[n] = static_cast<std::uint32_t>(m_unit->slot_names.size());
                m_unit->slot_names.push_back(n);
                m_unit->slot_kinds.push_back(vm::SlotKind::Free);
                scope->freevars.push_back(n);
            }
        if (!scope->freevars.empty()) emit(Op::COPY_FREE_VARS, static_cast<std::uint32_t>(scope->freevars.size()));
        return;
    }
    if (scope->kind != ScopeKind::Function) return;
    // Slots: varnames (parameters first), then non-parameter cells, then free variables.
    auto add_slot = [&](const std::string& n, vm::SlotKind kind) {
        m_unit->slot_index[n] = static_cast<std::uint32_t>(m_unit->slot_names.size());
        m_unit->slot_names.push_back(n);
        m_unit->slot_kinds.push_back(kind);
    };
    for (const auto& n : scope->locals)
        add_slot(n, scope->scope_of(n) == NameScope::Cell ? vm::SlotKind::Cell : vm::SlotKind::Local);
    for (const auto& n : scope->cellvars) add_slot(n, vm::SlotKind::Cell);
    for (const auto& n : scope->freevars) add_slot(n, vm::SlotKind::Free);
    if (scope->has_varargs) m_unit->flags |= vm::kCoVarargs;
    if (scope->has_varkeywords) m_unit->flags |= vm::kCoVarkeywords;
    if (scope->parent && scope->parent->kind == ScopeKind::Function) m_unit->flags |= vm::kCoNested;
    // CPython 3.11's prologue: cells are made and free variables copied before RESUME.
    for (std::uint32_t i = 0; i < m_unit->slot_kinds.size(); ++i)
        if (m_unit->slot_kinds[i] == vm::SlotKind::Cell) emit(Op::MAKE_CELL, i);
    if (!scope->freevars.empty()) emit(Op::COPY_FREE_VARS, static_cast<std::uint32_t>(scope->freevars.size()));
    // A generator's call runs only this far: RETURN_GENERATOR moves the
    // frame into a new generator object, and the first send() resumes at
    // POP_TOP, which drops the value sent (CPython 3.11's prefix).
    if (scope->is_generator) {
        m_unit->flags |= vm::kCoGenerator;
        emit(Op::RETURN_GENERATOR);
        emit(Op::POP_TOP);
    }
}

vm::CodeObject* CodeGen::leave_unit() {
    vm::CodeObject* code = assemble(*m_unit, m_filename);
    m_units.pop_back();
    m_unit = m_units.empty() ? nullptr : m_units.back().get();
    return code;
}

std::string CodeGen::child_qualname(const std::string& name) const {
    if (m_unit->scope->kind == ScopeKind::Module) return name;
    if (m_unit->scope->kind == ScopeKind::Function) return m_unit->qualname + ".<locals>." + name;
    return m_unit->qualname + "." + name;
}

void CodeGen::emit(Op op, std::uint32_t arg) {
    // Code after a return, raise or jump is dropped until the next label,
    // as CPython's optimiser drops unreachable blocks.
    if (m_unit->unreachable) return;
    int handler = m_unit->handler_stack.empty() ? -1 : m_unit->handler_stack.back();
    vm::SourceSpan span;
    const Location& at = m_unit->span;
    if (at.line == m_unit->line && at.end_line >= at.line) span = {at.end_line, at.col, at.end_col};
    m_unit->code.push_back({op, arg, -1, m_unit->line, handler, span});
    m_unit->unreachable = op == Op::RETURN_VALUE || op == Op::RAISE_VARARGS || op == Op::RERAISE ||
                          op == Op::JUMP_FORWARD || vm::is_backward_jump(op);
}

void CodeGen::emit_jump(Op op, Label target) {
    if (m_unit->unreachable) return;
    emit(op, 0);
    m_unit->code.back().label = target.id;
}

Label CodeGen::new_label() {
    m_unit->label_positions.push_back(-1);
    return Label{static_cast<int>(m_unit->label_positions.size()) - 1};
}

void CodeGen::bind(Label label) {
    m_unit->label_positions[static_cast<std::size_t>(label.id)] = static_cast<int>(m_unit->code.size());
    m_unit->unreachable = false;
}

std::uint32_t CodeGen::add_constant(rt::Value v, const std::string& key) {
    auto [it, inserted] = m_unit->constant_index.emplace(key, static_cast<std::uint32_t>(m_unit->constants.size()));
    if (inserted) m_unit->constants.push_back(v);
    return it->second;
}

std::uint32_t CodeGen::add_name(const std::string& name) {
    auto [it, inserted] = m_unit->name_index.emplace(name, static_cast<std::uint32_t>(m_unit->names.size()));
    if (inserted) m_unit->names.push_back(name);
    return it->second;
}

std::uint32_t CodeGen::constant_index(const ConstantValue& c) {
    using K = ConstantValue::Kind;
    switch (c.kind) {
        case K::None: return add_constant(rt::Value::none(), "None");
        case K::True: return add_constant(rt::Value::boolean(true), "True");
        case K::False: return add_constant(rt::Value::boolean(false), "False");
        case K::Ellipsis: return add_constant(rt::g_ellipsis, "...");
        case K::Int: return add_constant(rt::int_from_string(c.text, 10).release_value(), constant_key(c));
        case K::Float: return add_constant(rt::Value::number(c.number), constant_key(c));
        case K::Str: return add_constant(rt::Value::object(rt::intern(c.text)), constant_key(c));
        case K::Bytes: return add_constant(rt::make_bytes(c.text), constant_key(c));
    }
    return 0;
}

void CodeGen::emit_load_const(const ConstantValue& c) { emit(Op::LOAD_CONST, constant_index(c)); }

std::string constant_key(const ConstantValue& c) {
    using K = ConstantValue::Kind;
    switch (c.kind) {
        case K::None: return "None";
        case K::True: return "True";
        case K::False: return "False";
        case K::Ellipsis: return "...";
        case K::Int: return "i" + c.text;
        case K::Float: {
            char key[32];
            std::snprintf(key, sizeof key, "f%a", c.number);
            return key;
        }
        case K::Str: return "s" + c.text;
        case K::Bytes: return "b" + c.text;
    }
    return {};
}

void CodeGen::push_handler(Label target, int depth) {
    m_unit->handlers.push_back({target.id, depth});
    m_unit->handler_stack.push_back(static_cast<int>(m_unit->handlers.size()) - 1);
}

void CodeGen::pop_handler() { m_unit->handler_stack.pop_back(); }

void CodeGen::fail(const std::string& message, const Location& loc) {
    throw SyntaxErrorException(located_error(message, loc.line ? loc : m_unit->span, m_source, m_filename));
}

void CodeGen::not_yet(const std::string& feature, const Location& loc) {
    fail(feature + " is not implemented yet in minipy", loc);
}

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------

void CodeGen::visit_body(const StmtList& body) {
    for (const auto& s : body) visit_stmt(*s);
}

void CodeGen::visit_stmt(const Stmt& s) {
    m_unit->line = s.loc.line;
    m_unit->span = s.loc;
    switch (s.kind) {
        case StmtKind::FunctionDef: visit_function_def(static_cast<const FunctionDefStmt&>(s)); break;
        case StmtKind::Return: visit_return(static_cast<const ReturnStmt&>(s)); break;
        case StmtKind::Delete: visit_delete(static_cast<const DeleteStmt&>(s)); break;
        case StmtKind::Assign: visit_assign(static_cast<const AssignStmt&>(s)); break;
        case StmtKind::AugAssign: visit_aug_assign(static_cast<const AugAssignStmt&>(s)); break;
        case StmtKind::AnnAssign: {
            auto& a = static_cast<const AnnAssignStmt&>(s);
            if (a.value) {
                visit_expr(*a.value);
                visit_store(*a.target);
            }
            break;
        }
        case StmtKind::For: visit_for(static_cast<const ForStmt&>(s)); break;
        case StmtKind::While: visit_while(static_cast<const WhileStmt&>(s)); break;
        case StmtKind::If: visit_if(static_cast<const IfStmt&>(s)); break;
        case StmtKind::Raise: visit_raise(static_cast<const RaiseStmt&>(s)); break;
        case StmtKind::Try: visit_try(static_cast<const TryStmt&>(s)); break;
        case StmtKind::Assert: visit_assert(static_cast<const AssertStmt&>(s)); break;
        case StmtKind::Import: visit_import(static_cast<const ImportStmt&>(s)); break;
        case StmtKind::ImportFrom: visit_import_from(static_cast<const ImportFromStmt&>(s)); break;
        case StmtKind::Global:
        case StmtKind::Nonlocal:
            break;
        case StmtKind::Expr: {
            const Expr& value = *static_cast<const ExprStmt&>(s).value;
            if (m_mode == CompileMode::Interactive && m_unit->scope->kind == ScopeKind::Module) {
                visit_expr(value);
                emit(Op::PRINT_EXPR);
            } else if (value.kind != ExprKind::Constant) {
                visit_expr(value);
                emit(Op::POP_TOP);
            }
            break;
        }
        case StmtKind::Pass: emit(Op::NOP); break;
        case StmtKind::Break: visit_break_continue(s, true); break;
        case StmtKind::Continue: visit_break_continue(s, false); break;
        case StmtKind::ClassDef: visit_class_def(static_cast<const ClassDefStmt&>(s)); break;
        case StmtKind::With: visit_with(static_cast<const WithStmt&>(s), 0); break;
        case StmtKind::AsyncFunctionDef:
        case StmtKind::AsyncFor:
        case StmtKind::AsyncWith: not_yet("async code", s.loc);
        case StmtKind::Match: fail("the match statement is not supported by minipy", s.loc);
    }
}

void CodeGen::visit_function_def(const FunctionDefStmt& f) {
    for (const auto& d : f.decorator_list) {
        emit(Op::PUSH_NULL);
        visit_expr(*d);
    }
    Scope* scope = m_symbols.scope_for(&f);
    int line = f.decorator_list.empty() ? f.loc.line : f.decorator_list.front()->loc.line;
    enter_unit(scope, f.name, line);
    m_unit->argcount = static_cast<int>(f.args.posonlyargs.size() + f.args.args.size());
    m_unit->posonlyargcount = static_cast<int>(f.args.posonlyargs.size());
    m_unit->kwonlyargcount = static_cast<int>(f.args.kwonlyargs.size());
    emit(Op::RESUME);
    // constants[0] is the docstring, or None without one, as in CPython
    // 3.11; MAKE_FUNCTION takes __doc__ from there.
    std::size_t first = 0;
    if (!f.body.empty() && f.body.front()->kind == StmtKind::Expr) {
        const Expr& e = *static_cast<const ExprStmt&>(*f.body.front()).value;
        if (e.kind == ExprKind::Constant && static_cast<const ConstantExpr&>(e).value.kind == ConstantValue::Kind::Str) {
            const std::string& text = static_cast<const ConstantExpr&>(e).value.text;
            add_constant(rt::Value::object(rt::intern(text)), "s" + text);
            first = 1;
        }
    }
    if (first == 0) add_constant(rt::Value::none(), "None");
    for (std::size_t i = first; i < f.body.size(); ++i) visit_stmt(*f.body[i]);
    emit_none();
    emit(Op::RETURN_VALUE);
    vm::CodeObject* code = leave_unit();
    m_unit->line = line;
    make_function(code, scope, f.args);
    for (std::size_t i = 0; i < f.decorator_list.size(); ++i) emit(Op::CALL, 1);
    visit_name(f.name, ExprContext::Store, f.loc);
}

// PUSH_NULL; LOAD_BUILD_CLASS; <body function>; LOAD_CONST 'C'; bases...; CALL
// The body runs with the class namespace as its locals:
//   __module__ = __name__; __qualname__ = 'C'; [__doc__ = ...]; body
void CodeGen::visit_class_def(const ClassDefStmt& c) {
    for (const auto& d : c.decorator_list) {
        emit(Op::PUSH_NULL);
        visit_expr(*d);
    }
    Scope* scope = m_symbols.scope_for(&c);
    int line = c.decorator_list.empty() ? c.loc.line : c.decorator_list.front()->loc.line;
    enter_unit(scope, c.name, line);
    emit(Op::RESUME);
    visit_name("__name__", ExprContext::Load, c.loc);
    visit_name("__module__", ExprContext::Store, c.loc);
    emit(Op::LOAD_CONST, add_constant(rt::Value::object(rt::intern(m_unit->qualname)), "s" + m_unit->qualname));
    visit_name("__qualname__", ExprContext::Store, c.loc);
    std::size_t first = 0;
    if (!c.body.empty() && c.body.front()->kind == StmtKind::Expr) {
        const Expr& e = *static_cast<const ExprStmt&>(*c.body.front()).value;
        if (e.kind == ExprKind::Constant && static_cast<const ConstantExpr&>(e).value.kind == ConstantValue::Kind::Str) {
            m_unit->line = e.loc.line;
            emit_load_const(static_cast<const ConstantExpr&>(e).value);
            visit_name("__doc__", ExprContext::Store, e.loc);
            first = 1;
        }
    }
    for (std::size_t i = first; i < c.body.size(); ++i) visit_stmt(*c.body[i]);
    emit_none();
    emit(Op::RETURN_VALUE);
    vm::CodeObject* code = leave_unit();
    m_unit->line = line;
    emit(Op::PUSH_NULL);
    emit(Op::LOAD_BUILD_CLASS);
    make_function(code, scope, Arguments{});
    emit(Op::LOAD_CONST, add_constant(rt::Value::object(rt::intern(c.name)), "s" + c.name));
    for (const auto& b : c.bases) {
        if (b->kind == ExprKind::Starred) not_yet("starred base classes", b->loc);
        visit_expr(*b);
    }
    std::vector<rt::Value> names;
    std::string key = "t(";
    for (const auto& k : c.keywords) {
        if (k.arg.empty()) not_yet("**keywords in a class statement", c.loc);
        visit_expr(*k.value);
        names.push_back(rt::Value::object(rt::intern(k.arg)));
        key += "s" + k.arg + ",";
    }
    m_unit->line = c.loc.line;
    if (!names.empty()) emit(Op::KW_NAMES, add_constant(rt::make_tuple(std::move(names)), key + ")"));
    emit(Op::CALL, static_cast<std::uint32_t>(2 + c.bases.size() + c.keywords.size()));
    for (std::size_t i = 0; i < c.decorator_list.size(); ++i) emit(Op::CALL, 1);
    visit_name(c.name, ExprContext::Store, c.loc);
}

void CodeGen::visit_assign(const AssignStmt& a) {
    if (a.targets.size() == 1 && is_swap(*a.targets[0], *a.value)) {
        // `a, b = b, a`: CPython 3.11 swaps on the stack instead of building
        // and unpacking a tuple; the stores still run left to right.
        const ExprList& values = static_cast<const TupleExpr&>(*a.value).elts;
        const ExprList& targets = a.targets[0]->kind == ExprKind::Tuple ? static_cast<const TupleExpr&>(*a.targets[0]).elts
                                                                         : static_cast<const ListExpr&>(*a.targets[0]).elts;
        for (const auto& v : values) visit_expr(*v);
        emit(Op::SWAP, static_cast<std::uint32_t>(values.size()));
        for (const auto& t : targets) visit_store(*t);
        return;
    }
    visit_expr(*a.value);
    for (std::size_t i = 0; i < a.targets.size(); ++i) {
        if (i + 1 < a.targets.size()) emit(Op::COPY, 1);
        visit_store(*a.targets[i]);
    }
}

// A tuple display of 2 or 3 items assigned to as many plain targets.
bool CodeGen::is_swap(const Expr& target, const Expr& value) {
    if (value.kind != ExprKind::Tuple || (target.kind != ExprKind::Tuple && target.kind != ExprKind::List)) return false;
    const ExprList& values = static_cast<const TupleExpr&>(value).elts;
    const ExprList& targets = target.kind == ExprKind::Tuple ? static_cast<const TupleExpr&>(target).elts
                                                             : static_cast<const ListExpr&>(target).elts;
    if (values.size() != targets.size() || values.size() < 2 || values.size() > 3) return false;
    for (const auto& e : values)
        if (e->kind == ExprKind::Starred) return false;
    for (const auto& e : targets)
        if (e->kind == ExprKind::Starred || e->kind == ExprKind::Tuple || e->kind == ExprKind::List) return false;
    return true;
}

void CodeGen::visit_aug_assign(const AugAssignStmt& a) {
    auto op = static_cast<std::uint32_t>(a.op) + rt::kBinaryOpCount;
    switch (a.target->kind) {
        case ExprKind::Name: {
            const auto& name = static_cast<const NameExpr&>(*a.target).id;
            visit_name(name, ExprContext::Load, a.target->loc);
            visit_expr(*a.value);
            emit(Op::BINARY_OP, op);
            visit_name(name, ExprContext::Store, a.target->loc);
            break;
        }
        case ExprKind::Attribute: {
            // obj; COPY 1; LOAD_ATTR; value; BINARY_OP; SWAP 2; STORE_ATTR
            auto& t = static_cast<const AttributeExpr&>(*a.target);
            visit_expr(*t.value);
            emit(Op::COPY, 1);
            emit(Op::LOAD_ATTR, add_name(t.attr));
            visit_expr(*a.value);
            emit(Op::BINARY_OP, op);
            emit(Op::SWAP, 2);
            emit(Op::STORE_ATTR, add_name(t.attr));
            break;
        }
        case ExprKind::Subscript: {
            // container; key; COPY 2; COPY 2; BINARY_SUBSCR; value; BINARY_OP; SWAP 3; SWAP 2; STORE_SUBSCR
            auto& t = static_cast<const SubscriptExpr&>(*a.target);
            visit_expr(*t.value);
            visit_slice_or_expr(*t.slice);
            emit(Op::COPY, 2);
            emit(Op::COPY, 2);
            emit(Op::BINARY_SUBSCR);
            visit_expr(*a.value);
            emit(Op::BINARY_OP, op);
            emit(Op::SWAP, 3);
            emit(Op::SWAP, 2);
            emit(Op::STORE_SUBSCR);
            break;
        }
        default:
            fail("'" + std::string("expression") + "' is an illegal expression for augmented assignment", a.loc);
    }
}

// iter; GET_ITER; start: FOR_ITER else; target; body; JUMP_BACKWARD start; else: orelse; exit:
void CodeGen::visit_for(const ForStmt& f) {
    Label start = new_label(), orelse = new_label(), exit = new_label();
    visit_expr(*f.iter);
    emit(Op::GET_ITER);
    bind(start);
    m_unit->line = f.loc.line;
    emit_jump(Op::FOR_ITER, orelse);
    ++m_unit->depth;
    m_unit->blocks.push_back({BlockKind::ForLoop, start, exit, nullptr, {}, m_unit->handler_stack.size()});
    visit_store(*f.target);
    visit_body(f.body);
    m_unit->blocks.pop_back();
    --m_unit->depth;
    m_unit->line = f.loc.line;
    emit_jump(Op::JUMP_BACKWARD, start);
    bind(orelse);
    visit_body(f.orelse);
    bind(exit);
}

// start: test (POP_JUMP_IF_FALSE else); body; JUMP_BACKWARD start; else: orelse; exit:
void CodeGen::visit_while(const WhileStmt& w) {
    Label start = new_label(), orelse = new_label(), exit = new_label();
    bind(start);
    if (!is_constant_true(*w.test)) jump_if(*w.test, orelse, false);
    m_unit->blocks.push_back({BlockKind::WhileLoop, start, exit, nullptr, {}, m_unit->handler_stack.size()});
    visit_body(w.body);
    m_unit->blocks.pop_back();
    m_unit->line = w.loc.line;
    emit_jump(Op::JUMP_BACKWARD, start);
    bind(orelse);
    visit_body(w.orelse);
    bind(exit);
}

void CodeGen::visit_if(const IfStmt& s) {
    Label orelse = new_label(), end = new_label();
    jump_if(*s.test, orelse, false);
    visit_body(s.body);
    if (!s.orelse.empty()) emit_jump(Op::JUMP_FORWARD, end);
    bind(orelse);
    visit_body(s.orelse);
    bind(end);
}

void CodeGen::visit_raise(const RaiseStmt& r) {
    std::uint32_t n = 0;
    if (r.exc) {
        visit_expr(*r.exc);
        ++n;
        if (r.cause) {
            visit_expr(*r.cause);
            ++n;
        }
    }
    m_unit->line = r.loc.line;
    emit(Op::RAISE_VARARGS, n);
}

void CodeGen::visit_try(const TryStmt& t) {
    if (t.finalbody.empty()) visit_try_except(t);
    else visit_try_finally(t);
}

// try: body except T as n: h else: orelse   (d = depth before the try)
//        body                     [handler: H at d]
//        JUMP_FORWARD else
//   H:   PUSH_EXC_INFO            [handler: C at d+1]   stack: prev, exc
//        LOAD T; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next
//        STORE n; h; POP_EXCEPT; n = None; del n; JUMP_FORWARD end
//   next: RERAISE
//   C:   COPY 2; POP_EXCEPT; RERAISE   (restores the handled exception)
//   else: orelse
//   end:
void CodeGen::visit_try_except(const TryStmt& t) {
    Label handler = new_label(), cleanup = new_label(), orelse = new_label(), end = new_label();
    int d = m_unit->depth;
    push_handler(handler, d);
    m_unit->blocks.push_back({BlockKind::TryExcept, {}, {}, nullptr, {}, m_unit->handler_stack.size() - 1});
    visit_body(t.body);
    m_unit->blocks.pop_back();
    pop_handler();
    emit_jump(Op::JUMP_FORWARD, orelse);

    bind(handler);
    // Code that unwinds out of a handler (return, break) must raise into
    // the handler outside this whole statement, not into `cleanup`.
    std::size_t outer_handlers = m_unit->handler_stack.size();
    push_handler(cleanup, d + 1);
    emit(Op::PUSH_EXC_INFO);
    for (const ExceptHandler& h : t.handlers) {
        m_unit->line = h.loc.line;
        Label next = new_label();
        if (h.type) {
            visit_expr(*h.type);
            emit(Op::CHECK_EXC_MATCH);
            emit_jump(Op::POP_JUMP_IF_FALSE, next);
        }
        m_unit->depth = d + 1;
        if (h.name.empty()) {
            emit(Op::POP_TOP);
            m_unit->blocks.push_back({BlockKind::HandlerCleanup, {}, {}, nullptr, {}, outer_handlers});
            visit_body(h.body);
            m_unit->blocks.pop_back();
            emit(Op::POP_EXCEPT);
        } else {
            // The name is cleared however the handler ends, as CPython does.
            Label name_cleanup = new_label();
            visit_name(h.name, ExprContext::Store, h.loc);
            push_handler(name_cleanup, d + 1);
            m_unit->blocks.push_back({BlockKind::HandlerCleanup, {}, {}, nullptr, h.name, outer_handlers});
            visit_body(h.body);
            m_unit->blocks.pop_back();
            pop_handler();
            emit(Op::POP_EXCEPT);
            clear_handler_name(h.name);
            m_unit->depth = d;
            emit_jump(Op::JUMP_FORWARD, end);
            bind(name_cleanup);
            clear_handler_name(h.name);
            emit(Op::RERAISE);
        }
        m_unit->depth = d;
        if (h.name.empty()) emit_jump(Op::JUMP_FORWARD, end);
        bind(next);
    }
    emit(Op::RERAISE);
    pop_handler();
    bind(cleanup);
    emit(Op::COPY, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
    bind(orelse);
    visit_body(t.orelse);
    bind(end);
}

void CodeGen::clear_handler_name(const std::string& name) {
    emit_none();
    visit_name(name, ExprContext::Store, Location{});
    visit_name(name, ExprContext::Del, Location{});
}

// try: body finally: fin
//        body                     [handler: F at d]
//        fin; JUMP_FORWARD end
//   F:   PUSH_EXC_INFO            [handler: C at d+1]
//        fin; RERAISE
//   C:   COPY 2; POP_EXCEPT; RERAISE
//   end:
void CodeGen::visit_try_finally(const TryStmt& t) {
    Label final_exc = new_label(), cleanup = new_label(), end = new_label();
    int d = m_unit->depth;
    push_handler(final_exc, d);
    m_unit->blocks.push_back({BlockKind::FinallyTry, {}, {}, &t.finalbody, {}, m_unit->handler_stack.size() - 1});
    if (t.handlers.empty()) {
        visit_body(t.body);
    } else {
        visit_try_except(t);
    }
    m_unit->blocks.pop_back();
    pop_handler();
    visit_body(t.finalbody);
    emit_jump(Op::JUMP_FORWARD, end);

    bind(final_exc);
    std::size_t outer_handlers = m_unit->handler_stack.size();
    push_handler(cleanup, d + 1);
    emit(Op::PUSH_EXC_INFO);
    m_unit->depth = d + 2;
    m_unit->blocks.push_back({BlockKind::FinallyEnd, {}, {}, nullptr, {}, outer_handlers});
    visit_body(t.finalbody);
    m_unit->blocks.pop_back();
    m_unit->depth = d;
    emit(Op::RERAISE);
    pop_handler();
    bind(cleanup);
    emit(Op::COPY, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
    bind(end);
}

// with m as v: body     (d = depth before the statement; several items nest)
//        m; BEFORE_WITH; v = ...      stack: exit
//        body                         [handler: H at d+1]
//        exit(None, None, None); POP_TOP; JUMP_FORWARD end
//   H:   PUSH_EXC_INFO                [handler: C at d+2]   stack: exit, prev, exc
//        WITH_EXCEPT_START; POP_JUMP_IF_TRUE suppress; RERAISE
//   suppress: POP_TOP; POP_EXCEPT; POP_TOP; JUMP_FORWARD end
//   C:   COPY 2; POP_EXCEPT; RERAISE
//   end:
void CodeGen::visit_with(const WithStmt& w, std::size_t item) {
    const WithItem& it = w.items[item];
    Label handler = new_label(), suppress = new_label(), cleanup = new_label(), end = new_label();
    int d = m_unit->depth;
    visit_expr(*it.context_expr);
    m_unit->line = w.loc.line;
    emit(Op::BEFORE_WITH);
    std::size_t outer_handlers = m_unit->handler_stack.size();
    push_handler(handler, d + 1);
    m_unit->depth = d + 1;
    m_unit->blocks.push_back({BlockKind::With, {}, {}, nullptr, {}, outer_handlers});
    if (it.optional_vars) visit_store(*it.optional_vars);
    else emit(Op::POP_TOP);
    if (item + 1 < w.items.size()) visit_with(w, item + 1);
    else visit_body(w.body);
    m_unit->blocks.pop_back();
    pop_handler();
    m_unit->line = w.loc.line;
    call_exit_with_nones();
    m_unit->depth = d;
    emit_jump(Op::JUMP_FORWARD, end);

    bind(handler);
    push_handler(cleanup, d + 2);
    emit(Op::PUSH_EXC_INFO);
    emit(Op::WITH_EXCEPT_START);
    emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
    emit(Op::RERAISE);
    bind(suppress);
    emit(Op::POP_TOP);
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);
    pop_handler();
    emit_jump(Op::JUMP_FORWARD, end);
    bind(cleanup);
    emit(Op::COPY, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
    bind(end);
}

// [exit, None, None, None] is the [callable, self, args] shape: CALL 2 makes three arguments.
void CodeGen::call_exit_with_nones() {
    emit_none();
    emit_none();
    emit_none();
    emit(Op::CALL, 2);
    emit(Op::POP_TOP);
}

void CodeGen::visit_return(const ReturnStmt& r) {
    if (m_unit->scope->kind != ScopeKind::Function) fail("'return' outside function", r.loc);
    if (r.value) visit_expr(*r.value);
    else emit_none();
    unwind_blocks(false, true, nullptr);
    m_unit->line = r.loc.line;
    emit(Op::RETURN_VALUE);
}

void CodeGen::visit_break_continue(const Stmt& s, bool is_break) {
    Block* loop = nullptr;
    for (auto it = m_unit->blocks.rbegin(); it != m_unit->blocks.rend(); ++it)
        if (it->kind == BlockKind::WhileLoop || it->kind == BlockKind::ForLoop) {
            loop = &*it;
            break;
        }
    if (!loop) fail(is_break ? "'break' outside loop" : "'continue' not properly in loop", s.loc);
    unwind_blocks(true, false, &loop);
    m_unit->line = s.loc.line;
    if (is_break) {
        if (loop->kind == BlockKind::ForLoop) emit(Op::POP_TOP);
        emit_jump(Op::JUMP_FORWARD, loop->exit);
    } else {
        emit_jump(Op::JUMP_BACKWARD, loop->start);
    }
}

void CodeGen::unwind_blocks(bool to_loop, bool preserve_top, Block** loop) {
    // Finally bodies emitted here must not see the blocks they unwind, and
    // their exceptions must go to the handler outside the unwound block.
    std::vector<Block> saved_blocks = m_unit->blocks;
    std::vector<int> saved_handlers = m_unit->handler_stack;
    int saved_depth = m_unit->depth;
    if (preserve_top) ++m_unit->depth;
    while (!m_unit->blocks.empty()) {
        Block b = m_unit->blocks.back();
        if (to_loop && (b.kind == BlockKind::WhileLoop || b.kind == BlockKind::ForLoop)) break;
        m_unit->blocks.pop_back();
        m_unit->handler_stack.resize(b.handlers_below);
        unwind_block(b, preserve_top);
    }
    std::size_t loop_index = m_unit->blocks.size() - 1;
    m_unit->blocks = std::move(saved_blocks);
    if (to_loop) *loop = &m_unit->blocks[loop_index];
    m_unit->handler_stack = std::move(saved_handlers);
    m_unit->depth = saved_depth;
}

void CodeGen::unwind_block(const Block& b, bool preserve_top) {
    switch (b.kind) {
        case BlockKind::WhileLoop:
        case BlockKind::TryExcept:
            return;
        case BlockKind::ForLoop:
            // The loop's iterator sits under the return value.
            if (preserve_top) emit(Op::SWAP, 2);
            emit(Op::POP_TOP);
            --m_unit->depth;
            return;
        case BlockKind::FinallyTry:
            visit_body(*b.finalbody);
            return;
        case BlockKind::With:
            // Leaving the body early still calls __exit__(None, None, None).
            if (preserve_top) emit(Op::SWAP, 2);
            call_exit_with_nones();
            --m_unit->depth;
            return;
        case BlockKind::FinallyEnd:
            // Stack: prev, exc[, value]: drop exc, then restore prev.
            if (preserve_top) emit(Op::SWAP, 2);
            emit(Op::POP_TOP);
            [[fallthrough]];
        case BlockKind::HandlerCleanup:
            if (preserve_top) emit(Op::SWAP, 2);
            emit(Op::POP_EXCEPT);
            if (!b.name.empty()) clear_handler_name(b.name);
            m_unit->depth -= b.kind == BlockKind::FinallyEnd ? 2 : 1;
            return;
    }
}

// if not test: LOAD_ASSERTION_ERROR; [msg; CALL 0]; RAISE_VARARGS 1
void CodeGen::visit_assert(const AssertStmt& a) {
    Label end = new_label();
    jump_if(*a.test, end, true);
    // The raise is located at the test, so a traceback marks what failed.
    m_unit->span = a.test->loc;
    emit(Op::LOAD_ASSERTION_ERROR);
    if (a.msg) {
        visit_expr(*a.msg);
        // [AssertionError, msg] is the [callable, self] shape: CALL 0 calls AssertionError(msg).
        emit(Op::CALL, 0);
    }
    emit(Op::RAISE_VARARGS, 1);
    bind(end);
}

void CodeGen::visit_import(const ImportStmt& s) {
    for (const Alias& a : s.names) {
        m_unit->line = a.loc.line ? a.loc.line : s.loc.line;
        if (a.name.find('.') != std::string::npos) not_yet("importing a submodule ('" + a.name + "')", a.loc);
        emit(Op::LOAD_CONST, add_constant(rt::Value::small_int(0), "i0"));
        emit_none();
        emit(Op::IMPORT_NAME, add_name(a.name));
        visit_name(a.asname.empty() ? a.name : a.asname, ExprContext::Store, a.loc);
    }
}

void CodeGen::visit_import_from(const ImportFromStmt& s) {
    std::vector<rt::Value> names;
    std::string key = "t";
    for (const Alias& a : s.names) {
        if (a.name == "*") not_yet("'from ... import *'", s.loc);
        names.push_back(rt::Value::object(rt::intern(a.name)));
        key += a.name + ",";
    }
    emit(Op::LOAD_CONST, add_constant(rt::Value::small_int(s.level), "i" + std::to_string(s.level)));
    emit(Op::LOAD_CONST, add_constant(rt::make_tuple(std::move(names)), key));
    emit(Op::IMPORT_NAME, add_name(s.module));
    for (const Alias& a : s.names) {
        emit(Op::IMPORT_FROM, add_name(a.name));
        visit_name(a.asname.empty() ? a.name : a.asname, ExprContext::Store, a.loc);
    }
    emit(Op::POP_TOP);
}

void CodeGen::visit_delete(const DeleteStmt& d) {
    for (const auto& t : d.targets) delete_target(*t);
}

void CodeGen::delete_target(const Expr& t) {
    m_unit->span = t.loc;
    switch (t.kind) {
        case ExprKind::Name: visit_name(static_cast<const NameExpr&>(t).id, ExprContext::Del, t.loc); break;
        case ExprKind::Attribute: {
            auto& a = static_cast<const AttributeExpr&>(t);
            visit_expr(*a.value);
            emit(Op::DELETE_ATTR, add_name(a.attr));
            break;
        }
        case ExprKind::Subscript: {
            auto& s = static_cast<const SubscriptExpr&>(t);
            visit_expr(*s.value);
            visit_slice_or_expr(*s.slice);
            emit(Op::DELETE_SUBSCR);
            break;
        }
        case ExprKind::Tuple:
            for (const auto& e : static_cast<const TupleExpr&>(t).elts) delete_target(*e);
            break;
        case ExprKind::List:
            for (const auto& e : static_cast<const ListExpr&>(t).elts) delete_target(*e);
            break;
        default: fail("cannot delete expression", t.loc);
    }
}

}  // namespace minipy::compiler
