// compiler/parser.h: the hand-written recursive-descent parser that turns
// tokens into the AST of compiler/ast.h. One member function per rule of
// CPython 3.11's Grammar/python.gram (rule names are quoted in comments), with
// the same error messages for the common mistakes. The rules live in
// parser.cpp (infrastructure, errors, entry point), parser_stmt.cpp
// (statements) and parser_expr.cpp (expressions, literals, f-strings).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "compiler/ast.h"
#include "compiler/tokenizer.h"  // SyntaxErrorInfo, SyntaxErrorException

namespace minipy::compiler {

// SyntaxErrorInfo and SyntaxErrorException are defined in tokenizer.h, which
// raises them too.

enum class ParseMode {
    File,
    // One statement typed at the REPL: the source is every line typed so
    // far, each ending in '\n'. A compound statement stays incomplete
    // (SyntaxErrorInfo::incomplete) until a blank line follows it.
    Interactive,
    Eval,  // a single expression; the Module holds one ExprStmt
};

// Throws SyntaxErrorException on the first error.
Module parse(std::string_view source, std::string_view filename, ParseMode mode = ParseMode::File);

// The parser behind parse(), declared here so that its rules can be split
// across files; use parse() instead.
class Parser {
public:
    Parser(std::string_view source, std::string_view filename, ParseMode mode);
    Module parse_module();

private:
    // Where a sub-parser's text sits in the enclosing source: f-string
    // fields are parsed by a fresh Parser over "(" field ")".
    struct Origin { int line = 1; int col = 0; };
    Parser(std::string_view source, std::string_view filename, Origin origin);

    // --- tokens (parser.cpp) ---
    const Token& peek(std::size_t ahead = 0);
    const Token& current() { return peek(0); }
    // peek() that does not move where a generic error points, for scans
    // that look far ahead only to choose between two rules.
    const Token& scan_ahead(std::size_t ahead);
    const Token& fetch(std::size_t index);
    bool check(TokenKind kind) { return peek(0).kind == kind; }
    Token advance();
    bool accept(TokenKind kind);
    Token expect(TokenKind kind);         // a plain "invalid syntax" if absent
    Token expect_forced(TokenKind kind);  // "expected ':'" if absent (pegen's &&':')
    static bool starts_expression(TokenKind kind);
    bool at_end_of_input();

    // --- speculation (parser_expr.cpp) ---
    struct Snapshot { std::size_t pos, furthest; Token last; int end_line, end_col; };
    Snapshot snapshot() const { return {m_pos, m_furthest, m_last, m_end_line, m_end_col}; }
    void restore(const Snapshot& saved);
    // While one exists, the parser behaves as pegen does before it looks
    // for errors: no missing-comma hints, `a if b` without else is just `a`.
    class SpeculationScope {
    public:
        explicit SpeculationScope(Parser& parser) : m_parser(parser), m_saved(parser.m_speculating) {
            parser.m_speculating = true;
        }
        ~SpeculationScope() { m_parser.m_speculating = m_saved; }
        SpeculationScope(const SpeculationScope&) = delete;
        SpeculationScope& operator=(const SpeculationScope&) = delete;
    private:
        Parser& m_parser;
        bool m_saved;
    };
    // Parses [rule] and puts the position back, as pegen's lookaheads do.
    // Returns null if it failed; [following] gets the kind of the next token.
    ExprPtr try_parse(ExprPtr (Parser::*rule)(), TokenKind& following);

    // Bounds how deeply expressions nest: rules that recurse without
    // consuming brackets (`- - - x`, `not not x`, `lambda: lambda: x`) and
    // left-leaning chains (`a + b + ...`, `a.b.c...`), whose trees later
    // passes walk recursively. Absurd input is then a SyntaxError rather
    // than a stack overflow (CPython: MemoryError or RecursionError).
    class DepthGuard {
    public:
        explicit DepthGuard(Parser& parser) : m_parser(parser), m_saved(parser.m_depth) { deeper(); }
        ~DepthGuard() { m_parser.m_depth = m_saved; }
        DepthGuard(const DepthGuard&) = delete;
        DepthGuard& operator=(const DepthGuard&) = delete;
        void deeper();  // one more level, e.g. one more link of a chain
    private:
        Parser& m_parser;
        int m_saved;
    };
    static constexpr int kMaxDepth = 2000;  // CPython 3.11 compiles `a+a+...` up to about this

