// compiler/codegen_expr.cpp: expressions, assignment targets, calls,
// functions, lambdas and comprehensions. Each expression's instructions
// carry the expression's own line, as CPython 3.11's locations do, so a
// traceback points at the line of the operation that failed.
#include "compiler/codegen.h"

#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/set_object.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy::compiler {

using vm::Op;

namespace {

bool is_starred(const Expr& e) { return e.kind == ExprKind::Starred; }

bool has_starred(const ExprList& elts) {
    for (const auto& e : elts)
        if (is_starred(*e)) return true;
    return false;
}

}  // namespace

void CodeGen::visit_expr(const Expr& e) {
    int saved_line = m_unit->line;
    Location saved_span = m_unit->span;
    if (e.loc.line) {
        m_unit->line = e.loc.line;
        m_unit->span = e.loc;
    }
    switch (e.kind) {
        case ExprKind::Constant: emit_load_const(static_cast<const ConstantExpr&>(e).value); break;
        case ExprKind::Name: {
            auto& n = static_cast<const NameExpr&>(e);
            visit_name(n.id, ExprContext::Load, e.loc);
            break;
        }
        case ExprKind::BoolOp: visit_bool_op(static_cast<const BoolOpExpr&>(e)); break;
        case ExprKind::NamedExpr: fail("assignment expressions (:=) are not supported by minipy", e.loc);
        case ExprKind::BinOp: {
            auto& b = static_cast<const BinOpExpr&>(e);
            visit_expr(*b.left);
            visit_expr(*b.right);
            emit(Op::BINARY_OP, static_cast<std::uint32_t>(b.op));
            break;
        }
        case ExprKind::UnaryOp: {
            auto& u = static_cast<const UnaryOpExpr&>(e);
            visit_expr(*u.operand);
            static constexpr Op kOps[] = {Op::UNARY_INVERT, Op::UNARY_NOT, Op::UNARY_POSITIVE, Op::UNARY_NEGATIVE};
            emit(kOps[static_cast<int>(u.op)]);
            break;
        }
        case ExprKind::Lambda: visit_lambda(static_cast<const LambdaExpr&>(e)); break;
        case ExprKind::IfExp: {
            auto& i = static_cast<const IfExpExpr&>(e);
            Label orelse = new_label(), end = new_label();
            jump_if(*i.test, orelse, false);
            visit_expr(*i.body);
            emit_jump(Op::JUMP_FORWARD, end);
            bind(orelse);
            visit_expr(*i.orelse);
            bind(end);
            break;
        }
        case ExprKind::Dict: visit_dict(static_cast<const DictExpr&>(e)); break;
        case ExprKind::Set: visit_sequence(static_cast<const SetExpr&>(e).elts, Op::BUILD_SET, Op::SET_UPDATE, false); break;
        case ExprKind::List: visit_sequence(static_cast<const ListExpr&>(e).elts, Op::BUILD_LIST, Op::LIST_EXTEND, false); break;
        case ExprKind::Tuple: visit_sequence(static_cast<const TupleExpr&>(e).elts, Op::BUILD_TUPLE, Op::LIST_EXTEND, true); break;
        case ExprKind::ListComp: visit_comprehension(e, static_cast<const ListCompExpr&>(e).generators, Op::BUILD_LIST); break;
        case ExprKind::SetComp: visit_comprehension(e, static_cast<const SetCompExpr&>(e).generators, Op::BUILD_SET); break;
        case ExprKind::DictComp: visit_comprehension(e, static_cast<const DictCompExpr&>(e).generators, Op::BUILD_MAP); break;
        case ExprKind::GeneratorExp:
            visit_comprehension(e, static_cast<const GeneratorExpExpr&>(e).generators, Op::YIELD_VALUE);
            break;
        case ExprKind::Await: not_yet("await", e.loc);
        case ExprKind::Yield: {
            check_yield_allowed(e.loc);
            auto& y = static_cast<const YieldExpr&>(e);
            if (y.value) visit_expr(*y.value);
            else emit_none();
            emit_yield();
            break;
        }
        case ExprKind::YieldFrom:
            check_yield_allowed(e.loc);
            visit_expr(*static_cast<const YieldFromExpr&>(e).value);
            emit(Op::GET_YIELD_FROM_ITER);
            emit_none();
            emit_yield_from();
            break;
        case ExprKind::Compare: visit_compare(static_cast<const CompareExpr&>(e)); break;
        case ExprKind::Call: visit_call(static_cast<const CallExpr&>(e)); break;
        case ExprKind::FormattedValue: visit_formatted_value(static_cast<const FormattedValueExpr&>(e)); break;
        case ExprKind::JoinedStr: visit_joined_str(static_cast<const JoinedStrExpr&>(e)); break;
        case ExprKind::Attribute: {
            auto& a = static_cast<const AttributeExpr&>(e);
            visit_expr(*a.value);
            emit(Op::LOAD_ATTR, add_name(a.attr));
            break;
        }
        case ExprKind::Subscript: visit_subscript(static_cast<const SubscriptExpr&>(e)); break;
        case ExprKind::Starred: fail("can't use starred expression here", e.loc);
        case ExprKind::Slice: visit_slice_or_expr(e); break;
    }
    m_unit->line = saved_line;
    m_unit->span = saved_span;
}

