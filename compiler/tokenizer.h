// compiler/tokenizer.h: turns Python source text into tokens, one at a time,
// the way CPython 3.11's Parser/tokenizer.c does: INDENT/DEDENT from an
// indentation stack, NEWLINE only at the end of a logical line, brackets
// joining lines. Also home of SyntaxErrorInfo, the error both the tokenizer and
// the parser raise, and of the decoder for string literal bodies.
#pragma once

#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

namespace minipy::compiler {

// A syntax error as CPython reports it.
struct SyntaxErrorInfo {
    std::string type = "SyntaxError";  // or "IndentationError" / "TabError"
    std::string message;                // e.g. "expected ':'", "invalid syntax"
    std::string filename;
    int line = 0;                       // 1-based
    int col = 0;                        // 1-based column of the caret (CPython's offset), 0 = no caret
    int end_col = 0;                    // 1-based end column (exclusive) for ^^^ ranges, 0 = single caret
    std::string text;                   // the source line (without newline)
    bool incomplete = false;            // true when the error is only that input ended inside an open
                                        // block, bracket or triple-quoted string (for the REPL's "... " prompt)
};

struct SyntaxErrorException : std::exception {
    SyntaxErrorInfo info;
    explicit SyntaxErrorException(SyntaxErrorInfo i) : info(std::move(i)) {}
    const char* what() const noexcept override;
};

// Every operator and delimiter, named as in CPython's Grammar/Tokens.
//  X(Kind,            text)
#define MINIPY_OPERATORS(X)                                                   \
    X(LPar, "(") X(RPar, ")") X(LSqb, "[") X(RSqb, "]") X(LBrace, "{")         \
    X(RBrace, "}") X(Colon, ":") X(Comma, ",") X(Semi, ";") X(Plus, "+")       \
    X(Minus, "-") X(Star, "*") X(Slash, "/") X(VBar, "|") X(Amper, "&")        \
    X(Less, "<") X(Greater, ">") X(Equal, "=") X(Dot, ".") X(Percent, "%")     \
    X(EqEqual, "==") X(NotEqual, "!=") X(LessEqual, "<=")                      \
    X(GreaterEqual, ">=") X(Tilde, "~") X(Circumflex, "^")                     \
    X(LeftShift, "<<") X(RightShift, ">>") X(DoubleStar, "**")                 \
    X(PlusEqual, "+=") X(MinEqual, "-=") X(StarEqual, "*=")                    \
    X(SlashEqual, "/=") X(PercentEqual, "%=") X(AmperEqual, "&=")              \
    X(VBarEqual, "|=") X(CircumflexEqual, "^=") X(LeftShiftEqual, "<<=")       \
    X(RightShiftEqual, ">>=") X(DoubleStarEqual, "**=") X(DoubleSlash, "//")   \
    X(DoubleSlashEqual, "//=") X(At, "@") X(AtEqual, "@=") X(RArrow, "->")     \
    X(Ellipsis, "...") X(ColonEqual, ":=") X(Exclamation, "!")

// The hard keywords. Soft keywords (match, case, _) are ordinary names.
#define MINIPY_KEYWORDS(X)                                                    \
    X(KwFalse, "False") X(KwNone, "None") X(KwTrue, "True") X(KwAnd, "and")    \
    X(KwAs, "as") X(KwAssert, "assert") X(KwAsync, "async")                    \
    X(KwAwait, "await") X(KwBreak, "break") X(KwClass, "class")                \
    X(KwContinue, "continue") X(KwDef, "def") X(KwDel, "del")                  \
    X(KwElif, "elif") X(KwElse, "else") X(KwExcept, "except")                  \
    X(KwFinally, "finally") X(KwFor, "for") X(KwFrom, "from")                  \
    X(KwGlobal, "global") X(KwIf, "if") X(KwImport, "import") X(KwIn, "in")    \
    X(KwIs, "is") X(KwLambda, "lambda") X(KwNonlocal, "nonlocal")              \
    X(KwNot, "not") X(KwOr, "or") X(KwPass, "pass") X(KwRaise, "raise")        \
    X(KwReturn, "return") X(KwTry, "try") X(KwWhile, "while")                  \
    X(KwWith, "with") X(KwYield, "yield")

enum class TokenKind : std::uint8_t {
    EndMarker, Name, Number, String, Newline, Indent, Dedent,
    Unknown,  // a character no rule accepts, such as `$` or `?`
#define MINIPY_TOKEN_ENUM(kind, text) kind,
    MINIPY_OPERATORS(MINIPY_TOKEN_ENUM) MINIPY_KEYWORDS(MINIPY_TOKEN_ENUM)
#undef MINIPY_TOKEN_ENUM
};

// "NAME", "NEWLINE", ... for the structural kinds; the source text ("(",
// "if") for operators and keywords.
std::string_view token_kind_name(TokenKind kind);
bool is_keyword(TokenKind kind);

struct Token {
    TokenKind kind = TokenKind::EndMarker;
    std::string_view text;  // the exact source text; empty for INDENT/DEDENT/ENDMARKER
    // Lines are 1-based, columns 0-based in code points, as in ast.h Location.
    int line = 0, col = 0, end_line = 0, end_col = 0;
    int depth = 0;  // how many brackets enclose this token (not counting itself)
};

// A bracket the tokenizer has seen open and not yet closed.
struct OpenBracket { char ch; int line; int col; };

// Produces the tokens of [source] on demand, so that a parse error reported
// early is not preceded by a tokenizer error further down (CPython tokenizes
// lazily too). [source] must outlive the tokenizer and its tokens.
class Tokenizer {
public:
    Tokenizer(std::string_view source, std::string_view filename);
    Tokenizer(const Tokenizer&) = delete;  // tokens point into m_normalized
    Tokenizer& operator=(const Tokenizer&) = delete;