    // --- locations ---
    static Location start_of(const Token& token);
    template <typename T> std::unique_ptr<T> node(const Location& start);
    template <typename N> N finish(N node);  // ends [node] with the last consumed token
    void set_end(Location& loc) const { loc.end_line = m_end_line; loc.end_col = m_end_col; }
    bool is_bare_tuple(const Expr& expr) const {
        return expr.kind == ExprKind::Tuple && !m_parenthesized.contains(&expr);
    }

    // --- errors (parser.cpp) ---
    // An error on [line] from 0-based [col] to [end_col] (-1: a lone caret).
    SyntaxErrorInfo error_info(std::string message, int line, int col, int end_col,
                               std::string type = "SyntaxError");
    // [range]: underline the whole token (^^^), as CPython does for most errors.
    [[noreturn]] void fail_at(const Token& token, std::string message, bool range = true,
                              std::string type = "SyntaxError");
    [[noreturn]] void fail_range(std::string message, const Location& from, const Location& to,
                                 std::string type = "SyntaxError");
    [[noreturn]] void fail_node(std::string message, const Expr& expr) {
        fail_range(std::move(message), expr.loc, expr.loc);
    }
    [[noreturn]] void invalid_syntax();
    [[noreturn]] void fail_at_end(std::string message, std::string type = "SyntaxError");
    // Errors CPython's compiler (not its parser) reports, so only if the
    // whole input parses: the first one is raised at the end.
    void defer_error(SyntaxErrorInfo info) {
        if (!m_deferred_error) m_deferred_error = std::move(info);
    }
    SyntaxErrorInfo finalize_error(SyntaxErrorInfo info, bool from_tokenizer);
    bool ends_with_blank_line() const;
    static bool is_compound(StmtKind kind);
    static std::string_view expr_name(const Expr& expr);

    // --- statements (parser_stmt.cpp) ---
    void statement(StmtList& out);             // compound_stmt | simple_stmts
    void simple_stmts(StmtList& out);          // simple_stmt (';' simple_stmt)* [';'] NEWLINE
    StmtPtr simple_stmt();
    StmtPtr expression_statement();            // assignment | star_expressions
    StmtPtr return_stmt();
    StmtPtr raise_stmt();
    StmtPtr global_or_nonlocal_stmt();
    StmtPtr del_stmt();
    StmtPtr assert_stmt();
    StmtPtr import_name();
    StmtPtr import_from();
    Alias dotted_as_name();
    std::string dotted_name();
    bool compound_stmt(StmtList& out);
    StmtPtr if_stmt(const Token& keyword);     // also elif_stmt
    StmtPtr while_stmt();
    StmtPtr for_stmt(const Token* async_token);
    StmtPtr with_stmt(const Token* async_token);
    WithItem with_item();
    StmtPtr try_stmt();
    StmtPtr function_def(ExprList decorators, const Token* async_token);
    StmtPtr class_def(ExprList decorators);
    StmtPtr decorated();
    void reject_match_statement();
    Token header_colon();                      // the ':' ending a compound statement's header
    void else_block(StmtList& out);            // ['else' &&':' block]
    // block: NEWLINE INDENT statements DEDENT | simple_stmts. [what] names
    // the header for "expected an indented block after ...".
    StmtList block(const Token& header, std::string_view what);
    Arguments parameters(bool is_lambda);
    Arg parameter(bool is_lambda, bool is_vararg = false);
    void reject_parenthesized_parameters(bool is_lambda);

    // --- targets (parser_stmt.cpp) ---
    ExprPtr star_targets();                    // of `for` loops and comprehensions
    ExprPtr star_target();
    // Marks [expr] as assigned (Store) or deleted (Del), or raises CPython's
    // "cannot assign to ..." naming its first part that cannot be.
    void check_target(Expr& expr, ExprContext ctx);
    static const Expr* find_invalid_target(const Expr& expr, ExprContext ctx);
    static void set_context(Expr& expr, ExprContext ctx);
    [[noreturn]] void invalid_target(const Expr& bad, ExprContext ctx, bool here_form);
    [[noreturn]] void invalid_assignment(const Expr& target, bool first_target);
    void stray_equal_sign(const Expr& value);  // invalid_named_expression's `a = b`
    static bool could_be_comparison(const Expr& expr);