void CodeGen::visit_name(const std::string& name, ExprContext ctx, const Location& loc) {
    Scope* scope = m_unit->scope;
    NameScope how = scope->scope_of(name);
    int kind = ctx == ExprContext::Load ? 0 : ctx == ExprContext::Store ? 1 : 2;
    if (how == NameScope::GlobalExplicit || (scope->kind == ScopeKind::Function && how == NameScope::GlobalImplicit)) {
        static constexpr Op kOps[] = {Op::LOAD_GLOBAL, Op::STORE_GLOBAL, Op::DELETE_GLOBAL};
        emit(kOps[kind], add_name(name));
    } else if (scope->kind == ScopeKind::Class && how == NameScope::Free) {
        if (ctx != ExprContext::Load) fail("assigning a variable of an enclosing function in a class body is not supported by minipy", loc);
        emit(Op::LOAD_CLASSDEREF, m_unit->slot_index.at(name));
    } else if (scope->kind != ScopeKind::Function) {
        static constexpr Op kOps[] = {Op::LOAD_NAME, Op::STORE_NAME, Op::DELETE_NAME};
        emit(kOps[kind], add_name(name));
    } else if (how == NameScope::Local) {
        static constexpr Op kOps[] = {Op::LOAD_FAST, Op::STORE_FAST, Op::DELETE_FAST};
        emit(kOps[kind], m_unit->slot_index.at(name));
    } else {
        static constexpr Op kOps[] = {Op::LOAD_DEREF, Op::STORE_DEREF, Op::DELETE_DEREF};
        emit(kOps[kind], m_unit->slot_index.at(name));
    }
}

void CodeGen::visit_store(const Expr& target) {
    int saved_line = m_unit->line;
    Location saved_span = m_unit->span;
    if (target.loc.line) {
        m_unit->line = target.loc.line;
        m_unit->span = target.loc;
    }
    switch (target.kind) {
        case ExprKind::Name: visit_name(static_cast<const NameExpr&>(target).id, ExprContext::Store, target.loc); break;
        case ExprKind::Attribute: {
            auto& a = static_cast<const AttributeExpr&>(target);
            visit_expr(*a.value);
            emit(Op::STORE_ATTR, add_name(a.attr));
            break;
        }
        case ExprKind::Subscript: {
            auto& s = static_cast<const SubscriptExpr&>(target);
            visit_expr(*s.value);
            visit_slice_or_expr(*s.slice);
            emit(Op::STORE_SUBSCR);
            break;
        }
        case ExprKind::Tuple: unpack_targets(static_cast<const TupleExpr&>(target).elts, target.loc); break;
        case ExprKind::List: unpack_targets(static_cast<const ListExpr&>(target).elts, target.loc); break;
        case ExprKind::Starred: fail("starred assignment target must be in a list or tuple", target.loc);
        default: fail("cannot assign to expression", target.loc);
    }
    m_unit->line = saved_line;
    m_unit->span = saved_span;
}

