// compiler/tokenizer.cpp: the lexer. Follows CPython 3.11's tok_get() in
// Parser/tokenizer.c, including its error messages and caret positions, and
// decodes the escapes of string literal bodies (Parser/string_parser.c).
#include "compiler/tokenizer.h"

#include "runtime/str_object.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace minipy::compiler {

const char* SyntaxErrorException::what() const noexcept { return info.message.c_str(); }

namespace {

// An operator or keyword and its token kind.
struct Spelling { std::string_view text; TokenKind kind; };

// Spellings bucketed by first character, so that a lookup compares against
// a handful of candidates instead of every entry. Operators are sorted
// longest first so that a greedy scan finds "**=" before "**" before "*".
struct SpellingTable {
    std::array<std::vector<Spelling>, 128> by_first_char;
    explicit SpellingTable(std::vector<Spelling> spellings) {
        std::stable_sort(spellings.begin(), spellings.end(),
                         [](const auto& a, const auto& b) { return a.text.size() > b.text.size(); });
        for (const auto& s : spellings) by_first_char[static_cast<unsigned char>(s.text[0])].push_back(s);
    }
    const std::vector<Spelling>& candidates(char first) const {
        static const std::vector<Spelling> none;
        auto index = static_cast<unsigned char>(first);
        return index < 128 ? by_first_char[index] : none;
    }
};

const SpellingTable& operator_table() {
    static const SpellingTable table({
#define MINIPY_OPERATOR_SPELLING(kind, text) {text, TokenKind::kind},
        MINIPY_OPERATORS(MINIPY_OPERATOR_SPELLING)
#undef MINIPY_OPERATOR_SPELLING
    });
    return table;
}

const SpellingTable& keyword_table() {
    static const SpellingTable table({
#define MINIPY_KEYWORD_SPELLING(kind, text) {text, TokenKind::kind},
        MINIPY_KEYWORDS(MINIPY_KEYWORD_SPELLING)
#undef MINIPY_KEYWORD_SPELLING
    });
    return table;
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_octal_digit(char c) { return c >= '0' && c <= '7'; }
bool is_binary_digit(char c) { return c == '0' || c == '1'; }
bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
bool is_identifier_start(char c) {
    return is_ascii_letter(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}
bool is_identifier_char(char c) { return is_identifier_start(c) || is_digit(c); }

// Decodes the UTF-8 sequence at [s][pos]; returns the code point and sets
// [length]. Malformed bytes decode as themselves, one at a time.
char32_t decode_utf8(std::string_view s, std::size_t pos, int& length) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(i < s.size() ? s[i] : 0); };
    unsigned char b0 = byte(pos);
    if (b0 < 0x80) { length = 1; return b0; }
    int extra = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : 0;
    char32_t cp = extra == 3 ? (b0 & 0x07) : extra == 2 ? (b0 & 0x0F) : (b0 & 0x1F);
    for (int i = 1; i <= extra; ++i) {
        if ((byte(pos + i) & 0xC0) != 0x80) { length = 1; return b0; }
        cp = (cp << 6) | (byte(pos + i) & 0x3F);
    }
    length = extra + 1;
    return extra == 0 ? b0 : cp;
}

void append_utf8(std::string& out, char32_t cp) { rt::append_utf8(out, static_cast<std::uint32_t>(cp)); }

// Without Unicode tables we accept every non-ASCII code point in names except
// the blocks of punctuation and symbols people paste by accident (curly
// quotes, dashes, no-break space, currency, arrows, math, emoji), which
// CPython rejects as "invalid character". FIXME: real XID_Start/XID_Continue.
bool is_non_identifier_code_point(char32_t cp) {
    if (cp >= 0x00A0 && cp <= 0x00BF) return cp != 0xAA && cp != 0xB5 && cp != 0xBA;
    if (cp == 0xD7 || cp == 0xF7) return true;        // × ÷
    if (cp >= 0x2000 && cp <= 0x206F) return true;    // General Punctuation
    if (cp >= 0x20A0 && cp <= 0x20FF) return true;    // currency, combining marks for symbols
    if (cp >= 0x2190 && cp <= 0x2BFF) return true;    // arrows, math, technical, shapes, dingbats
    if (cp >= 0x3000 && cp <= 0x3004) return true;    // CJK punctuation (3005.. has letters)
    if (cp >= 0x3008 && cp <= 0x3020) return true;
    if (cp >= 0xFE10 && cp <= 0xFE6F) return true;    // vertical and small forms
    if (cp >= 0xFF01 && cp <= 0xFF0F) return true;    // fullwidth punctuation
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return true;  // emoji and pictographs
    return cp == 0xFEFF || cp == 0xFFFD;
}

std::string hex_code_point(char32_t cp) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
    return buffer;
}

}  // namespace

