// tests/unit/test_parser.cpp: the parser, checked through a compact
// S-expression dump of the AST (`-2**2` dumps as `(- (** 2 2))`) and through
// the SyntaxError it reports (type, message, line, caret) for bad input,
// compared with what CPython 3.11 reports for the same source.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "compiler/parser.h"

using namespace minipy::compiler;

namespace {

std::string dump(const Expr* expr);
std::string dump(const StmtList& body);

std::string dump_list(const ExprList& list) {
    std::string out;
    for (const auto& e : list) out += " " + dump(e.get());
    return out;
}

std::string bin_op_symbol(BinOpKind op) {
    switch (op) {
    case BinOpKind::Add: return "+";
    case BinOpKind::BitAnd: return "&";
    case BinOpKind::FloorDiv: return "//";
    case BinOpKind::LShift: return "<<";
    case BinOpKind::MatMult: return "@";
    case BinOpKind::Mult: return "*";
    case BinOpKind::Mod: return "%";
    case BinOpKind::BitOr: return "|";
    case BinOpKind::Pow: return "**";
    case BinOpKind::RShift: return ">>";
    case BinOpKind::Sub: return "-";
    case BinOpKind::Div: return "/";
    case BinOpKind::BitXor: return "^";
    }
    return "?";
}

std::string cmp_op_symbol(CmpOpKind op) {
    switch (op) {
    case CmpOpKind::Lt: return "<";
    case CmpOpKind::LtE: return "<=";
    case CmpOpKind::Eq: return "==";
    case CmpOpKind::NotEq: return "!=";
    case CmpOpKind::Gt: return ">";
    case CmpOpKind::GtE: return ">=";
    case CmpOpKind::In: return "in";
    case CmpOpKind::NotIn: return "not-in";
    case CmpOpKind::Is: return "is";
    case CmpOpKind::IsNot: return "is-not";
    }
    return "?";
}

std::string ctx_suffix(ExprContext ctx) {
    return ctx == ExprContext::Store ? "!" : ctx == ExprContext::Del ? "~" : "";
}

std::string dump_arguments(const Arguments& args) {
    std::string out = "(";
    auto add = [&](const std::string& s) { out += (out.size() > 1 ? " " : "") + s; };
    for (const auto& a : args.posonlyargs) add(a.name);
    if (!args.posonlyargs.empty()) add("/");
    for (const auto& a : args.args) add(a.name);
    if (args.vararg) add("*" + args.vararg->name);
    else if (!args.kwonlyargs.empty()) add("*");
    for (std::size_t i = 0; i < args.kwonlyargs.size(); ++i) {
        add(args.kwonlyargs[i].name + (args.kw_defaults[i] ? "=" + dump(args.kw_defaults[i].get()) : ""));
    }
    if (args.kwarg) add("**" + args.kwarg->name);
    out += ")";
    if (!args.defaults.empty()) out += " defaults" + dump_list(args.defaults);
    return out;
}

std::string dump_generators(const std::vector<Comprehension>& generators) {
    std::string out;
    for (const auto& g : generators) {
        out += std::string(g.is_async ? " (async-for " : " (for ") + dump(g.target.get()) + " " + dump(g.iter.get());
        for (const auto& cond : g.ifs) out += " (if " + dump(cond.get()) + ")";
        out += ")";
    }
    return out;
}

std::string dump_keywords(const std::vector<Keyword>& keywords) {
    std::string out;
    for (const auto& k : keywords) out += " " + (k.arg.empty() ? "**" : k.arg + "=") + dump(k.value.get());
    return out;
}

std::string quote(const std::string& text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c == '\'') out += "\\'";
        else if (c == '\\') out += "\\\\";
        else if (static_cast<unsigned char>(c) < 0x20) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned char>(c));
            out += buffer;
        } else out += c;
    }
    return out + "'";
}

