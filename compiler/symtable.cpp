// compiler/symtable.cpp: collecting names per scope, then resolving each to
// local, cell, free or global (see symtable.h).
#include "compiler/symtable.h"

#include <algorithm>

#include "compiler/tokenizer.h"

namespace minipy::compiler {

NameScope Scope::scope_of(const std::string& name) const {
    auto it = resolved.find(name);
    if (it != resolved.end()) return it->second;
    // A name the walk never saw here (e.g. one codegen invents) is global
    // in functions and a NAME lookup elsewhere.
    return kind == ScopeKind::Function ? NameScope::GlobalImplicit : NameScope::Local;
}

class SymbolVisitor {
public:
    SymbolVisitor(SymbolTable& table, std::string_view source, std::string filename)
        : m_table(table), m_source(source), m_filename(std::move(filename)) {}

    void visit_module(const Module& m) {
        open(ScopeKind::Module, "top", nullptr);
        visit_body(m.body);
        resolve(m_table.m_scopes.front().get());
    }

private:
    Scope* open(ScopeKind kind, std::string name, const void* node) {
        auto scope = std::make_unique<Scope>();
        scope->kind = kind;
        scope->name = std::move(name);
        scope->node = node;
        scope->parent = m_current;
        if (m_current) m_current->children.push_back(scope.get());
        m_current = scope.get();
        if (node) m_table.m_by_node[node] = scope.get();
        m_table.m_scopes.push_back(std::move(scope));
        return m_current;
    }
    void close() { m_current = m_current->parent; }

    [[noreturn]] void fail(const std::string& message, const Location& loc) {
        throw SyntaxErrorException(located_error(message, loc, m_source, m_filename));
    }

    void add(const std::string& name, unsigned flag, const Location& loc) {
        unsigned& flags = m_current->symbols[name];
        if (flag == kDefGlobal && (flags & (kDefLocal | kUse | kDefParam))) {
            if (flags & kDefParam) fail("name '" + name + "' is parameter and global", loc);
            fail("name '" + name + "' is " + (flags & kDefLocal ? "assigned to" : "used") + " prior to global declaration", loc);
        }
        if (flag == kDefNonlocal && (flags & (kDefLocal | kUse | kDefParam))) {
            if (flags & kDefParam) fail("name '" + name + "' is parameter and nonlocal", loc);
            fail("name '" + name + "' is " + (flags & kDefLocal ? "assigned to" : "used") + " prior to nonlocal declaration", loc);
        }
        if (flag == kDefParam && (flags & kDefParam)) fail("duplicate argument '" + name + "' in function definition", loc);
        flags |= flag;
        if ((flag & (kDefLocal | kDefParam)) && m_current->kind == ScopeKind::Function &&
            std::find(m_current->locals.begin(), m_current->locals.end(), name) == m_current->locals.end())
            m_current->locals.push_back(name);
    }

    void visit_body(const StmtList& body) {
        for (const auto& s : body) visit_stmt(*s);
    }

    void visit_arguments_defaults(const Arguments& a) {
        for (const auto& d : a.defaults) visit_expr(*d);
        for (const auto& d : a.kw_defaults)
            if (d) visit_expr(*d);
    }

    void visit_parameters(const Arguments& a, const Location& loc) {
        for (const Arg& p : a.posonlyargs) add_param(p.name, loc);
        for (const Arg& p : a.args) add_param(p.name, loc);
        for (const Arg& p : a.kwonlyargs) add_param(p.name, loc);
        if (a.vararg) {
            add_param(a.vararg->name, loc);
            m_current->has_varargs = true;
        }
        if (a.kwarg) {
            add_param(a.kwarg->name, loc);
            m_current->has_varkeywords = true;
        }
    }

    void add_param(const std::string& name, const Location& loc) {
        add(name, kDefParam, loc);
        m_current->params.push_back(name);
    }

    void visit_function(const FunctionDefStmt& f) {
        for (const auto& d : f.decorator_list) visit_expr(*d);
        visit_arguments_defaults(f.args);
        add(f.name, kDefLocal, f.loc);
        open(ScopeKind::Function, f.name, &f);
        visit_parameters(f.args, f.loc);
        visit_body(f.body);
        close();
    }

    void visit_comprehension(const Expr& node, const std::vector<Comprehension>& gens,
                             const std::vector<const Expr*>& elts) {
        // The first iterable is evaluated in the enclosing scope; the rest
        // runs in a function scope of its own whose parameter is ".0".
        visit_expr(*gens.front().iter);
        open(ScopeKind::Function, "<comprehension>", &node);
        add_param(".0", node.loc);
        for (std::size_t i = 0; i < gens.size(); ++i) {
            visit_expr(*gens[i].target);
            if (i > 0) visit_expr(*gens[i].iter);
            for (const auto& cond : gens[i].ifs) visit_expr(*cond);
        }
        for (const Expr* e : elts) visit_expr(*e);
        if (node.kind == ExprKind::GeneratorExp) m_current->is_generator = true;
        close();
    }