std::string_view token_kind_name(TokenKind kind) {
    switch (kind) {
    case TokenKind::EndMarker: return "ENDMARKER";
    case TokenKind::Name: return "NAME";
    case TokenKind::Number: return "NUMBER";
    case TokenKind::String: return "STRING";
    case TokenKind::Newline: return "NEWLINE";
    case TokenKind::Indent: return "INDENT";
    case TokenKind::Dedent: return "DEDENT";
    case TokenKind::Unknown: return "OP";
#define MINIPY_TOKEN_NAME(kind, text) case TokenKind::kind: return text;
    MINIPY_OPERATORS(MINIPY_TOKEN_NAME) MINIPY_KEYWORDS(MINIPY_TOKEN_NAME)
#undef MINIPY_TOKEN_NAME
    }
    return "?";
}

bool is_keyword(TokenKind kind) { return kind >= TokenKind::KwFalse; }

// ---------------------------------------------------------------------------
// Tokenizer
// ---------------------------------------------------------------------------

Tokenizer::Tokenizer(std::string_view source, std::string_view filename)
    : m_src(source), m_filename(filename) {
    // CPython reads source in universal-newline mode: \r\n and \r become \n.
    if (source.find('\r') != std::string_view::npos) {
        m_normalized.reserve(source.size());
        for (std::size_t i = 0; i < source.size(); ++i) {
            if (source[i] != '\r') m_normalized += source[i];
            else if (i + 1 >= source.size() || source[i + 1] != '\n') m_normalized += '\n';
        }
        m_src = m_normalized;
    }
    // A UTF-8 byte order mark is not part of the program.
    if (m_src.substr(0, 3) == "\xEF\xBB\xBF") m_pos = m_line_start = m_col_cache_offset = m_col_cache_line_start = 3;
    m_line_starts.push_back(m_line_start);
}

std::string Tokenizer::line_text(int line) const {
    if (line < 1) return "";
    std::size_t start;
    if (static_cast<std::size_t>(line) <= m_line_starts.size()) {
        start = m_line_starts[line - 1];
    } else {
        // A line the tokenizer has not reached yet: scan forward for it.
        start = m_line_starts.back();
        for (int l = static_cast<int>(m_line_starts.size()); l < line; ++l) {
            std::size_t nl = m_src.find('\n', start);
            if (nl == std::string_view::npos) return "";
            start = nl + 1;
        }
    }
    std::size_t end = m_src.find('\n', start);
    if (end == std::string_view::npos) end = m_src.size();
    return std::string(m_src.substr(start, end - start));
}

int Tokenizer::column_at(int line, std::size_t offset) const {
    if (line < 1 || static_cast<std::size_t>(line) > m_line_starts.size()) return 0;
    int col = 0;
    for (std::size_t i = m_line_starts[line - 1]; i < offset && i < m_src.size(); ++i)
        if (!is_utf8_continuation(m_src[i])) ++col;
    return col;
}

int Tokenizer::end_column() const {
    int line = last_line();
    std::string text = line_text(line);
    int col = 0;
    for (char c : text)
        if (!is_utf8_continuation(c)) ++col;
    return col + 1;
}