std::string dump(const Expr* expr) {
    if (!expr) return "_";
    switch (expr->kind) {
    case ExprKind::Name: {
        auto& e = static_cast<const NameExpr&>(*expr);
        return e.id + ctx_suffix(e.ctx);
    }
    case ExprKind::Constant: {
        auto& v = static_cast<const ConstantExpr&>(*expr).value;
        switch (v.kind) {
        case ConstantValue::Kind::None: return "None";
        case ConstantValue::Kind::True: return "True";
        case ConstantValue::Kind::False: return "False";
        case ConstantValue::Kind::Ellipsis: return "...";
        case ConstantValue::Kind::Int: return v.text;
        case ConstantValue::Kind::Float: {
            char buffer[64];
            std::snprintf(buffer, sizeof buffer, "%.17gf", v.number);
            return buffer;
        }
        case ConstantValue::Kind::Str: return quote(v.text);
        case ConstantValue::Kind::Bytes: return "b" + quote(v.text);
        }
        return "?";
    }
    case ExprKind::BinOp: {
        auto& e = static_cast<const BinOpExpr&>(*expr);
        return "(" + bin_op_symbol(e.op) + " " + dump(e.left.get()) + " " + dump(e.right.get()) + ")";
    }
    case ExprKind::UnaryOp: {
        auto& e = static_cast<const UnaryOpExpr&>(*expr);
        const char* op = e.op == UnaryOpKind::Not ? "not" : e.op == UnaryOpKind::USub ? "-"
                         : e.op == UnaryOpKind::UAdd ? "+" : "~";
        return std::string("(") + op + " " + dump(e.operand.get()) + ")";
    }
    case ExprKind::BoolOp: {
        auto& e = static_cast<const BoolOpExpr&>(*expr);
        return std::string(e.op == BoolOpKind::And ? "(and" : "(or") + dump_list(e.values) + ")";
    }
    case ExprKind::Compare: {
        auto& e = static_cast<const CompareExpr&>(*expr);
        std::string out = "(cmp " + dump(e.left.get());
        for (std::size_t i = 0; i < e.ops.size(); ++i)
            out += " " + cmp_op_symbol(e.ops[i]) + " " + dump(e.comparators[i].get());
        return out + ")";
    }
    case ExprKind::IfExp: {
        auto& e = static_cast<const IfExpExpr&>(*expr);
        return "(if " + dump(e.test.get()) + " " + dump(e.body.get()) + " " + dump(e.orelse.get()) + ")";
    }
    case ExprKind::NamedExpr: {
        auto& e = static_cast<const NamedExprExpr&>(*expr);
        return "(:= " + dump(e.target.get()) + " " + dump(e.value.get()) + ")";
    }
    case ExprKind::Lambda: {
        auto& e = static_cast<const LambdaExpr&>(*expr);
        return "(lambda " + dump_arguments(e.args) + " " + dump(e.body.get()) + ")";
    }
    case ExprKind::Call: {
        auto& e = static_cast<const CallExpr&>(*expr);
        return "(call " + dump(e.func.get()) + dump_list(e.args) + dump_keywords(e.keywords) + ")";
    }
    case ExprKind::Attribute: {
        auto& e = static_cast<const AttributeExpr&>(*expr);
        return "(. " + dump(e.value.get()) + " " + e.attr + ")" + ctx_suffix(e.ctx);
    }
    case ExprKind::Subscript: {
        auto& e = static_cast<const SubscriptExpr&>(*expr);
        return "([] " + dump(e.value.get()) + " " + dump(e.slice.get()) + ")" + ctx_suffix(e.ctx);
    }
    case ExprKind::Slice: {
        auto& e = static_cast<const SliceExpr&>(*expr);
        return "(slice " + dump(e.lower.get()) + " " + dump(e.upper.get()) + " " + dump(e.step.get()) + ")";
    }
    case ExprKind::Starred: {
        auto& e = static_cast<const StarredExpr&>(*expr);
        return "*" + dump(e.value.get());  // the value shows the context
    }
    case ExprKind::Tuple: {
        auto& e = static_cast<const TupleExpr&>(*expr);
        return "(tuple" + dump_list(e.elts) + ")" + ctx_suffix(e.ctx);
    }
    case ExprKind::List: {
        auto& e = static_cast<const ListExpr&>(*expr);
        return "(list" + dump_list(e.elts) + ")" + ctx_suffix(e.ctx);
    }
    case ExprKind::Set: return "(set" + dump_list(static_cast<const SetExpr&>(*expr).elts) + ")";
    case ExprKind::Dict: {
        auto& e = static_cast<const DictExpr&>(*expr);
        std::string out = "(dict";
        for (std::size_t i = 0; i < e.keys.size(); ++i)
            out += e.keys[i] ? " " + dump(e.keys[i].get()) + ":" + dump(e.values[i].get())
                             : " **" + dump(e.values[i].get());
        return out + ")";
    }
    case ExprKind::ListComp: {
        auto& e = static_cast<const ListCompExpr&>(*expr);
        return "(listcomp " + dump(e.elt.get()) + dump_generators(e.generators) + ")";
    }
    case ExprKind::SetComp: {
        auto& e = static_cast<const SetCompExpr&>(*expr);
        return "(setcomp " + dump(e.elt.get()) + dump_generators(e.generators) + ")";
    }
    case ExprKind::GeneratorExp: {
        auto& e = static_cast<const GeneratorExpExpr&>(*expr);
        return "(genexp " + dump(e.elt.get()) + dump_generators(e.generators) + ")";
    }
    case ExprKind::DictComp: {
        auto& e = static_cast<const DictCompExpr&>(*expr);
        return "(dictcomp " + dump(e.key.get()) + ":" + dump(e.value.get()) + dump_generators(e.generators) + ")";
    }
    case ExprKind::Await: return "(await " + dump(static_cast<const AwaitExpr&>(*expr).value.get()) + ")";
    case ExprKind::Yield: return "(yield " + dump(static_cast<const YieldExpr&>(*expr).value.get()) + ")";
    case ExprKind::YieldFrom:
        return "(yield-from " + dump(static_cast<const YieldFromExpr&>(*expr).value.get()) + ")";
    case ExprKind::JoinedStr: return "(f" + dump_list(static_cast<const JoinedStrExpr&>(*expr).values) + ")";
    case ExprKind::FormattedValue: {
        auto& e = static_cast<const FormattedValueExpr&>(*expr);
        std::string out = "(fv " + dump(e.value.get());
        if (e.conversion != -1) out += std::string(" !") + static_cast<char>(e.conversion);
        if (e.format_spec) out += " :" + dump(e.format_spec.get());
        return out + ")";
    }
    }
    return "?";
}

std::string dump_block(const StmtList& body) { return "[" + dump(body) + "]"; }

std::string dump(const Stmt& stmt) {
    switch (stmt.kind) {
    case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: {
        auto& s = static_cast<const FunctionDefStmt&>(stmt);
        std::string out = stmt.kind == StmtKind::FunctionDef ? "(def " : "(async-def ";
        for (const auto& d : s.decorator_list) out += "@" + dump(d.get()) + " ";
        return out + s.name + " " + dump_arguments(s.args) + " " + dump_block(s.body) + ")";
    }
    case StmtKind::ClassDef: {
        auto& s = static_cast<const ClassDefStmt&>(stmt);
        std::string out = "(class ";
        for (const auto& d : s.decorator_list) out += "@" + dump(d.get()) + " ";
        return out + s.name + " (" + dump_list(s.bases) + dump_keywords(s.keywords) + " ) " + dump_block(s.body) + ")";
    }
    case StmtKind::Return: return "(return " + dump(static_cast<const ReturnStmt&>(stmt).value.get()) + ")";
    case StmtKind::Delete: return "(del" + dump_list(static_cast<const DeleteStmt&>(stmt).targets) + ")";
    case StmtKind::Assign: {
        auto& s = static_cast<const AssignStmt&>(stmt);
        return "(=" + dump_list(s.targets) + " " + dump(s.value.get()) + ")";
    }
    case StmtKind::AugAssign: {
        auto& s = static_cast<const AugAssignStmt&>(stmt);
        return "(" + bin_op_symbol(s.op) + "= " + dump(s.target.get()) + " " + dump(s.value.get()) + ")";
    }
    case StmtKind::AnnAssign: {
        auto& s = static_cast<const AnnAssignStmt&>(stmt);
        return std::string(s.simple ? "(ann " : "(ann-complex ") + dump(s.target.get()) + " " + dump(s.value.get()) + ")";
    }
    case StmtKind::For: case StmtKind::AsyncFor: {
        auto& s = static_cast<const ForStmt&>(stmt);
        return std::string(stmt.kind == StmtKind::For ? "(for " : "(async-for ") + dump(s.target.get()) + " " +
               dump(s.iter.get()) + " " + dump_block(s.body) + " " + dump_block(s.orelse) + ")";
    }
    case StmtKind::While: {
        auto& s = static_cast<const WhileStmt&>(stmt);
        return "(while " + dump(s.test.get()) + " " + dump_block(s.body) + " " + dump_block(s.orelse) + ")";
    }
    case StmtKind::If: {
        auto& s = static_cast<const IfStmt&>(stmt);
        return "(if " + dump(s.test.get()) + " " + dump_block(s.body) + " " + dump_block(s.orelse) + ")";
    }
    case StmtKind::With: case StmtKind::AsyncWith: {
        auto& s = static_cast<const WithStmt&>(stmt);
        std::string out = stmt.kind == StmtKind::With ? "(with" : "(async-with";
        for (const auto& item : s.items) {
            out += " " + dump(item.context_expr.get());
            if (item.optional_vars) out += " as " + dump(item.optional_vars.get());
            out += ",";
        }
        return out + " " + dump_block(s.body) + ")";
    }
    case StmtKind::Match: return "(match)";
    case StmtKind::Raise: {
        auto& s = static_cast<const RaiseStmt&>(stmt);
        return "(raise " + dump(s.exc.get()) + " " + dump(s.cause.get()) + ")";
    }
    case StmtKind::Try: {
        auto& s = static_cast<const TryStmt&>(stmt);
        std::string out = "(try " + dump_block(s.body);
        for (const auto& h : s.handlers) {
            out += " (except " + dump(h.type.get()) + (h.name.empty() ? "" : " as " + h.name) + " " +
                   dump_block(h.body) + ")";
        }
        return out + " " + dump_block(s.orelse) + " " + dump_block(s.finalbody) + ")";
    }
    case StmtKind::Assert: {
        auto& s = static_cast<const AssertStmt&>(stmt);
        return "(assert " + dump(s.test.get()) + " " + dump(s.msg.get()) + ")";
    }
    case StmtKind::Import: {
        std::string out = "(import";
        for (const auto& a : static_cast<const ImportStmt&>(stmt).names)
            out += " " + a.name + (a.asname.empty() ? "" : " as " + a.asname);
        return out + ")";
    }
    case StmtKind::ImportFrom: {
        auto& s = static_cast<const ImportFromStmt&>(stmt);
        std::string out = "(from " + std::string(static_cast<std::size_t>(s.level), '.') + s.module + " import";
        for (const auto& a : s.names) out += " " + a.name + (a.asname.empty() ? "" : " as " + a.asname);
        return out + ")";
    }
    case StmtKind::Global: case StmtKind::Nonlocal: {
        const auto& names = stmt.kind == StmtKind::Global ? static_cast<const GlobalStmt&>(stmt).names
                                                          : static_cast<const NonlocalStmt&>(stmt).names;
        std::string out = stmt.kind == StmtKind::Global ? "(global" : "(nonlocal";
        for (const auto& n : names) out += " " + n;
        return out + ")";
    }
    case StmtKind::Expr: return dump(static_cast<const ExprStmt&>(stmt).value.get());
    case StmtKind::Pass: return "(pass)";
    case StmtKind::Break: return "(break)";
    case StmtKind::Continue: return "(continue)";
    }
    return "?";
}

