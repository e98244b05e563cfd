// compiler/ast.h: the abstract syntax tree the parser builds and the symtable
// and codegen walk. Node kinds and field names follow CPython's `ast` module
// (Python/Python.asdl) so a reader can map one onto the other. Nodes own their
// children through unique_ptr; the tree lives only while one module compiles.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace minipy::compiler {

// Where a node starts in the source; lines are 1-based, columns 0-based
// (in code points), as CPython reports them.
struct Location {
    int line = 0;
    int col = 0;
    int end_line = 0;
    int end_col = 0;
};

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------

enum class ExprKind : std::uint8_t {
    BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp,
    SetComp, DictComp, GeneratorExp, Await, Yield, YieldFrom, Compare, Call,
    FormattedValue, JoinedStr, Constant, Attribute, Subscript, Starred, Name,
    List, Tuple, Slice,
};

// Binary operators, in the order of CPython 3.11's BINARY_OP argument
// (Include/opcode.h NB_*) so codegen can emit them unchanged.
enum class BinOpKind : std::uint8_t {
    Add, BitAnd, FloorDiv, LShift, MatMult, Mult, Mod, BitOr, Pow, RShift,
    Sub, Div, BitXor,
};
enum class UnaryOpKind : std::uint8_t { Invert, Not, UAdd, USub };
enum class BoolOpKind : std::uint8_t { And, Or };
// Comparison operators; Lt..Ge are in CPython's COMPARE_OP order.
enum class CmpOpKind : std::uint8_t { Lt, LtE, Eq, NotEq, Gt, GtE, In, NotIn, Is, IsNot };
// Whether a Name/Attribute/Subscript/Starred/List/Tuple is read, assigned or deleted.
enum class ExprContext : std::uint8_t { Load, Store, Del };

struct Expr;
struct Stmt;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using ExprList = std::vector<ExprPtr>;
using StmtList = std::vector<StmtPtr>;

struct Expr {
    ExprKind kind;
    Location loc;
    explicit Expr(ExprKind k) : kind(k) {}
    virtual ~Expr() = default;
};

// The value of a literal: None, True/False, Ellipsis, an int (decimal digits
// of arbitrary length, already stripped of `_` and converted from hex/octal/
// binary), a float, an imaginary number (rejected by codegen), a str or bytes.
struct ConstantValue {
    enum class Kind : std::uint8_t { None, True, False, Ellipsis, Int, Float, Str, Bytes };
    Kind kind = Kind::None;
    std::string text;  // Int: decimal digits, optional leading '-' never used; Str: UTF-8; Bytes: raw bytes
    double number = 0;  // Float
};

struct ConstantExpr : Expr { ConstantValue value; ConstantExpr() : Expr(ExprKind::Constant) {} };
struct NameExpr : Expr { std::string id; ExprContext ctx = ExprContext::Load; NameExpr() : Expr(ExprKind::Name) {} };
struct BoolOpExpr : Expr { BoolOpKind op{}; ExprList values; BoolOpExpr() : Expr(ExprKind::BoolOp) {} };
struct NamedExprExpr : Expr { ExprPtr target, value; NamedExprExpr() : Expr(ExprKind::NamedExpr) {} };
struct BinOpExpr : Expr { ExprPtr left; BinOpKind op{}; ExprPtr right; BinOpExpr() : Expr(ExprKind::BinOp) {} };
struct UnaryOpExpr : Expr { UnaryOpKind op{}; ExprPtr operand; UnaryOpExpr() : Expr(ExprKind::UnaryOp) {} };
struct IfExpExpr : Expr { ExprPtr test, body, orelse; IfExpExpr() : Expr(ExprKind::IfExp) {} };
// Dict display: keys[i] == nullptr means `**values[i]`.
struct DictExpr : Expr { ExprList keys, values; DictExpr() : Expr(ExprKind::Dict) {} };
struct SetExpr : Expr { ExprList elts; SetExpr() : Expr(ExprKind::Set) {} };
struct ListExpr : Expr { ExprList elts; ExprContext ctx = ExprContext::Load; ListExpr() : Expr(ExprKind::List) {} };
struct TupleExpr : Expr { ExprList elts; ExprContext ctx = ExprContext::Load; TupleExpr() : Expr(ExprKind::Tuple) {} };
struct StarredExpr : Expr { ExprPtr value; ExprContext ctx = ExprContext::Load; StarredExpr() : Expr(ExprKind::Starred) {} };
struct AttributeExpr : Expr { ExprPtr value; std::string attr; ExprContext ctx = ExprContext::Load; AttributeExpr() : Expr(ExprKind::Attribute) {} };
struct SubscriptExpr : Expr { ExprPtr value, slice; ExprContext ctx = ExprContext::Load; SubscriptExpr() : Expr(ExprKind::Subscript) {} };
// lower/upper/step may each be null.
struct SliceExpr : Expr { ExprPtr lower, upper, step; SliceExpr() : Expr(ExprKind::Slice) {} };
struct CompareExpr : Expr { ExprPtr left; std::vector<CmpOpKind> ops; ExprList comparators; CompareExpr() : Expr(ExprKind::Compare) {} };