    // --- expressions (parser_expr.cpp) ---
    ExprPtr star_expressions();                // a, *b, c  → Tuple
    ExprPtr star_expression();                 // '*' bitwise_or | expression
    ExprPtr star_named_expression();           // '*' bitwise_or | named_expression
    ExprPtr named_expression();                // NAME ':=' expression | expression
    ExprPtr expression();                      // disjunction ['if' disjunction 'else' expression] | lambdef
    ExprPtr expressions();                     // expression (',' expression)* → Tuple
    void check_missing_comma(const Expr& before);
    ExprPtr yield_expr();
    ExprPtr lambdef();
    ExprPtr disjunction();
    ExprPtr conjunction();
    ExprPtr inversion();
    ExprPtr comparison();
    template <typename OpOf> ExprPtr binary_level(ExprPtr (Parser::*operand)(), OpOf op_of);
    ExprPtr bitwise_or();
    ExprPtr bitwise_xor();
    ExprPtr bitwise_and();
    ExprPtr shift_expr();
    ExprPtr sum();
    ExprPtr term();
    ExprPtr factor();
    ExprPtr power();
    ExprPtr await_primary();
    ExprPtr primary();
    ExprPtr slices();
    ExprPtr slice();
    ExprPtr call(const Location& start, ExprPtr func);
    // args: everything between the parentheses of a call or class header.
    // Returns whether it was a lone unparenthesized generator expression.
    bool call_arguments(ExprList& args, std::vector<Keyword>& keywords, bool allow_genexp = true);
    ExprPtr atom();
    ExprPtr parenthesized();                   // tuple | group | genexp
    ExprPtr list_display();                    // list | listcomp
    ExprPtr brace_display();                   // dict | set | dictcomp | setcomp
    ExprPtr dict_value();
    void reject_unparenthesized_target(const ExprList& items);
    std::vector<Comprehension> for_if_clauses();
    ExprPtr number(const Token& token);

    // --- strings and f-strings (parser_expr.cpp) ---
    ExprPtr strings();                         // STRING+, implicitly concatenated
    struct FStringScan;
    void fstring_parts(FStringScan& scan, ExprList& parts, std::string& pending, int depth);
    void fstring_field(FStringScan& scan, ExprList& parts, std::string& pending, int depth);
    ExprPtr fstring_expression(const FStringScan& scan, std::size_t start, std::size_t end);
    ExprPtr parse_fstring_field_text();
    [[noreturn]] void fstring_error(const FStringScan& scan, std::string message);
    static void flush_literal(ExprList& parts, std::string& pending, const Location& loc);

    Tokenizer m_tokenizer;
    ParseMode m_mode;
    Origin m_origin;
    bool m_in_fstring = false;        // this Parser reads one f-string field
    // Every token fetched so far; m_pos indexes the next one. Fetching more
    // may move them: copy a token before parsing on.
    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
    // The furthest token looked at outside speculation: where a generic
    // "invalid syntax" points, as with pegen's first pass.
    std::size_t m_furthest = 0;
    bool m_speculating = false;       // inside try_parse(): accept what a PEG would
    int m_depth = 0;                  // see DepthGuard
    Token m_last;                     // the last consumed token
    // Where the last consumed token other than NEWLINE/INDENT/DEDENT ends:
    // the end of every node, so a compound statement ends with its body.
    int m_end_line = 0, m_end_col = 0;
    // Tuples written with parentheses: `(a, b) = x` differs from `a, b = x`
    // in CPython's error messages, and ast.h has no flag for it.
    std::unordered_set<const Expr*> m_parenthesized;
    // About the error being thrown:
    bool m_tokenizer_failed = false;  // the tokenizer raised it
    bool m_final_error = false;       // "unexpected indent": no look at the rest of the source
    bool m_error_at_eof = false;      // the input ended where more was expected
    std::optional<SyntaxErrorInfo> m_deferred_error;
};

template <typename T>
std::unique_ptr<T> Parser::node(const Location& start) {
    auto result = std::make_unique<T>();
    result->loc = start;
    return result;
}

template <typename N>
N Parser::finish(N result) {
    set_end(result->loc);
    return result;
}

}  // namespace minipy::compiler