std::string dump(const StmtList& body) {
    std::string out;
    for (const auto& s : body) out += (out.empty() ? "" : " ") + dump(*s);
    return out;
}

// The dump of a single expression, parsed in Eval mode.
std::string expr(std::string_view source) {
    Module module = parse(source, "<test>", ParseMode::Eval);
    REQUIRE(module.body.size() == 1);
    return dump(static_cast<const ExprStmt&>(*module.body[0]).value.get());
}

// The dump of a whole file's statements.
std::string stmts(std::string_view source) { return dump(parse(source, "<test>").body); }

// The error parsing [source] reports; fails the test if there is none.
SyntaxErrorInfo error_of(std::string_view source, ParseMode mode = ParseMode::File) {
    try {
        parse(source, "t.py", mode);
    } catch (const SyntaxErrorException& e) {
        return e.info;
    }
    FAIL("no SyntaxError for: " << source);
    return {};
}

// "Type: message @line:col" — the parts of an error the tests compare.
std::string error_summary(std::string_view source, ParseMode mode = ParseMode::File) {
    SyntaxErrorInfo info = error_of(source, mode);
    return info.type + ": " + info.message + " @" + std::to_string(info.line) + ":" + std::to_string(info.col);
}

}  // namespace

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------

TEST_CASE("power binds tighter than a unary minus on its left", "[parser][precedence]") {
    CHECK(expr("-2**2") == "(- (** 2 2))");
    CHECK(expr("2**-1") == "(** 2 (- 1))");
    CHECK(expr("2**3**2") == "(** 2 (** 3 2))");
}

TEST_CASE("binary operators follow CPython's precedence ladder", "[parser][precedence]") {
    CHECK(expr("a + b * c") == "(+ a (* b c))");
    CHECK(expr("a - b - c") == "(- (- a b) c)");
    CHECK(expr("a | b ^ c & d << e + f") == "(| a (^ b (& c (<< d (+ e f)))))");
    CHECK(expr("a // b % c @ d / e") == "(/ (@ (% (// a b) c) d) e)");
    CHECK(expr("~a * -b") == "(* (~ a) (- b))");
    CHECK(expr("not a == b") == "(not (cmp a == b))");
    CHECK(expr("a or b and not c") == "(or a (and b (not c)))");
    CHECK(expr("a and b and c or d") == "(or (and a b c) d)");
    CHECK(expr("x if a or b else y") == "(if (or a b) x y)");
    CHECK(expr("lambda: a if b else c") == "(lambda () (if b a c))");
    CHECK(expr("await f() ** 2") == "(** (await (call f)) 2)");
}

TEST_CASE("a chain of comparisons is one Compare node", "[parser]") {
    CHECK(expr("a < b < c") == "(cmp a < b < c)");
    CHECK(expr("a not in b is not c == d") == "(cmp a not-in b is-not c == d)");
    CHECK(expr("a is b != c >= d <= e > f in g") == "(cmp a is b != c >= d <= e > f in g)");
}

TEST_CASE("calls accept every kind of argument", "[parser]") {
    CHECK(expr("f()") == "(call f)");
    CHECK(expr("f(a, *b, c, k=1, *d, **e, m=2)") == "(call f a *b c *d k=1 **e m=2)");
    CHECK(expr("f(x for x in y)") == "(call f (genexp x (for x! y)))");
    CHECK(expr("f(a,)") == "(call f a)");
    CHECK(expr("f(x := 1)") == "(call f (:= x! 1))");
    CHECK(expr("f(a)(b).c[d]") == "([] (. (call (call f a) b) c) d)");
}

TEST_CASE("subscripts take slices and tuples of slices", "[parser]") {
    CHECK(expr("a[1:2, ::3]") == "([] a (tuple (slice 1 2 _) (slice _ _ 3)))");
    CHECK(expr("a[:]") == "([] a (slice _ _ _))");
    CHECK(expr("a[::]") == "([] a (slice _ _ _))");
    CHECK(expr("a[x:]") == "([] a (slice x _ _))");
    CHECK(expr("a[1,]") == "([] a (tuple 1))");
    CHECK(expr("a[*b]") == "([] a (tuple *b))");
}

TEST_CASE("displays and comprehensions", "[parser]") {
    CHECK(expr("()") == "(tuple)");
    CHECK(expr("(x,)") == "(tuple x)");
    CHECK(expr("(x)") == "x");
    CHECK(expr("(yield)") == "(yield _)");
    CHECK(expr("[1, *a, 2,]") == "(list 1 *a 2)");
    CHECK(expr("{1, *a}") == "(set 1 *a)");
    CHECK(expr("{}") == "(dict)");
    CHECK(expr("{a: 1, **b, c: 2}") == "(dict a:1 **b c:2)");
    CHECK(expr("[x for x in y if x if z for w in x]") ==
          "(listcomp x (for x! y (if x) (if z)) (for w! x))");
    CHECK(expr("{k: v for k, v in d}") == "(dictcomp k:v (for (tuple k! v!)! d))");
    CHECK(expr("{x async for x in y}") == "(setcomp x (async-for x! y))");
    CHECK(expr("(x for x in a if b)") == "(genexp x (for x! a (if b)))");
}

TEST_CASE("lambda parameters", "[parser]") {
    CHECK(expr("lambda a, b=1, *c, d, e=2, **f: a") == "(lambda (a b *c d e=2 **f) defaults 1 a)");
    CHECK(expr("lambda *, k: k") == "(lambda (* k) k)");
    CHECK(expr("lambda a, /, b: a") == "(lambda (a / b) a)");
}