int Tokenizer::last_line() const {
    // Only used for errors, so a full count is fine. A final newline ends
    // the last line rather than starting another.
    int newlines = static_cast<int>(std::count(m_src.begin(), m_src.end(), '\n'));
    return !m_src.empty() && m_src.back() == '\n' ? std::max(newlines, 1) : newlines + 1;
}

SyntaxErrorInfo Tokenizer::make_error(std::string message, int line, int col, int end_col,
                                      std::string type) const {
    SyntaxErrorInfo info;
    info.type = std::move(type);
    info.message = std::move(message);
    info.filename = m_filename;
    info.line = line;
    info.col = col;
    info.end_col = end_col;
    info.text = line_text(line);
    return info;
}

void Tokenizer::fail(std::string message, int line, int col, int end_col, std::string type,
                     bool incomplete) const {
    SyntaxErrorInfo info = make_error(std::move(message), line, col, end_col, std::move(type));
    info.incomplete = incomplete;
    throw SyntaxErrorException(std::move(info));
}

// CPython's tokenizer errors put the caret on the last character consumed,
// i.e. the 1-based column equals the number of characters before [offset].
void Tokenizer::fail_here(std::string message, std::size_t offset, bool end_range) const {
    int col = column_at(m_line, offset);
    fail(std::move(message), m_line, col, end_range ? col : 0);
}

// The 0-based code point column of byte [offset] on the current line,
// counted incrementally from the previous call.
int Tokenizer::current_col(std::size_t offset) {
    if (m_col_cache_line_start != m_line_start || m_col_cache_offset > offset) {
        m_col_cache_line_start = m_line_start;
        m_col_cache_offset = m_line_start;
        m_col_cache_col = 0;
    }
    for (; m_col_cache_offset < offset; ++m_col_cache_offset)
        if (!is_utf8_continuation(m_src[m_col_cache_offset])) ++m_col_cache_col;
    return m_col_cache_col;
}

Token Tokenizer::make_token(TokenKind kind, std::size_t start, std::size_t end) {
    Token token;
    token.kind = kind;
    token.text = m_src.substr(start, end - start);
    token.line = m_line;
    token.col = current_col(start);
    token.end_line = m_line;
    token.end_col = current_col(end);
    token.depth = static_cast<int>(m_brackets.size());
    return token;
}

void Tokenizer::start_new_line() {
    ++m_line;
    m_line_start = m_pos;
    if (static_cast<std::size_t>(m_line) > m_line_starts.size()) m_line_starts.push_back(m_pos);
}

// Measures the indentation of a new logical line and queues INDENT/DEDENT
// tokens. Returns false for blank and comment-only lines, which produce no
// tokens at all.
bool Tokenizer::read_indentation() {
    int col = 0, alt_col = 0;
    for (;; ++m_pos) {
        char c = peek_char();
        if (c == ' ') { ++col; ++alt_col; }
        else if (c == '\t') { col = (col / 8 + 1) * 8; ++alt_col; }
        else if (c == '\f') { col = alt_col = 0; }  // CPython resets at a form feed
        else break;
    }
    char c = peek_char();
    if (c == '#' || c == '\n' || at_end()) return false;
    auto tab_error = [&] {
        fail("inconsistent use of tabs and spaces in indentation", m_line, 1, 0, "TabError");
    };
    if (col == m_indents.back()) {
        if (alt_col != m_alt_indents.back()) tab_error();
    } else if (col > m_indents.back()) {
        if (alt_col <= m_alt_indents.back()) tab_error();
        if (m_indents.size() >= kMaxIndentLevels) {
            fail("too many levels of indentation", m_line, 1, 0, "IndentationError");
        }
        m_indents.push_back(col);
        m_alt_indents.push_back(alt_col);
        m_pending_indent = true;
    } else {
        while (m_indents.size() > 1 && col < m_indents.back()) {
            m_indents.pop_back();
            m_alt_indents.pop_back();
            ++m_pending_dedents;
        }
        if (col != m_indents.back()) {
            // CPython's caret goes just past the end of the line.
            int line_length = column_at(m_line, std::min(m_src.find('\n', m_pos), m_src.size()));
            fail("unindent does not match any outer indentation level", m_line, line_length + 1, 0,
                 "IndentationError");
        }
        if (alt_col != m_alt_indents.back()) tab_error();
    }
    return true;
}