// A keyword argument in a call; arg empty means `**value`.
struct Keyword { std::string arg; ExprPtr value; Location loc; };
// Positional args may contain StarredExpr for `*x`.
struct CallExpr : Expr { ExprPtr func; ExprList args; std::vector<Keyword> keywords; CallExpr() : Expr(ExprKind::Call) {} };

// One parameter; annotation is parsed and dropped.
struct Arg { std::string name; Location loc; };
// A parameter list; defaults align with the *last* len(defaults) of
// posonlyargs+args; kw_defaults[i] is null when kwonlyargs[i] has no default.
struct Arguments {
    std::vector<Arg> posonlyargs, args;
    std::unique_ptr<Arg> vararg;
    std::vector<Arg> kwonlyargs;
    ExprList kw_defaults;
    std::unique_ptr<Arg> kwarg;
    ExprList defaults;
};
struct LambdaExpr : Expr { Arguments args; ExprPtr body; LambdaExpr() : Expr(ExprKind::Lambda) {} };

struct Comprehension { ExprPtr target, iter; ExprList ifs; bool is_async = false; };
struct ListCompExpr : Expr { ExprPtr elt; std::vector<Comprehension> generators; ListCompExpr() : Expr(ExprKind::ListComp) {} };
struct SetCompExpr : Expr { ExprPtr elt; std::vector<Comprehension> generators; SetCompExpr() : Expr(ExprKind::SetComp) {} };
struct GeneratorExpExpr : Expr { ExprPtr elt; std::vector<Comprehension> generators; GeneratorExpExpr() : Expr(ExprKind::GeneratorExp) {} };
struct DictCompExpr : Expr { ExprPtr key, value; std::vector<Comprehension> generators; DictCompExpr() : Expr(ExprKind::DictComp) {} };

struct AwaitExpr : Expr { ExprPtr value; AwaitExpr() : Expr(ExprKind::Await) {} };
struct YieldExpr : Expr { ExprPtr value; /* may be null */ YieldExpr() : Expr(ExprKind::Yield) {} };
struct YieldFromExpr : Expr { ExprPtr value; YieldFromExpr() : Expr(ExprKind::YieldFrom) {} };

// f-strings: JoinedStr.values holds ConstantExpr (str) and FormattedValueExpr.
// conversion is -1 (none), 's', 'r' or 'a'; format_spec is null or a JoinedStr.
struct FormattedValueExpr : Expr { ExprPtr value; int conversion = -1; ExprPtr format_spec; FormattedValueExpr() : Expr(ExprKind::FormattedValue) {} };
struct JoinedStrExpr : Expr { ExprList values; JoinedStrExpr() : Expr(ExprKind::JoinedStr) {} };

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------

enum class StmtKind : std::uint8_t {
    FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign,
    AnnAssign, For, AsyncFor, While, If, With, AsyncWith, Match, Raise, Try,
    Assert, Import, ImportFrom, Global, Nonlocal, Expr, Pass, Break, Continue,
};

struct Stmt {
    StmtKind kind;
    Location loc;
    explicit Stmt(StmtKind k) : kind(k) {}
    virtual ~Stmt() = default;
};