    void visit_stmt(const Stmt& s) {
        switch (s.kind) {
            case StmtKind::FunctionDef:
            case StmtKind::AsyncFunctionDef:
                visit_function(static_cast<const FunctionDefStmt&>(s));
                break;
            case StmtKind::ClassDef: {
                auto& c = static_cast<const ClassDefStmt&>(s);
                for (const auto& d : c.decorator_list) visit_expr(*d);
                for (const auto& b : c.bases) visit_expr(*b);
                for (const auto& k : c.keywords) visit_expr(*k.value);
                add(c.name, kDefLocal, c.loc);
                open(ScopeKind::Class, c.name, &c);
                visit_body(c.body);
                close();
                break;
            }
            case StmtKind::Return:
                if (auto& v = static_cast<const ReturnStmt&>(s).value) visit_expr(*v);
                break;
            case StmtKind::Delete:
                for (const auto& t : static_cast<const DeleteStmt&>(s).targets) visit_expr(*t);
                break;
            case StmtKind::Assign: {
                auto& a = static_cast<const AssignStmt&>(s);
                visit_expr(*a.value);
                for (const auto& t : a.targets) visit_expr(*t);
                break;
            }
            case StmtKind::AugAssign: {
                auto& a = static_cast<const AugAssignStmt&>(s);
                visit_expr(*a.value);
                if (a.target->kind == ExprKind::Name) {
                    const auto& name = static_cast<const NameExpr&>(*a.target).id;
                    add(name, kUse, a.target->loc);
                    add(name, kDefLocal, a.target->loc);
                } else {
                    visit_expr(*a.target);
                }
                break;
            }
            case StmtKind::AnnAssign: {
                auto& a = static_cast<const AnnAssignStmt&>(s);
                if (a.value) visit_expr(*a.value);
                if (a.value || a.target->kind != ExprKind::Name) visit_expr(*a.target);
                else add(static_cast<const NameExpr&>(*a.target).id, kDefLocal, a.target->loc);
                break;
            }
            case StmtKind::For:
            case StmtKind::AsyncFor: {
                auto& f = static_cast<const ForStmt&>(s);
                visit_expr(*f.iter);
                visit_expr(*f.target);
                visit_body(f.body);
                visit_body(f.orelse);
                break;
            }
            case StmtKind::While: {
                auto& w = static_cast<const WhileStmt&>(s);
                visit_expr(*w.test);
                visit_body(w.body);
                visit_body(w.orelse);
                break;
            }
            case StmtKind::If: {
                auto& i = static_cast<const IfStmt&>(s);
                visit_expr(*i.test);
                visit_body(i.body);
                visit_body(i.orelse);
                break;
            }
            case StmtKind::With:
            case StmtKind::AsyncWith: {
                auto& w = static_cast<const WithStmt&>(s);
                for (const auto& item : w.items) {
                    visit_expr(*item.context_expr);
                    if (item.optional_vars) visit_expr(*item.optional_vars);
                }
                visit_body(w.body);
                break;
            }
            case StmtKind::Raise: {
                auto& r = static_cast<const RaiseStmt&>(s);
                if (r.exc) visit_expr(*r.exc);
                if (r.cause) visit_expr(*r.cause);
                break;
            }
            case StmtKind::Try: {
                auto& t = static_cast<const TryStmt&>(s);
                visit_body(t.body);
                for (const auto& h : t.handlers) {
                    if (h.type) visit_expr(*h.type);
                    if (!h.name.empty()) add(h.name, kDefLocal, h.loc);
                    visit_body(h.body);
                }
                visit_body(t.orelse);
                visit_body(t.finalbody);
                break;
            }
            case StmtKind::Assert: {
                auto& a = static_cast<const AssertStmt&>(s);
                visit_expr(*a.test);
                if (a.msg) visit_expr(*a.msg);
                break;
            }
            case StmtKind::Import:
            case StmtKind::ImportFrom: {
                const auto& names = s.kind == StmtKind::Import ? static_cast<const ImportStmt&>(s).names
                                                               : static_cast<const ImportFromStmt&>(s).names;
                for (const Alias& a : names) {
                    if (a.name == "*") continue;
                    std::string bound = !a.asname.empty() ? a.asname : a.name.substr(0, a.name.find('.'));
                    add(bound, kDefLocal, a.loc);
                }
                break;
            }
            case StmtKind::Global:
                for (const auto& n : static_cast<const GlobalStmt&>(s).names) add(n, kDefGlobal, s.loc);
                break;
            case StmtKind::Nonlocal:
                if (m_current->kind == ScopeKind::Module) fail("nonlocal declaration not allowed at module level", s.loc);
                for (const auto& n : static_cast<const NonlocalStmt&>(s).names) add(n, kDefNonlocal, s.loc);
                break;
            case StmtKind::Expr:
                visit_expr(*static_cast<const ExprStmt&>(s).value);
                break;
            case StmtKind::Match:
            case StmtKind::Pass:
            case StmtKind::Break:
            case StmtKind::Continue:
                break;
        }
    }