void CodeGen::unpack_targets(const ExprList& elts, const Location& loc) {
    std::size_t star = elts.size();
    for (std::size_t i = 0; i < elts.size(); ++i) {
        if (!is_starred(*elts[i])) continue;
        if (star != elts.size()) fail("multiple starred expressions in assignment", loc);
        star = i;
    }
    if (star == elts.size()) {
        emit(Op::UNPACK_SEQUENCE, static_cast<std::uint32_t>(elts.size()));
    } else {
        auto before = static_cast<std::uint32_t>(star);
        auto after = static_cast<std::uint32_t>(elts.size() - star - 1);
        emit(Op::UNPACK_EX, before | (after << 8));
    }
    for (const auto& e : elts) visit_store(is_starred(*e) ? *static_cast<const StarredExpr&>(*e).value : *e);
}

void CodeGen::visit_bool_op(const BoolOpExpr& b) {
    Label end = new_label();
    Op jump = b.op == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
    for (std::size_t i = 0; i + 1 < b.values.size(); ++i) {
        visit_expr(*b.values[i]);
        emit_jump(jump, end);
    }
    visit_expr(*b.values.back());
    bind(end);
}

namespace {

// COMPARE_OP, CONTAINS_OP or IS_OP with its argument.
std::pair<Op, std::uint32_t> compare_instruction(CmpOpKind op) {
    switch (op) {
        case CmpOpKind::In: return {Op::CONTAINS_OP, 0};
        case CmpOpKind::NotIn: return {Op::CONTAINS_OP, 1};
        case CmpOpKind::Is: return {Op::IS_OP, 0};
        case CmpOpKind::IsNot: return {Op::IS_OP, 1};
        default: return {Op::COMPARE_OP, static_cast<std::uint32_t>(op)};
    }
}

}  // namespace

// a < b < c:  a; b; SWAP 2; COPY 2; COMPARE_OP <; JUMP_IF_FALSE_OR_POP cleanup;
//             c; COMPARE_OP <; JUMP_FORWARD end; cleanup: SWAP 2; POP_TOP; end:
void CodeGen::visit_compare(const CompareExpr& c) {
    visit_expr(*c.left);
    if (c.ops.size() == 1) {
        visit_expr(*c.comparators[0]);
        auto [op, arg] = compare_instruction(c.ops[0]);
        emit(op, arg);
        return;
    }
    Label cleanup = new_label(), end = new_label();
    for (std::size_t i = 0; i + 1 < c.ops.size(); ++i) {
        visit_expr(*c.comparators[i]);
        emit(Op::SWAP, 2);
        emit(Op::COPY, 2);
        auto [op, arg] = compare_instruction(c.ops[i]);
        emit(op, arg);
        emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
    }
    visit_expr(*c.comparators.back());
    auto [op, arg] = compare_instruction(c.ops.back());
    emit(op, arg);
    emit_jump(Op::JUMP_FORWARD, end);
    bind(cleanup);
    emit(Op::SWAP, 2);
    emit(Op::POP_TOP);
    bind(end);
}