    // The next token; throws SyntaxErrorException on a lexical error.
    // After ENDMARKER it keeps returning ENDMARKER.
    Token next();

    const std::vector<OpenBracket>& open_brackets() const { return m_brackets; }
    // The text of line [line] without its newline, "" past the end.
    std::string line_text(int line) const;
    // The code point column of byte [offset], which lies on line [line].
    int column_at(int line, std::size_t offset) const;
    std::string_view filename() const { return m_filename; }
    std::string_view source() const { return m_src; }
    // The number of the last line of the source (for "detected at line N").
    int last_line() const;
    // CPython's column for errors at the end of input: just past the last
    // line, counting its newline (1-based).
    int end_column() const;

    // Builds (but does not throw) an error at a 1-based caret column.
    SyntaxErrorInfo make_error(std::string message, int line, int col, int end_col = 0,
                               std::string type = "SyntaxError") const;

private:
    [[noreturn]] void fail(std::string message, int line, int col, int end_col = 0,
                           std::string type = "SyntaxError", bool incomplete = false) const;
    [[noreturn]] void fail_here(std::string message, std::size_t offset, bool end_range = false) const;

    bool at_end() const { return m_pos >= m_src.size(); }
    char peek_char(std::size_t ahead = 0) const {
        return m_pos + ahead < m_src.size() ? m_src[m_pos + ahead] : '\0';
    }
    void start_new_line();
    bool read_indentation();
    static constexpr std::size_t kMaxIndentLevels = 100;  // CPython's MAXINDENT
    Token make_token(TokenKind kind, std::size_t start, std::size_t end);
    Token read_name_or_string(std::size_t start);
    Token read_number(std::size_t start);
    Token read_string(std::size_t start, std::size_t quote_pos);
    Token read_operator(std::size_t start);
    void verify_end_of_number(const char* kind);
    void skip_digits(bool (*is_digit)(char), const char* kind);
    int current_col(std::size_t offset);

    std::string m_normalized;  // the source with \r\n and \r turned into \n, when needed
    std::string_view m_src;
    std::string m_filename;
    std::size_t m_pos = 0;
    int m_line = 1;
    std::size_t m_line_start = 0;
    std::vector<std::size_t> m_line_starts;  // m_line_starts[i] = offset of line i+1

    // Column cache: counting code points from the line start for every token
    // would be quadratic on very long lines.
    std::size_t m_col_cache_line_start = 0;
    std::size_t m_col_cache_offset = 0;
    int m_col_cache_col = 0;

    bool m_at_line_start = true;
    std::size_t m_comment_start = std::string_view::npos;  // a comment ends the current line
    int m_pending_dedents = 0;
    bool m_pending_indent = false;
    bool m_emitted_newline = true;  // no NEWLINE before the first statement
    bool m_done = false;
    // Indentation columns with tabs to multiples of 8, and with tabs as 1,
    // as CPython keeps both to detect inconsistent tab use.
    std::vector<int> m_indents{0};
    std::vector<int> m_alt_indents{0};
    std::vector<OpenBracket> m_brackets;
};

// The decoded body of one string literal token.
struct StringLiteral {
    bool is_bytes = false;
    bool is_raw = false;
    bool is_fstring = false;
    std::string value;       // decoded UTF-8 (or raw bytes); for f-strings the undecoded body
    std::string_view body;   // the text between the quotes
    std::size_t body_offset = 0;  // where body starts within the token text
};

// Splits a STRING token into prefix and body and decodes escapes (except in
// f-strings, whose body the parser decodes piece by piece). Throws via
// [tokenizer] errors located at [token].
StringLiteral decode_string_token(const Token& token, const Tokenizer& tokenizer);

// Decodes backslash escapes of a non-raw str body (or copies a raw one).
// Returns an error message, or "" on success.
std::string decode_str_escapes(std::string_view body, bool raw, std::string& out);

}  // namespace minipy::compiler