    void visit_exprs(const ExprList& list) {
        for (const auto& e : list)
            if (e) visit_expr(*e);
    }

    void visit_expr(const Expr& e) {
        switch (e.kind) {
            case ExprKind::Name: {
                auto& n = static_cast<const NameExpr&>(e);
                add(n.id, n.ctx == ExprContext::Load ? kUse : kDefLocal, e.loc);
                break;
            }
            case ExprKind::BoolOp: visit_exprs(static_cast<const BoolOpExpr&>(e).values); break;
            case ExprKind::NamedExpr: {
                auto& n = static_cast<const NamedExprExpr&>(e);
                visit_expr(*n.value);
                visit_expr(*n.target);
                break;
            }
            case ExprKind::BinOp: {
                auto& b = static_cast<const BinOpExpr&>(e);
                visit_expr(*b.left);
                visit_expr(*b.right);
                break;
            }
            case ExprKind::UnaryOp: visit_expr(*static_cast<const UnaryOpExpr&>(e).operand); break;
            case ExprKind::Lambda: {
                auto& l = static_cast<const LambdaExpr&>(e);
                visit_arguments_defaults(l.args);
                open(ScopeKind::Function, "<lambda>", &l);
                visit_parameters(l.args, l.loc);
                visit_expr(*l.body);
                close();
                break;
            }
            case ExprKind::IfExp: {
                auto& i = static_cast<const IfExpExpr&>(e);
                visit_expr(*i.test);
                visit_expr(*i.body);
                visit_expr(*i.orelse);
                break;
            }
            case ExprKind::Dict: {
                auto& d = static_cast<const DictExpr&>(e);
                visit_exprs(d.keys);
                visit_exprs(d.values);
                break;
            }
            case ExprKind::Set: visit_exprs(static_cast<const SetExpr&>(e).elts); break;
            case ExprKind::List: visit_exprs(static_cast<const ListExpr&>(e).elts); break;
            case ExprKind::Tuple: visit_exprs(static_cast<const TupleExpr&>(e).elts); break;
            case ExprKind::ListComp: {
                auto& c = static_cast<const ListCompExpr&>(e);
                visit_comprehension(e, c.generators, {c.elt.get()});
                break;
            }
            case ExprKind::SetComp: {
                auto& c = static_cast<const SetCompExpr&>(e);
                visit_comprehension(e, c.generators, {c.elt.get()});
                break;
            }
            case ExprKind::GeneratorExp: {
                auto& c = static_cast<const GeneratorExpExpr&>(e);
                visit_comprehension(e, c.generators, {c.elt.get()});
                break;
            }
            case ExprKind::DictComp: {
                auto& c = static_cast<const DictCompExpr&>(e);
                visit_comprehension(e, c.generators, {c.key.get(), c.value.get()});
                break;
            }
            case ExprKind::Await: visit_expr(*static_cast<const AwaitExpr&>(e).value); break;
            case ExprKind::Yield:
                if (auto& v = static_cast<const YieldExpr&>(e).value) visit_expr(*v);
                m_current->is_generator = true;
                break;
            case ExprKind::YieldFrom:
                visit_expr(*static_cast<const YieldFromExpr&>(e).value);
                m_current->is_generator = true;
                break;
            case ExprKind::Compare: {
                auto& c = static_cast<const CompareExpr&>(e);
                visit_expr(*c.left);
                visit_exprs(c.comparators);
                break;
            }
            case ExprKind::Call: {
                auto& c = static_cast<const CallExpr&>(e);
                visit_expr(*c.func);
                visit_exprs(c.args);
                for (const auto& k : c.keywords) visit_expr(*k.value);
                break;
            }
            case ExprKind::FormattedValue: {
                auto& f = static_cast<const FormattedValueExpr&>(e);
                visit_expr(*f.value);
                if (f.format_spec) visit_expr(*f.format_spec);
                break;
            }
            case ExprKind::JoinedStr: visit_exprs(static_cast<const JoinedStrExpr&>(e).values); break;
            case ExprKind::Constant: break;
            case ExprKind::Attribute: visit_expr(*static_cast<const AttributeExpr&>(e).value); break;
            case ExprKind::Subscript: {
                auto& s = static_cast<const SubscriptExpr&>(e);
                visit_expr(*s.value);
                visit_expr(*s.slice);
                break;
            }
            case ExprKind::Starred: visit_expr(*static_cast<const StarredExpr&>(e).value); break;
            case ExprKind::Slice: {
                auto& s = static_cast<const SliceExpr&>(e);
                if (s.lower) visit_expr(*s.lower);
                if (s.upper) visit_expr(*s.upper);
                if (s.step) visit_expr(*s.step);
                break;
            }
        }
    }