Token Tokenizer::next() {
    if (m_done) return make_token(TokenKind::EndMarker, m_pos, m_pos);
    for (;;) {
        if (m_pending_indent) {
            // INDENT covers the indentation itself, as in CPython.
            m_pending_indent = false;
            return make_token(TokenKind::Indent, m_line_start, m_pos);
        }
        if (m_pending_dedents > 0) {
            // Like INDENT, DEDENT covers the new line's indentation.
            --m_pending_dedents;
            return make_token(TokenKind::Dedent, std::min(m_line_start, m_pos), m_pos);
        }
        if (m_at_line_start && m_brackets.empty()) {
            m_at_line_start = false;
            if (at_end()) {
                // End of input: close the last logical line, then every block.
                if (!m_emitted_newline) {
                    m_emitted_newline = true;
                    return make_token(TokenKind::Newline, m_pos, m_pos);
                }
                m_pending_dedents = static_cast<int>(m_indents.size()) - 1;
                m_indents.resize(1);
                m_alt_indents.resize(1);
                if (m_pending_dedents > 0) continue;
                m_done = true;
                return make_token(TokenKind::EndMarker, m_pos, m_pos);
            }
            if (!read_indentation()) {
                // Blank or comment-only line: skip it entirely.
                while (!at_end() && peek_char() != '\n') ++m_pos;
                if (!at_end()) { ++m_pos; start_new_line(); }
                m_at_line_start = true;
            }
            continue;
        }
        m_at_line_start = false;

        // Skip spaces, comments and (inside brackets or after a backslash)
        // line breaks.
        char c = peek_char();
        if (c == ' ' || c == '\t' || c == '\f') { ++m_pos; continue; }
        if (c == '#') {
            // CPython starts the NEWLINE token ending this line at the comment.
            m_comment_start = m_pos;
            while (!at_end() && peek_char() != '\n') ++m_pos;
            if (at_end() || !m_brackets.empty()) m_comment_start = std::string_view::npos;
            continue;
        }
        if (c == '\\') {
            // A line continuation: the input must go on after it.
            if (m_pos + 1 < m_src.size() && peek_char(1) != '\n') {
                fail("unexpected character after line continuation character", m_line,
                     current_col(m_pos) + 2);
            }
            if (m_pos + 2 >= m_src.size()) {
                fail("unexpected EOF while parsing", last_line(), end_column(), 0, "SyntaxError", true);
            }
            m_pos += 2;
            start_new_line();
            continue;
        }
        if (at_end()) {
            if (!m_brackets.empty()) {
                // EOF inside brackets: the parser reports "'(' was never closed".
                m_done = true;
                return make_token(TokenKind::EndMarker, m_pos, m_pos);
            }
            m_at_line_start = true;
            continue;
        }
        if (c == '\n') {
            std::size_t start = m_pos++;
            if (!m_brackets.empty()) { start_new_line(); continue; }
            Token t = make_token(TokenKind::Newline, start, start + 1);
            if (m_comment_start != std::string_view::npos) {
                t.col = current_col(m_comment_start);
                m_comment_start = std::string_view::npos;
            }
            m_emitted_newline = true;
            start_new_line();
            m_at_line_start = true;
            return t;
        }

        m_emitted_newline = false;
        std::size_t start = m_pos;
        if (is_identifier_start(c)) return read_name_or_string(start);
        if (is_digit(c) || (c == '.' && is_digit(peek_char(1)))) return read_number(start);
        if (c == '"' || c == '\'') return read_string(start, start);
        return read_operator(start);
    }
}