void CodeGen::jump_if(const Expr& e, Label target, bool when) {
    if (e.kind == ExprKind::UnaryOp && static_cast<const UnaryOpExpr&>(e).op == UnaryOpKind::Not) {
        jump_if(*static_cast<const UnaryOpExpr&>(e).operand, target, !when);
        return;
    }
    if (e.kind == ExprKind::BoolOp) {
        auto& b = static_cast<const BoolOpExpr&>(e);
        // `a and b` is false as soon as one is; `a or b` true as soon as one is.
        bool short_value = b.op == BoolOpKind::Or;
        if (short_value == when) {
            for (const auto& v : b.values) jump_if(*v, target, when);
        } else {
            Label skip = new_label();
            for (std::size_t i = 0; i + 1 < b.values.size(); ++i) jump_if(*b.values[i], skip, !when);
            jump_if(*b.values.back(), target, when);
            bind(skip);
        }
        return;
    }
    visit_expr(e);
    emit_jump(when ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
}

bool CodeGen::is_constant_true(const Expr& e) const {
    if (e.kind != ExprKind::Constant) return false;
    const ConstantValue& c = static_cast<const ConstantExpr&>(e).value;
    using K = ConstantValue::Kind;
    return c.kind == K::True || (c.kind == K::Int && c.text != "0") || (c.kind == K::Str && !c.text.empty());
}

void CodeGen::visit_sequence(const ExprList& elts, Op build, Op extend, bool as_tuple) {
    bool all_constant = !elts.empty();
    for (const auto& e : elts) all_constant = all_constant && e->kind == ExprKind::Constant;
    if (build == Op::BUILD_SET && all_constant && elts.size() >= 3) {
        // CPython 3.11 builds {1, 2, 3} from a frozenset constant, which
        // fixes the order the set's table ends up in.
        rt::Root frozen(rt::make_frozenset());
        std::string key = "fs(";
        for (const auto& e : elts) {
            const ConstantValue& c = static_cast<const ConstantExpr&>(*e).value;
            if (frozen.as<rt::SetObject>()->add(m_unit->constants[constant_index(c)]).is_error()) rt::clear_exception();
            key += constant_key(c) + ",";
        }
        emit(Op::BUILD_SET, 0);
        emit(Op::LOAD_CONST, add_constant(frozen.get(), key + ")"));
        emit(Op::SET_UPDATE, 1);
        return;
    }
    if (!has_starred(elts)) {
        bool all_constant = as_tuple && !elts.empty();
        for (const auto& e : elts) all_constant = all_constant && e->kind == ExprKind::Constant;
        if (all_constant) {
            // CPython folds a tuple of constants into one constant.
            std::vector<rt::Value> items;
            std::string key = "t(";
            for (const auto& e : elts) {
                const ConstantValue& c = static_cast<const ConstantExpr&>(*e).value;
                items.push_back(m_unit->constants[constant_index(c)]);
                key += constant_key(c) + ",";
            }
            emit(Op::LOAD_CONST, add_constant(rt::make_tuple(std::move(items)), key + ")"));
            return;
        }
        for (const auto& e : elts) visit_expr(*e);
        emit(build, static_cast<std::uint32_t>(elts.size()));
        return;
    }
    // With a star: build incrementally, then convert a tuple's list.
    bool is_set = build == Op::BUILD_SET;
    emit(is_set ? Op::BUILD_SET : Op::BUILD_LIST, 0);
    for (const auto& e : elts) {
        if (is_starred(*e)) {
            visit_expr(*static_cast<const StarredExpr&>(*e).value);
            emit(extend, 1);
        } else {
            visit_expr(*e);
            emit(is_set ? Op::SET_ADD : Op::LIST_APPEND, 1);
        }
    }
    if (as_tuple) emit(Op::LIST_TO_TUPLE);
}

void CodeGen::visit_dict(const DictExpr& d) {
    bool has_unpack = false;
    for (const auto& k : d.keys) has_unpack = has_unpack || !k;
    if (!has_unpack) {
        for (std::size_t i = 0; i < d.keys.size(); ++i) {
            visit_expr(*d.keys[i]);
            visit_expr(*d.values[i]);
        }
        emit(Op::BUILD_MAP, static_cast<std::uint32_t>(d.keys.size()));
        return;
    }
    emit(Op::BUILD_MAP, 0);
    for (std::size_t i = 0; i < d.keys.size(); ++i) {
        if (d.keys[i]) {
            visit_expr(*d.keys[i]);
            visit_expr(*d.values[i]);
            emit(Op::BUILD_MAP, 1);
        } else {
            visit_expr(*d.values[i]);
        }
        emit(Op::DICT_UPDATE, 1);
    }
}

void CodeGen::visit_subscript(const SubscriptExpr& s) {
    visit_expr(*s.value);
    visit_slice_or_expr(*s.slice);
    emit(Op::BINARY_SUBSCR);
}

void CodeGen::visit_slice_or_expr(const Expr& e) {
    if (e.kind != ExprKind::Slice) {
        visit_expr(e);
        return;
    }
    auto& s = static_cast<const SliceExpr&>(e);
    if (s.lower) visit_expr(*s.lower);
    else emit_none();
    if (s.upper) visit_expr(*s.upper);
    else emit_none();
    if (s.step) visit_expr(*s.step);
    emit(Op::BUILD_SLICE, s.step ? 3 : 2);
}

void CodeGen::visit_call(const CallExpr& c) {
    bool star = has_starred(c.args);
    for (const auto& k : c.keywords) star = star || k.arg.empty();
    if (!star && c.func->kind == ExprKind::Attribute) {
        // obj.m(args): LOAD_METHOD avoids creating a bound method.
        auto& a = static_cast<const AttributeExpr&>(*c.func);
        visit_expr(*a.value);
        Location call_span = m_unit->span;
        m_unit->span = a.loc;
        emit(Op::LOAD_METHOD, add_name(a.attr));
        m_unit->span = call_span;
        visit_call_arguments(c, true);
        return;
    }
    emit(Op::PUSH_NULL);
    visit_expr(*c.func);
    visit_call_arguments(c, false);
}

void CodeGen::visit_call_arguments(const CallExpr& c, bool) {
    bool star = has_starred(c.args);
    bool double_star = false;
    for (const auto& k : c.keywords) double_star = double_star || k.arg.empty();
    if (!star && !double_star) {
        for (const auto& a : c.args) visit_expr(*a);
        std::vector<rt::Value> names;
        std::string key = "t(";
        for (const auto& k : c.keywords) {
            visit_expr(*k.value);
            names.push_back(rt::Value::object(rt::intern(k.arg)));
            key += "s" + k.arg + ",";
        }
        m_unit->line = c.loc.line;
        if (!names.empty()) emit(Op::KW_NAMES, add_constant(rt::make_tuple(std::move(names)), key + ")"));
        emit(Op::CALL, static_cast<std::uint32_t>(c.args.size() + c.keywords.size()));
        return;
    }
    if (c.args.size() == 1 && star) visit_expr(*static_cast<const StarredExpr&>(*c.args[0]).value);
    else visit_sequence(c.args, Op::BUILD_TUPLE, Op::LIST_EXTEND, true);
    if (!c.keywords.empty()) {
        emit(Op::BUILD_MAP, 0);
        for (const auto& k : c.keywords) {
            if (!k.arg.empty()) {
                emit(Op::LOAD_CONST, add_constant(rt::Value::object(rt::intern(k.arg)), "s" + k.arg));
                visit_expr(*k.value);
                emit(Op::BUILD_MAP, 1);
            } else {
                visit_expr(*k.value);
            }
            emit(Op::DICT_MERGE, 1);
        }
    }
    m_unit->line = c.loc.line;
    emit(Op::CALL_FUNCTION_EX, c.keywords.empty() ? 0 : 1);
}

void CodeGen::visit_joined_str(const JoinedStrExpr& j) {
    if (j.values.empty()) {
        emit(Op::LOAD_CONST, add_constant(rt::Value::object(rt::intern("")), "s"));
        return;
    }
    for (const auto& v : j.values) visit_expr(*v);
    if (j.values.size() > 1) emit(Op::BUILD_STRING, static_cast<std::uint32_t>(j.values.size()));
}

void CodeGen::visit_formatted_value(const FormattedValueExpr& f) {
    visit_expr(*f.value);
    std::uint32_t flags = 0;
    if (f.conversion == 's') flags = 1;
    if (f.conversion == 'r') flags = 2;
    if (f.conversion == 'a') flags = 3;
    if (f.format_spec) {
        visit_expr(*f.format_spec);
        flags |= 4;
    }
    emit(Op::FORMAT_VALUE, flags);
}

void CodeGen::make_function(vm::CodeObject* code, Scope* scope, const Arguments& args) {
    std::uint32_t flags = 0;
    if (!args.defaults.empty()) {
        for (const auto& d : args.defaults) visit_expr(*d);
        emit(Op::BUILD_TUPLE, static_cast<std::uint32_t>(args.defaults.size()));
        flags |= 1;
    }
    std::uint32_t nkw = 0;
    for (std::size_t i = 0; i < args.kwonlyargs.size(); ++i) {
        if (!args.kw_defaults[i]) continue;
        emit(Op::LOAD_CONST, add_constant(rt::Value::object(rt::intern(args.kwonlyargs[i].name)), "s" + args.kwonlyargs[i].name));
        visit_expr(*args.kw_defaults[i]);
        ++nkw;
    }
    if (nkw) {
        emit(Op::BUILD_MAP, nkw);
        flags |= 2;
    }
    if (!scope->freevars.empty()) {
        for (const auto& name : scope->freevars) emit(Op::LOAD_CLOSURE, m_unit->slot_index.at(name));
        emit(Op::BUILD_TUPLE, static_cast<std::uint32_t>(scope->freevars.size()));
        flags |= 8;
    }
    char key[40];
    std::snprintf(key, sizeof key, "c%p", static_cast<void*>(code));
    emit(Op::LOAD_CONST, add_constant(rt::Value::object(code), key));
    emit(Op::MAKE_FUNCTION, flags);
}

void CodeGen::visit_lambda(const LambdaExpr& l) {
    Scope* scope = m_symbols.scope_for(&l);
    enter_unit(scope, "<lambda>", l.loc.line);
    m_unit->argcount = static_cast<int>(l.args.posonlyargs.size() + l.args.args.size());
    m_unit->posonlyargcount = static_cast<int>(l.args.posonlyargs.size());
    m_unit->kwonlyargcount = static_cast<int>(l.args.kwonlyargs.size());
    // None first, so that a lambda never has a docstring (CPython 3.11).
    add_constant(rt::Value::none(), "None");
    emit(Op::RESUME);
    visit_expr(*l.body);
    emit(Op::RETURN_VALUE);
    vm::CodeObject* code = leave_unit();
    make_function(code, scope, l.args);
}

// [x for x in it]: a function of one argument (the first iterator) called at once:
//   BUILD_LIST 0; LOAD_FAST .0; start: FOR_ITER end; x = ...; elt; LIST_APPEND 2;
//   JUMP_BACKWARD start; end: RETURN_VALUE
// A generator expression (x for x in it) is the same generator function
// without the collection: elt; YIELD_VALUE; RESUME 1; POP_TOP replaces the
// append, and it ends in LOAD_CONST None; RETURN_VALUE.
void CodeGen::visit_comprehension(const Expr& e, const std::vector<Comprehension>& gens, Op build) {
    Scope* scope = m_symbols.scope_for(&e);
    bool is_genexpr = build == Op::YIELD_VALUE;
    const char* name = is_genexpr              ? "<genexpr>"
                       : build == Op::BUILD_LIST ? "<listcomp>"
                       : build == Op::BUILD_SET  ? "<setcomp>"
                                                 : "<dictcomp>";
    enter_unit(scope, name, e.loc.line);
    m_unit->argcount = 1;
    emit(Op::RESUME);
    if (!is_genexpr) emit(build, 0);
    visit_comprehension_loop(gens, 0, e, build);
    if (is_genexpr) emit_none();
    emit(Op::RETURN_VALUE);
    vm::CodeObject* code = leave_unit();
    make_function(code, scope, Arguments{});
    visit_expr(*gens.front().iter);
    emit(Op::GET_ITER);
    // [function, iterator] is the [callable, self] shape: CALL 0 passes the iterator.
    emit(Op::CALL, 0);
}

void CodeGen::check_yield_allowed(const Location& loc) {
    if (m_unit->scope->kind != ScopeKind::Function) fail("'yield' outside function", loc);
    // CPython 3.8+: a comprehension's body is a hidden function, so a yield
    // there would make the comprehension itself a generator.
    static const std::pair<const char*, const char*> kComprehensions[] = {
        {"<listcomp>", "list comprehension"}, {"<setcomp>", "set comprehension"},
        {"<dictcomp>", "dict comprehension"}, {"<genexpr>", "generator expression"}};
    for (const auto& [unit_name, what] : kComprehensions)
        if (m_unit->name == unit_name) fail(std::string("'yield' inside ") + what, loc);
}

// CPython 3.11's yield: the value is on top; the generator resumes at
// RESUME 1 with the sent value on top.
void CodeGen::emit_yield() {
    emit(Op::YIELD_VALUE);
    emit(Op::RESUME, 1);
}

// CPython 3.11's `yield from` loop, with [receiver, None] on the stack:
//   start: SEND exit; YIELD_VALUE; RESUME 2; JUMP_BACKWARD_NO_INTERRUPT start
//   exit:  (the receiver's return value)
// RESUME 2 marks "suspended inside yield from" for throw() and close()
// (vm/generator.cpp), which then pass through to the receiver on top.
void CodeGen::emit_yield_from() {
    Label start = new_label(), exit = new_label();
    bind(start);
    emit_jump(Op::SEND, exit);
    emit(Op::YIELD_VALUE);
    emit(Op::RESUME, 2);
    emit_jump(Op::JUMP_BACKWARD_NO_INTERRUPT, start);
    bind(exit);
}

void CodeGen::visit_comprehension_loop(const std::vector<Comprehension>& gens, std::size_t index, const Expr& e,
                                       Op build) {
    const Comprehension& gen = gens[index];
    // `if` clauses jump forward to the back edge: conditional jumps only go forward.
    Label start = new_label(), next = new_label(), end = new_label();
    if (index == 0) {
        emit(Op::LOAD_FAST, 0);
    } else {
        visit_expr(*gen.iter);
        emit(Op::GET_ITER);
    }
    bind(start);
    emit_jump(Op::FOR_ITER, end);
    visit_store(*gen.target);
    for (const auto& cond : gen.ifs) jump_if(*cond, next, false);
    if (index + 1 < gens.size()) {
        visit_comprehension_loop(gens, index + 1, e, build);
    } else {
        auto depth = static_cast<std::uint32_t>(gens.size() + 1);
        if (build == Op::YIELD_VALUE) {
            visit_expr(*static_cast<const GeneratorExpExpr&>(e).elt);
            emit_yield();
            emit(Op::POP_TOP);
        } else if (build == Op::BUILD_MAP) {
            auto& d = static_cast<const DictCompExpr&>(e);
            visit_expr(*d.key);
            visit_expr(*d.value);
            emit(Op::MAP_ADD, depth);
        } else {
            visit_expr(build == Op::BUILD_LIST ? *static_cast<const ListCompExpr&>(e).elt
                                               : *static_cast<const SetCompExpr&>(e).elt);
            emit(build == Op::BUILD_LIST ? Op::LIST_APPEND : Op::SET_ADD, depth);
        }
    }
    bind(next);
    emit_jump(Op::JUMP_BACKWARD, start);
    bind(end);
}

}  // namespace minipy::compiler