TEST_CASE("walrus produces a NamedExpr", "[parser]") {
    CHECK(expr("(y := f(x))") == "(:= y! (call f x))");
    CHECK(stmts("if (n := len(a)) > 10: pass") == "(if (cmp (:= n! (call len a)) > 10) [(pass)] [])");
}

// ---------------------------------------------------------------------------
// Literals
// ---------------------------------------------------------------------------

TEST_CASE("int literals become decimal digit strings", "[parser][numbers]") {
    CHECK(expr("0") == "0");
    CHECK(expr("00") == "0");
    CHECK(expr("1_000_000") == "1000000");
    CHECK(expr("0xff") == "255");
    CHECK(expr("0o777") == "511");
    CHECK(expr("0b1010_1010") == "170");
    CHECK(expr("0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF") == "340282366920938463463374607431768211455");
    CHECK(expr("0x1_0000_0000_0000_0000") == "18446744073709551616");
    CHECK(expr("123456789012345678901234567890") == "123456789012345678901234567890");
}

TEST_CASE("float literals go through strtod", "[parser][numbers]") {
    CHECK(expr("1.5") == "1.5f");
    CHECK(expr("1.") == "1f");
    CHECK(expr(".5") == "0.5f");
    CHECK(expr("1e3") == "1000f");
    CHECK(expr("1_0.2_5e-1") == "1.0249999999999999f");
    CHECK(expr("09.5") == "9.5f");
    CHECK(expr("1e400") == "inff");
    CHECK(expr("1e-400") == "0f");
    CHECK(expr("0.1") == "0.10000000000000001f");
}

TEST_CASE("imaginary literals are rejected", "[parser][numbers]") {
    CHECK(error_summary("x = 3j\n") == "SyntaxError: complex numbers are not supported by minipy @1:5");
}