// A name, a keyword, or the prefix of a string literal (b"", rb'', f"").
Token Tokenizer::read_name_or_string(std::size_t start) {
    // String prefixes: any case of r, u, b, br, rb, f, fr, rf.
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (std::size_t i = start;; ++i) {
        char c = i < m_src.size() ? m_src[i] : '\0';
        char lower = static_cast<char>(c | 0x20);
        if (lower == 'b' && !saw_b && !saw_u && !saw_f) saw_b = true;
        else if (lower == 'r' && !saw_r && !saw_u) saw_r = true;
        else if (lower == 'u' && !saw_b && !saw_r && !saw_u && !saw_f) saw_u = true;
        else if (lower == 'f' && !saw_f && !saw_b && !saw_u) saw_f = true;
        else if ((c == '"' || c == '\'') && i > start) return read_string(start, i);
        else break;
    }

    while (!at_end()) {
        char c = peek_char();
        if (static_cast<unsigned char>(c) >= 0x80) {
            int length = 1;
            char32_t cp = decode_utf8(m_src, m_pos, length);
            if (is_non_identifier_code_point(cp)) {
                std::string message = cp == 0xA0 ? "invalid non-printable character " + hex_code_point(cp)
                                                 : "invalid character '" +
                                                       std::string(m_src.substr(m_pos, length)) +
                                                       "' (" + hex_code_point(cp) + ")";
                int col = current_col(m_pos) + 1;
                fail(std::move(message), m_line, col, col);
            }
            m_pos += length;
        } else if (is_identifier_char(c)) {
            ++m_pos;
        } else {
            break;
        }
    }
    std::string_view text = m_src.substr(start, m_pos - start);
    for (const auto& keyword : keyword_table().candidates(text[0]))
        if (keyword.text == text) return make_token(keyword.kind, start, m_pos);
    return make_token(TokenKind::Name, start, m_pos);
}

// Reads digits of one kind with single underscores between them, as in
// `1_000`; a misplaced underscore is "invalid <kind> literal".
void Tokenizer::skip_digits(bool (*digit)(char), const char* kind) {
    for (;;) {
        while (digit(peek_char())) ++m_pos;
        if (peek_char() != '_') return;
        ++m_pos;
        if (!digit(peek_char())) fail_here(std::string("invalid ") + kind + " literal", m_pos, true);
    }
}

// A number must not run straight into a name (`1abc`), except into the
// keywords CPython still tolerates there (`1if x else y`).
void Tokenizer::verify_end_of_number(const char* kind) {
    char c = peek_char();
    if (!is_identifier_char(c)) return;
    std::string_view rest = m_src.substr(m_pos);
    for (std::string_view keyword : {"and", "else", "for", "if", "in", "is", "not", "or"}) {
        if (rest.substr(0, keyword.size()) == keyword) return;
    }
    fail_here(std::string("invalid ") + kind + " literal", m_pos, true);
}

