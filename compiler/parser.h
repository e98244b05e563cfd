// compiler/parser.h: the hand-written recursive-descent parser that turns
// tokens into the AST of compiler/ast.h. One member function per rule of
// CPython 3.11's Grammar/python.gram (rule names are quoted in comments), with
// the same error messages for the common mistakes. The rules live in
// parser.cpp (infrastructure, errors, entry point), parser_stmt.cpp
// (statements) and parser_expr.cpp (expressions, literals, f-strings).
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "compiler/ast.h"
#include "compiler/tokenizer.h"  // SyntaxErrorInfo, SyntaxErrorException

namespace minipy::compiler {

enum class ParseMode { File, Interactive /* one statement, like the REPL */, Eval /* single expression */ };

// Throws SyntaxErrorException on the first error.
Module parse(std::string_view source, std::string_view filename, ParseMode mode = ParseMode::File);

// The parser behind parse(). Exposed so that the rules can be split across
// files; use parse() instead.
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
    // peek() without moving the position of generic errors, for scans that
    // look far ahead only to decide between two rules.
    const Token& scan_ahead(std::size_t ahead);
    const Token& fetch(std::size_t index);
    const Token& current() { return peek(0); }
    bool check(TokenKind kind) { return peek(0).kind == kind; }
    bool check_soft_keyword(std::string_view name);
    Token advance();
    bool accept(TokenKind kind);
    Token expect(TokenKind kind);  // a plain "invalid syntax" if absent
    Token expect_forced(TokenKind kind);  // "expected ':'" if absent (pegen's &&)
    std::size_t mark() const { return m_pos; }

    // --- locations (parser.cpp) ---
    static Location start_of(const Token& token);
    static Location start_of(const Expr& expr) { return expr.loc; }
    template <typename T> std::unique_ptr<T> node(const Location& start);
    template <typename N> N finish(N node);  // sets the end to the last consumed token
    void set_end(Location& loc) const { loc.end_line = m_end_line; loc.end_col = m_end_col; }
    bool is_bare_tuple(const Expr& expr) const {
        return expr.kind == ExprKind::Tuple && !m_parenthesized.contains(&expr);
    }

    // --- errors (parser.cpp) ---
    // An error at 0-based [col] .. [end_col] (-1: a single caret) of [line].
    SyntaxErrorInfo error_info(std::string message, int line, int col, int end_col,
                               std::string type = "SyntaxError");
    [[noreturn]] void fail_at(const Token& token, std::string message, bool range = true,
                              std::string type = "SyntaxError");
    [[noreturn]] void fail_range(std::string message, const Location& from, const Location& to,
                                 std::string type = "SyntaxError");
    [[noreturn]] void fail_node(std::string message, const Expr& expr) { fail_range(std::move(message), expr.loc, expr.loc); }
    [[noreturn]] void invalid_syntax();
    SyntaxErrorInfo finalize_error(SyntaxErrorInfo info, bool from_tokenizer);
    bool ends_with_blank_line() const;
    static std::string_view expr_name(const Expr& expr);
    static bool starts_expression(TokenKind kind);

    // --- statements (parser_stmt.cpp) ---
    void statement(StmtList& out);             // statement: compound_stmt | simple_stmts
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
    Token header_colon();                      // ':' after a compound statement header
    void else_block(StmtList& out);            // ['else' &&':' block]
    // block: NEWLINE INDENT statements DEDENT | simple_stmts. [what] names
    // the header for "expected an indented block after ...".
    StmtList block(const Token& header, std::string_view what);
    Arguments parameters(bool is_lambda);
    Arg parameter(bool is_lambda);

    // --- targets (parser_stmt.cpp) ---
    ExprPtr star_targets();                    // for `for` loops and comprehensions
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
    // Parses [rule] speculatively and puts the position back. Returns null
    // if it failed; [following] is the token kind after it.
    ExprPtr try_parse(ExprPtr (Parser::*rule)(), TokenKind& following);

    // --- expressions (parser_expr.cpp) ---
    ExprPtr star_expressions();                // a, *b, c  → Tuple
    ExprPtr star_expression();                 // '*' bitwise_or | expression
    ExprPtr star_named_expression();           // '*' bitwise_or | named_expression
    ExprPtr named_expression();                // NAME ':=' expression | expression
    ExprPtr expression();                      // disjunction ['if' disjunction 'else' expression] | lambdef
    ExprPtr expressions();                     // expression (',' expression)* → Tuple
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
    ExprPtr atom();
    ExprPtr slices();
    ExprPtr slice();
    ExprPtr call(const Location& start, ExprPtr func);
    // args: everything between the parentheses of a call or class header.
    // Returns whether it was a lone unparenthesized generator expression.
    bool call_arguments(ExprList& args, std::vector<Keyword>& keywords);
    void check_missing_comma(const Expr& before);
    ExprPtr parenthesized();                   // tuple | group | genexp
    ExprPtr list_display();                    // list | listcomp
    ExprPtr brace_display();                   // dict | set | dictcomp | setcomp
    std::vector<Comprehension> for_if_clauses();
    ExprPtr number(const Token& token);
    ExprPtr strings();                         // STRING+ with implicit concatenation
    // f-strings: [body] is the text between the quotes of [token].
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
    bool m_in_fstring = false;    // this Parser reads one f-string field
    // Every token fetched so far; m_pos indexes the next one. A deque keeps
    // references to tokens valid while more are fetched.
    std::deque<Token> m_tokens;
    std::size_t m_pos = 0;
    // The furthest token the parser has looked at outside speculation: where
    // a generic "invalid syntax" points, as pegen's first pass does.
    std::size_t m_furthest = 0;
    bool m_speculating = false;   // inside try_parse(): accept what a PEG would
    bool m_final_error = false;   // "unexpected indent": no look at the rest of the source
    Token m_last;                 // the last consumed token
    // Where the last consumed token other than NEWLINE/INDENT/DEDENT ends:
    // the end of every node, so a compound statement ends with its body.
    int m_end_line = 0, m_end_col = 0;
    // Tuples written with parentheses: `(a, b) = x` differs from `a, b = x`
    // in CPython's error messages, and ast.h has no flag for it.
    std::unordered_set<const Expr*> m_parenthesized;
    bool m_tokenizer_failed = false;  // the error being thrown came from the tokenizer
    bool m_block_open_at_eof = false; // ... and it is "expected an indented block" at the end
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