    // A child of [s] uses [name] freely: [s] either binds it (it becomes a
    // cell) or passes it through from further out (it becomes free in [s]).
    static void provide_free(Scope* s, const std::string& name) {
        auto it = s->resolved.find(name);
        if (it != s->resolved.end() && (it->second == NameScope::Local || it->second == NameScope::Cell)) {
            if (s->kind == ScopeKind::Function) it->second = NameScope::Cell;
            // FIXME: a class body that binds the same name as a free variable
            // of its methods needs both; the class-level case arrives with issue 3.
            return;
        }
        if (s->kind != ScopeKind::Module) s->resolved[name] = NameScope::Free;
    }

    // The nearest enclosing function scope binding [name], skipping classes.
    static const Scope* enclosing_binder(const Scope* s, const std::string& name) {
        for (const Scope* p = s->parent; p; p = p->parent) {
            if (p->kind != ScopeKind::Function) continue;
            auto it = p->symbols.find(name);
            if (it != p->symbols.end() && (it->second & (kDefLocal | kDefParam)) && !(it->second & kDefGlobal) &&
                !(it->second & kDefNonlocal))
                return p;
            if (it != p->symbols.end() && (it->second & kDefNonlocal)) return p;
        }
        return nullptr;
    }

    void resolve(Scope* s) {
        for (const auto& [name, flags] : s->symbols) {
            if (flags & kDefGlobal) {
                s->resolved[name] = NameScope::GlobalExplicit;
            } else if (flags & kDefNonlocal) {
                if (!enclosing_binder(s, name)) {
                    Location loc;
                    fail("no binding for nonlocal '" + name + "' found", loc);
                }
                s->resolved[name] = NameScope::Free;
            } else if (flags & (kDefLocal | kDefParam)) {
                s->resolved[name] = NameScope::Local;
            } else if (s->kind != ScopeKind::Module && enclosing_binder(s, name)) {
                s->resolved[name] = NameScope::Free;
            } else {
                s->resolved[name] = NameScope::GlobalImplicit;
            }
        }
        for (Scope* child : s->children) resolve(child);
        for (Scope* child : s->children)
            for (const auto& [name, how] : child->resolved)
                if (how == NameScope::Free) provide_free(s, name);
        if (s->kind == ScopeKind::Function) collect_slots(s);
    }

    // Orders slots as CPython 3.11 does: varnames (parameters first), then
    // cells that are not parameters, then free variables, each sorted.
    static void collect_slots(Scope* s) {
        s->cellvars.clear();
        s->freevars.clear();
        std::vector<std::string> varnames;
        for (const auto& name : s->locals) {
            bool is_param = std::find(s->params.begin(), s->params.end(), name) != s->params.end();
            if (s->resolved[name] == NameScope::Cell && !is_param) continue;
            varnames.push_back(name);
        }
        for (const auto& [name, how] : s->resolved) {
            bool is_param = std::find(s->params.begin(), s->params.end(), name) != s->params.end();
            if (how == NameScope::Cell && !is_param) s->cellvars.push_back(name);
            if (how == NameScope::Free) s->freevars.push_back(name);
        }
        s->locals = std::move(varnames);
    }

    SymbolTable& m_table;
    std::string_view m_source;
    std::string m_filename;
    Scope* m_current = nullptr;
};

SymbolTable::SymbolTable(const Module& module, std::string_view source, std::string filename) {
    SymbolVisitor(*this, source, std::move(filename)).visit_module(module);
}

SyntaxErrorInfo located_error(const std::string& message, const Location& loc, std::string_view source,
                              const std::string& filename) {
    SyntaxErrorInfo info;
    info.message = message;
    info.filename = filename;
    info.line = loc.line;
    info.col = loc.col + 1;
    if (loc.end_line == loc.line && loc.end_col > loc.col) info.end_col = loc.end_col + 1;
    // The text of line [loc.line], for the caret display.
    std::size_t start = 0;
    for (int l = 1; l < loc.line && start != std::string_view::npos; ++l) {
        start = source.find('\n', start);
        if (start != std::string_view::npos) ++start;
    }
    if (start != std::string_view::npos && start <= source.size()) {
        std::size_t end = source.find('\n', start);
        info.text = std::string(source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    }
    return info;
}

Scope* SymbolTable::scope_for(const void* node) const {
    auto it = m_by_node.find(node);
    return it == m_by_node.end() ? nullptr : it->second;
}

}  // namespace minipy::compiler