Token Tokenizer::read_number(std::size_t start) {
    char c = peek_char();
    if (c == '0') {
        char base = static_cast<char>(peek_char(1) | 0x20);
        if (base == 'x' || base == 'o' || base == 'b') {
            m_pos += 2;
            const char* kind = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
            bool (*digit)(char) = base == 'x' ? is_hex_digit : base == 'o' ? is_octal_digit : is_binary_digit;
            if (peek_char() == '_') ++m_pos;
            if (!digit(peek_char())) {
                if (base != 'x' && is_digit(peek_char())) {
                    fail_here(std::string("invalid digit '") + peek_char() + "' in " + kind + " literal",
                              m_pos + 1, true);
                }
                fail_here(std::string("invalid ") + kind + " literal", m_pos, true);
            }
            skip_digits(digit, kind);
            if (base != 'x' && is_digit(peek_char())) {
                fail_here(std::string("invalid digit '") + peek_char() + "' in " + kind + " literal",
                          m_pos + 1, true);
            }
            verify_end_of_number(kind);
            return make_token(TokenKind::Number, start, m_pos);
        }
    }

    // Decimal: [digits] ['.' [digits]] [exponent] ['j']
    if (c != '.') {
        skip_digits(is_digit, "decimal");
        std::string_view integer_part = m_src.substr(start, m_pos - start);
        char after = peek_char();
        bool continues_as_float = after == '.' || after == 'e' || after == 'E' || after == 'j' || after == 'J';
        // CPython: "0_0" and "00" are fine, "012" is not (octal confusion).
        if (integer_part.size() > 1 && integer_part[0] == '0' && !continues_as_float &&
            integer_part.find_first_not_of("0_") != std::string_view::npos) {
            std::size_t zeros_end = start + integer_part.find_first_not_of("0_");
            while (zeros_end > start && m_src[zeros_end - 1] == '_') --zeros_end;
            fail("leading zeros in decimal integer literals are not permitted; "
                 "use an 0o prefix for octal integers",
                 m_line, current_col(start) + 1, current_col(zeros_end) + 1);
        }
    }
    if (peek_char() == '.') {
        ++m_pos;
        if (is_digit(peek_char())) skip_digits(is_digit, "decimal");
    }
    if (peek_char() == 'e' || peek_char() == 'E') {
        std::size_t e_pos = m_pos;
        ++m_pos;
        if (peek_char() == '+' || peek_char() == '-') {
            ++m_pos;
            if (!is_digit(peek_char())) fail_here("invalid decimal literal", m_pos, true);
        } else if (!is_digit(peek_char())) {
            // `1else`: the number ends before the keyword (anything else
            // after the `e` is an error).
            m_pos = e_pos;
            verify_end_of_number("decimal");
            return make_token(TokenKind::Number, start, m_pos);
        }
        skip_digits(is_digit, "decimal");
    }
    if (peek_char() == 'j' || peek_char() == 'J') {
        ++m_pos;
        verify_end_of_number("imaginary");
    } else {
        verify_end_of_number("decimal");
    }
    return make_token(TokenKind::Number, start, m_pos);
}

// A string literal from its prefix at [start]; the opening quote is at
// [quote_pos]. The token keeps prefix and quotes; decode_string_token()
// interprets it.
Token Tokenizer::read_string(std::size_t start, std::size_t quote_pos) {
    char quote = m_src[quote_pos];
    bool triple = quote_pos + 2 < m_src.size() && m_src[quote_pos + 1] == quote && m_src[quote_pos + 2] == quote;
    int start_line = m_line;
    int start_col = current_col(start);
    std::size_t start_line_start = m_line_start;
    m_pos = quote_pos + (triple ? 3 : 1);
    for (;;) {
        if (at_end()) {
            // A final newline ends the last line; it does not start another.
            int detected = m_src.back() == '\n' ? m_line - 1 : m_line;
            // The caret goes to the opening quote, on the line it is on.
            m_line = start_line;
            m_line_start = start_line_start;
            if (triple) {
                fail("unterminated triple-quoted string literal (detected at line " +
                         std::to_string(detected) + ")",
                     start_line, start_col + 1, start_col + 1, "SyntaxError", true);
            }
            fail("unterminated string literal (detected at line " + std::to_string(detected) + ")",
                 start_line, start_col + 1, start_col + 1);
        }
        char c = m_src[m_pos];
        if (c == '\n') {
            if (!triple) {
                fail("unterminated string literal (detected at line " + std::to_string(m_line) + ")",
                     start_line, start_col + 1, start_col + 1);
            }
            ++m_pos;
            start_new_line();
            continue;
        }
        if (c == '\\') {
            ++m_pos;
            if (at_end()) continue;
            if (m_src[m_pos] == '\n') {
                ++m_pos;
                start_new_line();
            } else {
                ++m_pos;
            }
            continue;
        }
        ++m_pos;
        if (c == quote) {
            if (!triple) break;
            if (peek_char() == quote && peek_char(1) == quote) {
                m_pos += 2;
                break;
            }
        }
    }
    Token token;
    token.kind = TokenKind::String;
    token.text = m_src.substr(start, m_pos - start);
    token.line = start_line;
    token.col = start_col;
    token.end_line = m_line;
    token.end_col = current_col(m_pos);
    token.depth = static_cast<int>(m_brackets.size());
    return token;
}