// FunctionDef and AsyncFunctionDef share this node; kind tells them apart.
struct FunctionDefStmt : Stmt {
    std::string name; Arguments args; StmtList body; ExprList decorator_list;
    explicit FunctionDefStmt(StmtKind k = StmtKind::FunctionDef) : Stmt(k) {}
};
struct ClassDefStmt : Stmt {
    std::string name; ExprList bases; std::vector<Keyword> keywords; StmtList body; ExprList decorator_list;
    ClassDefStmt() : Stmt(StmtKind::ClassDef) {}
};
struct ReturnStmt : Stmt { ExprPtr value; /* may be null */ ReturnStmt() : Stmt(StmtKind::Return) {} };
struct DeleteStmt : Stmt { ExprList targets; DeleteStmt() : Stmt(StmtKind::Delete) {} };
// `a = b = value`: targets == [a, b].
struct AssignStmt : Stmt { ExprList targets; ExprPtr value; AssignStmt() : Stmt(StmtKind::Assign) {} };
struct AugAssignStmt : Stmt { ExprPtr target; BinOpKind op{}; ExprPtr value; AugAssignStmt() : Stmt(StmtKind::AugAssign) {} };
// `x: T = v` keeps target and value (value may be null); the annotation is dropped.
struct AnnAssignStmt : Stmt { ExprPtr target; ExprPtr value; bool simple = true; AnnAssignStmt() : Stmt(StmtKind::AnnAssign) {} };
// For and AsyncFor share this node.
struct ForStmt : Stmt { ExprPtr target, iter; StmtList body, orelse; explicit ForStmt(StmtKind k = StmtKind::For) : Stmt(k) {} };
struct WhileStmt : Stmt { ExprPtr test; StmtList body, orelse; WhileStmt() : Stmt(StmtKind::While) {} };
// `elif` chains become a nested IfStmt as the only statement of orelse.
struct IfStmt : Stmt { ExprPtr test; StmtList body, orelse; IfStmt() : Stmt(StmtKind::If) {} };
struct WithItem { ExprPtr context_expr; ExprPtr optional_vars; /* may be null */ };
// With and AsyncWith share this node.
struct WithStmt : Stmt { std::vector<WithItem> items; StmtList body; explicit WithStmt(StmtKind k = StmtKind::With) : Stmt(k) {} };
struct RaiseStmt : Stmt { ExprPtr exc, cause; /* both may be null */ RaiseStmt() : Stmt(StmtKind::Raise) {} };
struct ExceptHandler { ExprPtr type; /* null for bare except */ std::string name; StmtList body; Location loc; };
struct TryStmt : Stmt { StmtList body; std::vector<ExceptHandler> handlers; StmtList orelse, finalbody; TryStmt() : Stmt(StmtKind::Try) {} };
struct AssertStmt : Stmt { ExprPtr test, msg; /* msg may be null */ AssertStmt() : Stmt(StmtKind::Assert) {} };
// `import a.b as c`: name "a.b", asname "c" (empty when absent).
struct Alias { std::string name, asname; Location loc; };
struct ImportStmt : Stmt { std::vector<Alias> names; ImportStmt() : Stmt(StmtKind::Import) {} };
// `from ..m import x`: module "m" (may be empty), level 2; `import *` is name "*".
struct ImportFromStmt : Stmt { std::string module; std::vector<Alias> names; int level = 0; ImportFromStmt() : Stmt(StmtKind::ImportFrom) {} };
struct GlobalStmt : Stmt { std::vector<std::string> names; GlobalStmt() : Stmt(StmtKind::Global) {} };
struct NonlocalStmt : Stmt { std::vector<std::string> names; NonlocalStmt() : Stmt(StmtKind::Nonlocal) {} };
struct ExprStmt : Stmt { ExprPtr value; ExprStmt() : Stmt(StmtKind::Expr) {} };
struct PassStmt : Stmt { PassStmt() : Stmt(StmtKind::Pass) {} };
struct BreakStmt : Stmt { BreakStmt() : Stmt(StmtKind::Break) {} };
struct ContinueStmt : Stmt { ContinueStmt() : Stmt(StmtKind::Continue) {} };
// `match` is parsed only far enough to reject it with a clear SyntaxError.

struct Module { StmtList body; };

}  // namespace minipy::compiler