TEST_CASE("string escapes are decoded", "[parser][strings]") {
    CHECK(expr(R"('a\nb\t\\\'\"')") == R"('a\nb\t\\\'"')");
    CHECK(expr(R"('\x41\101\u00e9\U0001F600')") == "'AA\xC3\xA9\xF0\x9F\x98\x80'");
    CHECK(expr(R"('\a\b\f\v\r\0')") == R"('\x07\x08\x0c\x0b\x0d\x00')");
    CHECK(expr(R"('\q')") == R"('\\q')");
    CHECK(expr("'a\\\nb'") == "'ab'");
    CHECK(expr(R"(r'\n\'')") == R"('\\n\\\'')");
    CHECK(expr(R"(b'\x00\xff\u')") == R"(b'\x00)" "\xff" R"(\\u')");
    CHECK(expr(R"(Rb'\n')") == R"(b'\\n')");
    CHECK(expr("'''a\nb'''") == R"('a\nb')");
    CHECK(expr(R"(U"x")") == "'x'");
}

TEST_CASE("adjacent string literals concatenate", "[parser][strings]") {
    CHECK(expr("'a' \"b\" '''c'''") == "'abc'");
    CHECK(expr("b'a' b'b'") == "b'ab'");
    CHECK(expr("('a'\n 'b')") == "'ab'");
    CHECK(error_summary("x = 'a' b'b'\n").starts_with("SyntaxError: cannot mix bytes and nonbytes literals @1:"));
}

TEST_CASE("non-ASCII characters in bytes literals are an error", "[parser][strings]") {
    CHECK(error_summary("x = b'\xC3\xA9'\n") == "SyntaxError: bytes can only contain ASCII literal characters @1:5");
}

TEST_CASE("bad escapes are SyntaxErrors", "[parser][strings]") {
    CHECK(error_of(R"(x = '\xZZ')").message ==
          "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape");
    CHECK(error_of(R"(x = '\N{DASH}')").message.find("not supported") != std::string::npos);
}

// ---------------------------------------------------------------------------
// f-strings
// ---------------------------------------------------------------------------

TEST_CASE("f-strings split into literal parts and formatted values", "[parser][fstring]") {
    CHECK(expr("f'a{x}b'") == "(f 'a' (fv x) 'b')");
    CHECK(expr("f'{x!r:>{w}.3}'") == "(f (fv x !r :(f '>' (fv w) '.3')))");
    CHECK(expr("f'{{literal}} {x!s}'") == "(f '{literal} ' (fv x !s))");
    CHECK(expr("f'{a + b:3d}{c!a}'") == "(f (fv (+ a b) :(f '3d')) (fv c !a))");
    CHECK(expr("f''") == "(f)");
    CHECK(expr("f'plain'") == "(f 'plain')");
    CHECK(expr("f'{x, y}'") == "(f (fv (tuple x y)))");
    CHECK(expr("f'{d[\"k\"]}'") == "(f (fv ([] d 'k')))");
    CHECK(expr("f'{a != b}{a<b}'") == "(f (fv (cmp a != b)) (fv (cmp a < b)))");
    CHECK(expr("f'{(lambda: 1)()}'") == "(f (fv (call (lambda () 1))))");
    CHECK(expr("f'\\n{x}\\t'") == "(f '\\n' (fv x) '\\t')");
    CHECK(expr("rf'\\n{x}'") == "(f '\\\\n' (fv x))");
}

TEST_CASE("f-string debugging specifier keeps the expression text", "[parser][fstring]") {
    CHECK(expr("f'a{x=}b'") == "(f 'ax=' (fv x !r) 'b')");
    CHECK(expr("f'{x = }'") == "(f 'x = ' (fv x !r))");
    CHECK(expr("f'{x=:>3}'") == "(f 'x=' (fv x :(f '>3')))");
    CHECK(expr("f'{x=!s}'") == "(f 'x=' (fv x !s))");
}

TEST_CASE("f-strings concatenate with plain strings", "[parser][fstring]") {
    CHECK(expr("'a' f'{b}' 'c'") == "(f 'a' (fv b) 'c')");
    CHECK(expr("f'{x}' 'y' f'z'") == "(f (fv x) 'yz')");
}

TEST_CASE("f-string field expressions carry real locations", "[parser][fstring]") {
    Module module = parse("x = f'ab{ c }'\n", "<test>");
    auto& assign = static_cast<const AssignStmt&>(*module.body[0]);
    auto& joined = static_cast<const JoinedStrExpr&>(*assign.value);
    auto& field = static_cast<const FormattedValueExpr&>(*joined.values[1]);
    CHECK(field.value->loc.line == 1);
    CHECK(field.value->loc.col == 10);
}

TEST_CASE("f-string errors match CPython", "[parser][fstring][errors]") {
    CHECK(error_summary("f'{}'\n") == "SyntaxError: f-string: empty expression not allowed @1:6");
    CHECK(error_summary("f'{ !r}'\n") == "SyntaxError: f-string: expression required before '!' @1:9");
    CHECK(error_summary("f'{a!x}'\n") ==
          "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' @1:9");
    CHECK(error_summary("f'{a'\n") == "SyntaxError: f-string: expecting '}' @1:6");
    CHECK(error_summary("f'}'\n") == "SyntaxError: f-string: single '}' is not allowed @1:5");
    CHECK(error_summary("f'{a:{b:{c:{d}}}}'\n") == "SyntaxError: f-string: expressions nested too deeply @1:19");
    CHECK(error_summary("f'{\\n}'\n") == "SyntaxError: f-string expression part cannot include a backslash @1:8");
    CHECK(error_summary("f'{#}'\n") == "SyntaxError: f-string expression part cannot include '#' @1:7");
    CHECK(error_summary("f'{a)}'\n") == "SyntaxError: f-string: unmatched ')' @1:8");
    CHECK(error_summary("f'{(a}'\n") ==
          "SyntaxError: f-string: closing parenthesis '}' does not match opening parenthesis '(' @1:8");
    SyntaxErrorInfo comma = error_of("x = 1\ny = f'{a b}'\n");
    CHECK(comma.message == "f-string: invalid syntax. Perhaps you forgot a comma?");
    CHECK(comma.line == 2);
    CHECK(comma.col == 2);
    CHECK(comma.text == "(a b)");
    CHECK(error_summary("f'{*a}'\n") == "SyntaxError: f-string: cannot use starred expression here @1:2");
}

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------

TEST_CASE("assignments: chained, unpacking, starred, augmented, annotated", "[parser][stmt]") {
    CHECK(stmts("a = b = 1") == "(= a! b! 1)");
    CHECK(stmts("a, *b = c") == "(= (tuple a! *b!)! c)");
    CHECK(stmts("[a, (b, c)] = x") == "(= (list a! (tuple b! c!)!)! x)");
    CHECK(stmts("a.b[c] = d") == "(= ([] (. a b) c)! d)");
    CHECK(stmts("x = yield y") == "(= x! (yield y))");
    CHECK(stmts("x = 1, 2") == "(= x! (tuple 1 2))");
    CHECK(stmts("x += 1") == "(+= x! 1)");
    CHECK(stmts("x //= 2; y **= 3; z @= w; v >>= 1") == "(//= x! 2) (**= y! 3) (@= z! w) (>>= v! 1)");
    CHECK(stmts("x: int = 3") == "(ann x! 3)");
    CHECK(stmts("x: int") == "(ann x! _)");
    CHECK(stmts("(x): int = 3") == "(ann-complex x! 3)");
    CHECK(stmts("a.b: list[int] = []") == "(ann-complex (. a b)! (list))");
}

TEST_CASE("function definitions take every parameter kind", "[parser][stmt]") {
    CHECK(stmts("def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    return a\n") ==
          "(def f (a b / c *args d e=3 **kw) defaults 1 2 [(return a)])");
    CHECK(stmts("def f(*, a): pass") == "(def f (* a) [(pass)])");
    CHECK(stmts("def f(a: int, *b: str, **c: dict): pass") == "(def f (a *b **c) [(pass)])");
    CHECK(stmts("@dec\n@dec2(1)\ndef f(): pass") == "(def @dec @(call dec2 1) f () [(pass)])");
    CHECK(stmts("async def f():\n    await x\n    async for a in b: pass\n    async with c as d: pass\n") ==
          "(async-def f () [(await x) (async-for a! b [(pass)] []) (async-with c as d!, [(pass)])])");
}

TEST_CASE("class definitions take bases and keywords", "[parser][stmt]") {
    CHECK(stmts("class C(Base, metaclass=M):\n    x = 1\n") == "(class C ( Base metaclass=M ) [(= x! 1)])");
    CHECK(stmts("@d\nclass C: pass") == "(class @d C ( ) [(pass)])");
    CHECK(stmts("class C(): pass") == "(class C ( ) [(pass)])");
}

TEST_CASE("control flow statements", "[parser][stmt]") {
    CHECK(stmts("if a:\n    x\nelif b:\n    y\nelse:\n    z\n") == "(if a [x] [(if b [y] [z])])");
    CHECK(stmts("while x:\n    break\nelse:\n    continue\n") == "(while x [(break)] [(continue)])");
    CHECK(stmts("for a, b in c:\n    pass\nelse:\n    pass\n") == "(for (tuple a! b!)! c [(pass)] [(pass)])");
    CHECK(stmts("for x, in y: pass") == "(for (tuple x!)! y [(pass)] [])");
    CHECK(stmts("for x in 1, 2: pass") == "(for x! (tuple 1 2) [(pass)] [])");
    CHECK(stmts("if x: y = 1; z = 2") == "(if x [(= y! 1) (= z! 2)] [])");
}

TEST_CASE("try statements with every clause", "[parser][stmt]") {
    CHECK(stmts("try:\n    a\nexcept (A, B) as e:\n    b\nexcept C:\n    c\nexcept:\n    d\n"
                "else:\n    e\nfinally:\n    f\n") ==
          "(try [a] (except (tuple A B) as e [b]) (except C [c]) (except _ [d]) [e] [f])");
    CHECK(stmts("try:\n    a\nfinally:\n    b\n") == "(try [a] [] [b])");
}

TEST_CASE("with statements, plain and parenthesized", "[parser][stmt]") {
    CHECK(stmts("with a as b, c: pass") == "(with a as b!, c, [(pass)])");
    CHECK(stmts("with (a as b, c as d,): pass") == "(with a as b!, c as d!, [(pass)])");
    CHECK(stmts("with (a, b): pass") == "(with a, b, [(pass)])");
    CHECK(stmts("with (a, b) as c: pass") == "(with (tuple a b) as c!, [(pass)])");
    CHECK(stmts("with (a) as (b, c): pass") == "(with a as (tuple b! c!)!, [(pass)])");
}

TEST_CASE("simple statements", "[parser][stmt]") {
    CHECK(stmts("del a, b[1], c.d") == "(del a~ ([] b 1)~ (. c d)~)");
    CHECK(stmts("del (a, b)") == "(del (tuple a~ b~)~)");
    CHECK(stmts("assert x, 'msg'") == "(assert x 'msg')");
    CHECK(stmts("assert x") == "(assert x _)");
    CHECK(stmts("raise") == "(raise _ _)");
    CHECK(stmts("raise X") == "(raise X _)");
    CHECK(stmts("raise X from Y") == "(raise X Y)");
    CHECK(stmts("return") == "(return _)");
    CHECK(stmts("return *a, b") == "(return (tuple *a b))");
    CHECK(stmts("global a, b") == "(global a b)");
    CHECK(stmts("nonlocal a") == "(nonlocal a)");
    CHECK(stmts("pass; pass;") == "(pass) (pass)");
    CHECK(stmts("yield from g()") == "(yield-from (call g))");
}

TEST_CASE("import statements", "[parser][stmt]") {
    CHECK(stmts("import a.b.c as d, e") == "(import a.b.c as d e)");
    CHECK(stmts("from . import x") == "(from . import x)");
    CHECK(stmts("from ..m.n import (a, b as c,)") == "(from ..m.n import a b as c)");
    CHECK(stmts("from m import *") == "(from m import *)");
    CHECK(stmts("from ... import x") == "(from ... import x)");
}

TEST_CASE("match is still an ordinary name", "[parser][stmt]") {
    CHECK(stmts("match = 3") == "(= match! 3)");
    CHECK(stmts("match(x)") == "(call match x)");
    CHECK(stmts("match.x = 1\ncase = 2\n_ = 3") == "(= (. match x)! 1) (= case! 2) (= _! 3)");
}

TEST_CASE("the match statement is rejected", "[parser][stmt][errors]") {
    CHECK(error_summary("match x:\n    case 1:\n        pass\n") ==
          "SyntaxError: the match statement is not supported by minipy @1:1");
}

TEST_CASE("statement locations are the lines the statements start on", "[parser][locations]") {
    Module module = parse("x = 1\n\nif x:\n    y = f(1,\n          2)\n@d\ndef g(): pass\n", "<test>");
    REQUIRE(module.body.size() == 3);
    CHECK(module.body[0]->loc.line == 1);
    CHECK(module.body[1]->loc.line == 3);
    auto& if_stmt = static_cast<const IfStmt&>(*module.body[1]);
    auto& assign = static_cast<const AssignStmt&>(*if_stmt.body[0]);
    CHECK(assign.loc.line == 4);
    CHECK(assign.loc.col == 4);
    CHECK(assign.value->loc.line == 4);
    CHECK(assign.value->loc.col == 8);
    CHECK(assign.value->loc.end_line == 5);
    CHECK(assign.value->loc.end_col == 12);
    CHECK(module.body[2]->loc.line == 7);  // the def line, not the decorator's
}

TEST_CASE("eval mode parses a single expression", "[parser]") {
    CHECK(expr("1, 2") == "(tuple 1 2)");
    CHECK(expr("x\n\n") == "x");
    CHECK(error_summary("x = 1", ParseMode::Eval) == "SyntaxError: invalid syntax @1:3");
}

// ---------------------------------------------------------------------------
// Syntax errors: each checked against CPython 3.11's message and position
// ---------------------------------------------------------------------------

TEST_CASE("a missing colon is reported as expected ':'", "[parser][errors]") {
    CHECK(error_summary("if x\n    pass\n") == "SyntaxError: expected ':' @1:5");
    CHECK(error_summary("def f()\n  pass\n") == "SyntaxError: expected ':' @1:8");
    CHECK(error_summary("for x in y\n  pass\n") == "SyntaxError: expected ':' @1:11");
    CHECK(error_summary("class C\n  pass\n") == "SyntaxError: expected ':' @1:8");
    CHECK(error_summary("try:\n  pass\nfinally\n  pass\n") == "SyntaxError: expected ':' @3:8");
    CHECK(error_summary("def f:\n  pass\n") == "SyntaxError: expected '(' @1:6");
}

TEST_CASE("generic errors point at the offending token", "[parser][errors]") {
    CHECK(error_summary("x = = 1\n") == "SyntaxError: invalid syntax @1:5");
    CHECK(error_summary("x = 5 @@ 3\n") == "SyntaxError: invalid syntax @1:8");
    CHECK(error_summary("x = 1 2\n") == "SyntaxError: invalid syntax @1:7");
    CHECK(error_summary("x = $\n") == "SyntaxError: invalid syntax @1:5");
    CHECK(error_summary("a = 1\nb = 2\nc = 3 +\n") == "SyntaxError: invalid syntax @3:8");
}

TEST_CASE("a missing comma inside brackets is pointed out", "[parser][errors]") {
    SyntaxErrorInfo info = error_of("print(a b)\n");
    CHECK(info.message == "invalid syntax. Perhaps you forgot a comma?");
    CHECK(info.col == 7);
    CHECK(info.end_col == 10);
    CHECK(error_summary("x = [1, 2 3]\n") == "SyntaxError: invalid syntax. Perhaps you forgot a comma? @1:9");
}

TEST_CASE("unclosed and mismatched brackets", "[parser][errors]") {
    SyntaxErrorInfo info = error_of("x = (1,\ny = 2\n");
    CHECK(info.message == "'(' was never closed");
    CHECK(info.line == 1);
    CHECK(info.col == 5);
    CHECK(info.incomplete);
    CHECK(error_summary("foo(1, [2,\n") == "SyntaxError: '[' was never closed @1:8");
    CHECK(error_summary("x)\n") == "SyntaxError: unmatched ')' @1:2");
    CHECK(error_summary("x = [1, 2)\n") ==
          "SyntaxError: closing parenthesis ')' does not match opening parenthesis '[' @1:10");
    CHECK(error_summary("x = (1, \n2]\n") ==
          "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 @2:2");
}

TEST_CASE("unterminated strings", "[parser][errors]") {
    CHECK(error_summary("s = 'abc\nx = 1\n") == "SyntaxError: unterminated string literal (detected at line 1) @1:5");
    SyntaxErrorInfo info = error_of("x = 1\ns = '''abc\n\n");
    CHECK(info.message == "unterminated triple-quoted string literal (detected at line 3)");
    CHECK(info.line == 2);
    CHECK(info.col == 5);
    CHECK(info.incomplete);
}

TEST_CASE("a tokenizer error later in the file wins over a generic parser error", "[parser][errors]") {
    CHECK(error_summary("x = = 1\ns = 'abc\n") == "SyntaxError: unterminated string literal (detected at line 2) @2:5");
}

TEST_CASE("a block missing after a header is an IndentationError", "[parser][errors]") {
    CHECK(error_summary("if x:\npass\n") == "IndentationError: expected an indented block after 'if' statement on line 1 @2:1");
    CHECK(error_summary("for x in y:\n  pass\nelse:\npass\n") ==
          "IndentationError: expected an indented block after 'else' statement on line 3 @4:1");
    CHECK(error_summary("while x:\nx\n") == "IndentationError: expected an indented block after 'while' statement on line 1 @2:1");
    CHECK(error_summary("class C:\nx\n") == "IndentationError: expected an indented block after class definition on line 1 @2:1");
    CHECK(error_summary("try:\nx\n") == "IndentationError: expected an indented block after 'try' statement on line 1 @2:1");
    CHECK(error_summary("with a:\nx\n") == "IndentationError: expected an indented block after 'with' statement on line 1 @2:1");
    SyntaxErrorInfo info = error_of("def f():\n");
    CHECK(info.type == "IndentationError");
    CHECK(info.message == "expected an indented block after function definition on line 1");
    CHECK(info.col == 9);
    CHECK(info.incomplete);
}

TEST_CASE("errors at the end of the input point just past the last line", "[parser][errors]") {
    CHECK(error_summary("try:\n    pass\n") == "SyntaxError: expected 'except' or 'finally' block @2:9");
    CHECK(error_summary("x = 1 + \\\n") == "SyntaxError: unexpected EOF while parsing @1:10");
    CHECK(error_summary("class C:\n    x = 1\n    def f(self):\n") ==
          "IndentationError: expected an indented block after function definition on line 3 @3:17");
}

TEST_CASE("indentation errors", "[parser][errors]") {
    CHECK(error_summary("x = 1\n  y = 2\n") == "IndentationError: unexpected indent @2:2");
    CHECK(error_summary("if x:\n    y\n  z\n") == "IndentationError: unindent does not match any outer indentation level @3:4");
    CHECK(error_summary("if x:\n  a\n\tb\n") == "TabError: inconsistent use of tabs and spaces in indentation @3:1");
}

TEST_CASE("invalid number literals", "[parser][errors]") {
    CHECK(error_summary("x = 1abc\n") == "SyntaxError: invalid decimal literal @1:5");
    CHECK(error_summary("x = 0x\n") == "SyntaxError: invalid hexadecimal literal @1:6");
    CHECK(error_summary("x = 1_\n") == "SyntaxError: invalid decimal literal @1:6");
    CHECK(error_summary("x = 0b12\n") == "SyntaxError: invalid digit '2' in binary literal @1:8");
    CHECK(error_summary("x = 0o8\n") == "SyntaxError: invalid digit '8' in octal literal @1:7");
    CHECK(error_summary("x = 012\n") ==
          "SyntaxError: leading zeros in decimal integer literals are not permitted; "
          "use an 0o prefix for octal integers @1:5");
}

TEST_CASE("invalid assignment targets", "[parser][errors]") {
    CHECK(error_summary("1 = x\n") == "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? @1:1");
    CHECK(error_summary("f() = 1\n") ==
          "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? @1:1");
    CHECK(error_summary("x + 1 = 2\n") ==
          "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='? @1:1");
    CHECK(error_summary("a, 1 = x\n") ==
          "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? @1:4");
    CHECK(error_summary("x = f() = 3\n") == "SyntaxError: cannot assign to function call @1:5");
    CHECK(error_summary("None = 1\n") == "SyntaxError: cannot assign to None @1:1");
    CHECK(error_summary("a < b = 1\n") == "SyntaxError: cannot assign to comparison @1:1");
    CHECK(error_summary("(a, 1) = x\n") == "SyntaxError: cannot assign to literal @1:5");
    CHECK(error_summary("[1] = x\n") == "SyntaxError: cannot assign to literal @1:2");
    CHECK(error_summary("for 1 in x: pass\n") == "SyntaxError: cannot assign to literal @1:5");
    CHECK(error_summary("with a as 1: pass\n") == "SyntaxError: cannot assign to literal @1:11");
    CHECK(error_summary("del f()\n") == "SyntaxError: cannot delete function call @1:5");
    CHECK(error_summary("del *a\n") == "SyntaxError: cannot delete starred @1:5");
    CHECK(error_summary("f(x) += 1\n") == "SyntaxError: 'function call' is an illegal expression for augmented assignment @1:1");
    CHECK(error_summary("x, y: int\n") == "SyntaxError: only single target (not tuple) can be annotated @1:1");
    CHECK(error_summary("x = yield = 1\n") == "SyntaxError: assignment to yield expression not possible @1:5");
    CHECK(error_summary("(1 := 2)\n") == "SyntaxError: cannot use assignment expressions with literal @1:2");
}

TEST_CASE("argument ordering errors", "[parser][errors]") {
    CHECK(error_summary("f(**a, *b)\n") == "SyntaxError: iterable argument unpacking follows keyword argument unpacking @1:8");
    CHECK(error_summary("f(a=1, b)\n") == "SyntaxError: positional argument follows keyword argument @1:9");
    CHECK(error_summary("f(**k, a)\n") == "SyntaxError: positional argument follows keyword argument unpacking @1:9");
    CHECK(error_summary("f(a for a in b, c)\n") == "SyntaxError: Generator expression must be parenthesized @1:3");
    CHECK(error_summary("f(a=1, a=2)\n") == "SyntaxError: keyword argument repeated: a @1:8");
    CHECK(error_summary("f(a.b=1)\n") == "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"? @1:3");
}

TEST_CASE("parameter list errors", "[parser][errors]") {
    CHECK(error_summary("def f(a=1, b): pass\n") == "SyntaxError: non-default argument follows default argument @1:12");
    CHECK(error_summary("def f(*): pass\n") == "SyntaxError: named arguments must follow bare * @1:7");
    CHECK(error_summary("def f(**k, a): pass\n") == "SyntaxError: arguments cannot follow var-keyword argument @1:12");
    CHECK(error_summary("def f(a, /, b, /): pass\n") == "SyntaxError: / may appear only once @1:16");
    CHECK(error_summary("def f(*a, /): pass\n") == "SyntaxError: / must be ahead of * @1:11");
    CHECK(error_summary("def f(*a, *b): pass\n") == "SyntaxError: * argument may appear only once @1:11");
}

TEST_CASE("statement-specific errors", "[parser][errors]") {
    CHECK(error_summary("try:\n  pass\nx=1\n") == "SyntaxError: expected 'except' or 'finally' block @3:1");
    CHECK(error_summary("try:\n  pass\nexcept A, B:\n  pass\n") ==
          "SyntaxError: multiple exception types must be parenthesized @3:8");
    CHECK(error_summary("try:\n  pass\nexcept* A:\n  pass\n") == "SyntaxError: except* is not supported by minipy @3:7");
    CHECK(error_summary("from m import a, b,\n") ==
          "SyntaxError: trailing comma not allowed without surrounding parentheses @1:20");
    CHECK(error_summary("print 'x'\n") == "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? @1:1");
    CHECK(error_summary("x = 1 if y\n") == "SyntaxError: expected 'else' after 'if' expression @1:5");
}

TEST_CASE("a stray '=' where a comparison fits is pointed out", "[parser][errors]") {
    CHECK(error_summary("if x = 1:\n    pass\n") ==
          "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? @1:4");
    CHECK(error_summary("if x.y = 1:\n    pass\n") ==
          "SyntaxError: cannot assign to attribute here. Maybe you meant '==' instead of '='? @1:4");
    CHECK(error_summary("f(True=1)\n") == "SyntaxError: cannot assign to True @1:3");
}

TEST_CASE("display and comprehension errors", "[parser][errors]") {
    CHECK(error_summary("[x, y for x, y in z]\n") ==
          "SyntaxError: did you forget parentheses around the comprehension target? @1:2");
    CHECK(error_summary("d = {1: 2, 3 4}\n") == "SyntaxError: ':' expected after dictionary key @1:12");
    CHECK(error_summary("d = {1:}\n") == "SyntaxError: expression expected after dictionary key and ':' @1:7");
    CHECK(error_summary("d = {1: *a}\n") == "SyntaxError: cannot use a starred expression in a dictionary value @1:9");
    CHECK(error_summary("print((**x))\n") == "SyntaxError: cannot use double starred expression here @1:8");
    CHECK(error_summary("[*a for a in b]\n") == "SyntaxError: iterable unpacking cannot be used in comprehension @1:2");
    CHECK(error_summary("f(a, b for b in c)\n") == "SyntaxError: Generator expression must be parenthesized @1:6");
    CHECK(error_summary("class C(x for x in y): pass\n") == "SyntaxError: invalid syntax @1:11");
}

TEST_CASE("more parameter list errors", "[parser][errors]") {
    CHECK(error_summary("def f(/, a): pass\n") == "SyntaxError: at least one argument must precede / @1:7");
    CHECK(error_summary("def f(a, /*, b): pass\n") == "SyntaxError: expected comma between / and * @1:11");
    CHECK(error_summary("def f((a, b)): pass\n") == "SyntaxError: Function parameters cannot be parenthesized @1:7");
    CHECK(error_summary("lambda (x): x\n") == "SyntaxError: Lambda expression parameters cannot be parenthesized @1:8");
    CHECK(error_summary("def f(a=): pass\n") == "SyntaxError: expected default value expression @1:8");
    CHECK(error_summary("def f(x: *b): pass\n") == "SyntaxError: invalid syntax @1:10");
}

TEST_CASE("a header ending early is expected ':' even after a comment", "[parser][errors]") {
    CHECK(error_summary("if x  # comment\n    pass\n") == "SyntaxError: expected ':' @1:7");
    CHECK(error_summary("with (a as b)\n    pass\n") == "SyntaxError: expected ':' @1:14");
    CHECK(error_summary("x = 1 if y: z\n") == "SyntaxError: invalid syntax @1:11");
}

TEST_CASE("errors CPython's compiler reports wait for the whole file to parse", "[parser][errors]") {
    CHECK(error_summary("f(a=1, a=2)\n") == "SyntaxError: keyword argument repeated: a @1:8");
    CHECK(error_summary("f(a=1, a=2)\nx = = 1\n") == "SyntaxError: invalid syntax @2:5");
    CHECK(error_summary("try:\n  pass\nexcept:\n  pass\nexcept A:\n  pass\n") ==
          "SyntaxError: default 'except:' must be last @3:1");
    CHECK(error_summary("f'{f(a=1, a=2)}'\n") == "SyntaxError: keyword argument repeated: a @1:11");
}

TEST_CASE("which error wins when the file has several", "[parser][errors]") {
    // A bracket left open on an earlier line beats a generic error...
    CHECK(error_summary("x = (\ny = 1\nz = 2\n") == "SyntaxError: '(' was never closed @1:5");
    // ...and a tokenizer error anywhere after it beats both,
    CHECK(error_summary("x = (\ny = 1\nz = \"abc\n") ==
          "SyntaxError: unterminated string literal (detected at line 3) @3:5");
    CHECK(error_summary("x = $ 1\nz = \"abc\n") == "SyntaxError: unterminated string literal (detected at line 2) @2:5");
    // ...except an indentation error, which CPython only notices when parsing.
    CHECK(error_summary("x = = 1\nif y:\n    a\n  b\n") == "SyntaxError: invalid syntax @1:5");
    // An unexpected indent is reported without looking further.
    CHECK(error_summary("x = 1\n    y = 2\nz = \"abc\n") == "IndentationError: unexpected indent @2:4");
}

TEST_CASE("absurd nesting is an error, not a crash", "[parser][errors][limits]") {
    CHECK(error_of("x = " + std::string(5000, '-') + "1\n").message == "expression nested too deeply");
    std::string nots;
    for (int i = 0; i < 3000; ++i) nots += "not ";
    CHECK(error_of("x = " + nots + "x\n").message == "expression nested too deeply");
    std::string long_sum = "x = a";
    for (int i = 0; i < 5000; ++i) long_sum += " + a";
    CHECK(error_of(long_sum + "\n").message == "expression nested too deeply");
    CHECK(error_of("x = " + std::string(201, '(') + std::string(201, ')') + "\n").message ==
          "too many nested parentheses");
    std::string deep_blocks;
    for (int i = 0; i <= 100; ++i) deep_blocks += std::string(static_cast<std::size_t>(i), ' ') + "if 1:\n";
    CHECK(error_summary(deep_blocks) == "IndentationError: too many levels of indentation @101:1");
}

TEST_CASE("long but reasonable programs parse", "[parser][limits]") {
    std::string sum = "x = a";
    for (int i = 0; i < 1500; ++i) sum += " + a";
    CHECK(parse(sum + "\n", "<test>").body.size() == 1);
    std::string chain = "if x == 0:\n    pass\n";
    for (int i = 1; i < 5000; ++i) chain += "elif x == " + std::to_string(i) + ":\n    pass\n";
    Module module = parse(chain, "<test>");
    REQUIRE(module.body.size() == 1);
    CHECK(module.body[0]->loc.end_line == 10000);
}

// ---------------------------------------------------------------------------
// Interactive mode: what the REPL needs to decide on the "... " prompt
// ---------------------------------------------------------------------------

TEST_CASE("interactive input that needs more lines is incomplete", "[parser][interactive]") {
    CHECK(error_of("if x:", ParseMode::Interactive).incomplete);
    CHECK(error_of("if x:\n", ParseMode::Interactive).incomplete);
    CHECK(error_of("if x:\n    y = 1\n", ParseMode::Interactive).incomplete);
    CHECK(error_of("def f(a,\n", ParseMode::Interactive).incomplete);
    CHECK(error_of("s = '''abc\n", ParseMode::Interactive).incomplete);
    CHECK(error_of("x = 1 + \\\n", ParseMode::Interactive).incomplete);
    CHECK(error_of("@dec\n", ParseMode::Interactive).incomplete);
    CHECK(error_of("for x in y: pass\n", ParseMode::Interactive).incomplete);
    CHECK(error_of("try:\n    pass\n", ParseMode::Interactive).incomplete);
    CHECK(error_of("class C:\n    def f(self):\n        pass\n", ParseMode::Interactive).incomplete);
}

TEST_CASE("interactive input ended by a blank line is complete", "[parser][interactive]") {
    Module module = parse("if x:\n    y = 1\n\n", "<stdin>", ParseMode::Interactive);
    CHECK(module.body.size() == 1);
    CHECK(parse("x = 1\n", "<stdin>", ParseMode::Interactive).body.size() == 1);
    CHECK(parse("x = 1; y = 2\n", "<stdin>", ParseMode::Interactive).body.size() == 2);
    CHECK(parse("\n", "<stdin>", ParseMode::Interactive).body.empty());
    SyntaxErrorInfo info = error_of("if x:\n\n", ParseMode::Interactive);
    CHECK(info.type == "IndentationError");
    CHECK_FALSE(info.incomplete);
    CHECK_FALSE(error_of("try:\n    pass\n\n", ParseMode::Interactive).incomplete);
}

TEST_CASE("a match statement is rejected as soon as its header is typed", "[parser][interactive]") {
    SyntaxErrorInfo info = error_of("match command:\n", ParseMode::Interactive);
    CHECK(info.message == "the match statement is not supported by minipy");
    CHECK_FALSE(info.incomplete);
}

TEST_CASE("interactive errors are not incomplete", "[parser][interactive]") {
    CHECK_FALSE(error_of("x = = 1\n", ParseMode::Interactive).incomplete);
    CHECK_FALSE(error_of("x = (1,\n2]\n", ParseMode::Interactive).incomplete);
    CHECK(error_of("x = 1\ny = 2\n", ParseMode::Interactive).message ==
          "multiple statements found while compiling a single statement");
}