Token Tokenizer::read_operator(std::size_t start) {
    std::string_view rest = m_src.substr(m_pos);
    for (const auto& op : operator_table().candidates(m_src[m_pos])) {
        if (rest.substr(0, op.text.size()) != op.text) continue;
        m_pos += op.text.size();
        Token token = make_token(op.kind, start, m_pos);
        char c = op.text[0];
        if (op.text.size() == 1 && (c == '(' || c == '[' || c == '{')) {
            if (m_brackets.size() >= 200) fail_here("too many nested parentheses", m_pos, true);
            m_brackets.push_back({c, m_line, token.col});
        } else if (op.text.size() == 1 && (c == ')' || c == ']' || c == '}')) {
            int col = token.col + 1;
            if (m_brackets.empty()) fail(std::string("unmatched '") + c + "'", m_line, col, col);
            OpenBracket open = m_brackets.back();
            char expected = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
            if (c != expected) {
                std::string message = std::string("closing parenthesis '") + c +
                                      "' does not match opening parenthesis '" + open.ch + "'";
                if (open.line != m_line) message += " on line " + std::to_string(open.line);
                fail(std::move(message), m_line, col, col);
            }
            m_brackets.pop_back();
            token.depth = static_cast<int>(m_brackets.size());
        }
        return token;
    }
    // Not an operator: CPython makes `$`, `?` and the backtick tokens of
    // their own that no rule accepts, so the parser reports them (and the
    // rest of the source is still scanned); other non-ASCII is an invalid
    // character at once.
    int length = 1;
    char32_t cp = decode_utf8(m_src, m_pos, length);
    if (cp >= 0x80) {
        int col = current_col(m_pos) + 1;
        fail("invalid character '" + std::string(m_src.substr(m_pos, length)) + "' (" + hex_code_point(cp) + ")",
             m_line, col, col);
    }
    if (cp < 0x20 && cp != '\t') {
        int col = current_col(m_pos) + 1;
        fail("invalid non-printable character " + hex_code_point(cp), m_line, col, col);
    }
    ++m_pos;
    return make_token(TokenKind::Unknown, start, m_pos);
}

// ---------------------------------------------------------------------------
// String literal bodies
// ---------------------------------------------------------------------------

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Decodes the escape starting after the backslash at [body][i]; advances i
// past it. [bytes] selects bytes-literal rules (no \u, \U, \N). Returns an
// error message or "".
std::string decode_one_escape(std::string_view body, std::size_t& i, bool bytes, std::string& out) {
    std::size_t escape_start = i - 1;
    char c = body[i++];
    switch (c) {
    case '\n': return "";  // line continuation inside the literal
    case '\\': out += '\\'; return "";
    case '\'': out += '\''; return "";
    case '"': out += '"'; return "";
    case 'a': out += '\a'; return "";
    case 'b': out += '\b'; return "";
    case 'f': out += '\f'; return "";
    case 'n': out += '\n'; return "";
    case 'r': out += '\r'; return "";
    case 't': out += '\t'; return "";
    case 'v': out += '\v'; return "";
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned value = static_cast<unsigned>(c - '0');
        for (int n = 1; n < 3 && i < body.size() && is_octal_digit(body[i]); ++n)
            value = value * 8 + static_cast<unsigned>(body[i++] - '0');
        // CPython 3.11 warns about values above 0o377; bytes keep the low byte.
        if (bytes) out += static_cast<char>(value & 0xFF);
        else append_utf8(out, value);
        return "";
    }
    case 'x': case 'u': case 'U': {
        if (bytes && c != 'x') break;
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        char32_t value = 0;
        for (int n = 0; n < digits; ++n) {
            int h = i < body.size() ? hex_value(body[i]) : -1;
            if (h < 0) {
                std::string codec = bytes ? "(value error) invalid \\x escape at position " +
                                                std::to_string(escape_start)
                                          : "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                                                std::to_string(escape_start) + "-" + std::to_string(i - 1) +
                                                ": truncated \\" + std::string(1, c) +
                                                std::string(static_cast<std::size_t>(digits), 'X') + " escape";
                return codec;
            }
            value = value * 16 + static_cast<char32_t>(h);
            ++i;
        }
        if (bytes) { out += static_cast<char>(value); return ""; }
        if (value > 0x10FFFF) {
            return "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                   std::to_string(escape_start) + "-" + std::to_string(i - 1) + ": illegal Unicode character";
        }
        append_utf8(out, value);
        return "";
    }
    case 'N':
        if (bytes) break;
        return "(unicode error) \\N{...} escapes are not supported by minipy";
    default:
        break;
    }
    // Not an escape: CPython 3.11 keeps the backslash (with a DeprecationWarning).
    out += '\\';
    --i;
    return "";
}

}  // namespace

std::string decode_str_escapes(std::string_view body, bool raw, std::string& out) {
    if (raw) { out.append(body); return ""; }
    out.reserve(out.size() + body.size());
    for (std::size_t i = 0; i < body.size();) {
        std::size_t backslash = body.find('\\', i);
        if (backslash == std::string_view::npos) { out.append(body.substr(i)); break; }
        out.append(body.substr(i, backslash - i));
        i = backslash + 1;
        if (i >= body.size()) { out += '\\'; break; }
        std::string error = decode_one_escape(body, i, false, out);
        if (!error.empty()) return error;
    }
    return "";
}

StringLiteral decode_string_token(const Token& token, const Tokenizer& tokenizer) {
    StringLiteral literal;
    std::string_view text = token.text;
    std::size_t quote = text.find_first_of("'\"");
    for (char c : text.substr(0, quote)) {
        char lower = static_cast<char>(c | 0x20);
        literal.is_bytes |= lower == 'b';
        literal.is_raw |= lower == 'r';
        literal.is_fstring |= lower == 'f';
    }
    std::size_t quote_length = text.size() - quote >= 6 && text[quote + 1] == text[quote] &&
                                       text[quote + 2] == text[quote]
                                   ? 3
                                   : 1;
    literal.body_offset = quote + quote_length;
    literal.body = text.substr(literal.body_offset, text.size() - literal.body_offset - quote_length);

    auto fail = [&](std::string message, int col, int end_col) {
        throw SyntaxErrorException(tokenizer.make_error(std::move(message), token.line, col, end_col));
    };
    if (literal.is_fstring) {
        literal.value = std::string(literal.body);
        return literal;
    }
    if (literal.is_bytes) {
        for (char c : literal.body) {
            if (static_cast<unsigned char>(c) >= 0x80)
                fail("bytes can only contain ASCII literal characters", token.col + 1,
                     token.end_line == token.line ? token.end_col + 1 : 0);
        }
        if (literal.is_raw) {
            literal.value = std::string(literal.body);
            return literal;
        }
        std::string_view body = literal.body;
        for (std::size_t i = 0; i < body.size();) {
            if (body[i] != '\\' || i + 1 >= body.size()) { literal.value += body[i++]; continue; }
            ++i;
            std::string error = decode_one_escape(body, i, true, literal.value);
            if (!error.empty()) fail(std::move(error), token.col + 1, token.col + 1);
        }
        return literal;
    }
    std::string error = decode_str_escapes(literal.body, literal.is_raw, literal.value);
    if (!error.empty()) {
        // CPython puts the caret after the whole literal for codec errors.
        int col = token.end_line == token.line ? token.end_col + 1 : token.col + 1;
        fail(std::move(error), col, col);
    }
    return literal;
}

}  // namespace minipy::compiler
