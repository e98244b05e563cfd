// compiler/parser.cpp: the parser's machinery: the token buffer, node
// locations, and turning a failure into the SyntaxError CPython 3.11 would
// report (its _PyPegen_set_syntax_error and friends in Parser/pegen_errors.c).
// The grammar rules are in parser_stmt.cpp and parser_expr.cpp.
#include "compiler/parser.h"

#include <algorithm>

namespace minipy::compiler {

Module parse(std::string_view source, std::string_view filename, ParseMode mode) {
    Parser parser(source, filename, mode);
    return parser.parse_module();
}

Parser::Parser(std::string_view source, std::string_view filename, ParseMode mode)
    : m_tokenizer(source, filename), m_mode(mode) {}

Parser::Parser(std::string_view source, std::string_view filename, Origin origin)
    : m_tokenizer(source, filename), m_mode(ParseMode::Eval), m_origin(origin), m_in_fstring(true) {}

Module Parser::parse_module() {
    Module module;
    try {
        if (m_mode == ParseMode::Eval) {
            // eval_input: expressions NEWLINE* ENDMARKER
            auto stmt = std::make_unique<ExprStmt>();
            stmt->loc = start_of(current());
            stmt->value = expressions();
            stmt = finish(std::move(stmt));
            while (accept(TokenKind::Newline)) {}
            if (!check(TokenKind::EndMarker)) invalid_syntax();
            module.body.push_back(std::move(stmt));
        } else if (m_mode == ParseMode::Interactive) {
            // interactive: statement_newline. A blank input is an empty module.
            while (accept(TokenKind::Newline)) {}
            if (!check(TokenKind::EndMarker)) statement(module.body);
            if (!check(TokenKind::EndMarker)) {
                fail_at(current(), "multiple statements found while compiling a single statement");
            }
        } else {
            // file: [statements] ENDMARKER
            while (!check(TokenKind::EndMarker)) statement(module.body);
        }
    } catch (SyntaxErrorException& error) {
        throw SyntaxErrorException(finalize_error(std::move(error.info), m_tokenizer_failed));
    }
    if (m_mode == ParseMode::Interactive && !module.body.empty() && is_compound(module.body.front()->kind)) {
        // The REPL keeps reading until a blank line ends a compound
        // statement (even `if x: pass`), as CPython's interactive tokenizer does.
        if (!ends_with_blank_line()) {
            SyntaxErrorInfo info = m_tokenizer.make_error("incomplete input", m_tokenizer.last_line(), 0);
            info.incomplete = true;
            throw SyntaxErrorException(std::move(info));
        }
    }
    if (m_deferred_error) throw SyntaxErrorException(std::move(*m_deferred_error));
    return module;
}

bool Parser::is_compound(StmtKind kind) {
    switch (kind) {
    case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: case StmtKind::ClassDef:
    case StmtKind::For: case StmtKind::AsyncFor: case StmtKind::While: case StmtKind::If:
    case StmtKind::With: case StmtKind::AsyncWith: case StmtKind::Match: case StmtKind::Try:
        return true;
    default:
        return false;
    }
}

// Whether the last line of the source (before its final newline) is blank:
// the REPL's signal that a compound statement is finished.
bool Parser::ends_with_blank_line() const {
    std::string_view src = m_tokenizer.source();
    // Drop the final newline, then look at the last line.
    if (!src.empty() && src.back() == '\n') src.remove_suffix(1);
    std::size_t last_newline = src.rfind('\n');
    if (last_newline == std::string_view::npos) return false;
    return src.substr(last_newline + 1).find_first_not_of(" \t\f") == std::string_view::npos;
}

// ---------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------

const Token& Parser::peek(std::size_t ahead) {
    std::size_t index = m_pos + ahead;
    if (index >= m_tokens.size()) {
        fetch(index);
        index = std::min(index, m_tokens.size() - 1);
    }
    m_furthest = std::max(m_furthest, index);
    return m_tokens[index];
}

const Token& Parser::scan_ahead(std::size_t ahead) { return fetch(m_pos + ahead); }

// The token at [index], tokenizing on demand; ENDMARKER repeats at the end.
const Token& Parser::fetch(std::size_t index) {
    while (index >= m_tokens.size()) {
        if (!m_tokens.empty() && m_tokens.back().kind == TokenKind::EndMarker) return m_tokens.back();
        try {
            m_tokens.push_back(m_tokenizer.next());
        } catch (SyntaxErrorException&) {
            m_tokenizer_failed = true;
            throw;
        }
        Token& token = m_tokens.back();
        if (m_in_fstring) {
            // A sub-parser for an f-string field: move to the enclosing source.
            if (token.line == 1) token.col += m_origin.col;
            if (token.end_line == 1) token.end_col += m_origin.col;
            token.line += m_origin.line - 1;
            token.end_line += m_origin.line - 1;
        }
    }
    return m_tokens[std::min(index, m_tokens.size() - 1)];
}

Token Parser::advance() {
    m_last = peek(0);
    if (m_last.kind != TokenKind::EndMarker) ++m_pos;
    if (m_last.kind != TokenKind::Newline && m_last.kind != TokenKind::Indent &&
        m_last.kind != TokenKind::Dedent && m_last.kind != TokenKind::EndMarker) {
        m_end_line = m_last.end_line;
        m_end_col = m_last.end_col;
    }
    return m_last;
}

bool Parser::accept(TokenKind kind) {
    if (!check(kind)) return false;
    advance();
    return true;
}

Token Parser::expect(TokenKind kind) {
    if (!check(kind)) invalid_syntax();
    return advance();
}

// pegen's forced token (&&':'): a missing one is reported by name at the
// token found instead.
Token Parser::expect_forced(TokenKind kind) {
    if (!check(kind)) {
        fail_at(current(), "expected '" + std::string(token_kind_name(kind)) + "'", false);
    }
    return advance();
}

void Parser::DepthGuard::deeper() {
    if (++m_parser.m_depth > kMaxDepth) {
        m_parser.m_final_error = true;
        m_parser.fail_at(m_parser.current(), "expression nested too deeply", false);
    }
}

// An error that more input could fix, placed where CPython puts the end
// of the input: just past the last line.
void Parser::fail_at_end(std::string message, std::string type) {
    m_error_at_eof = true;
    throw SyntaxErrorException(m_tokenizer.make_error(std::move(message), m_tokenizer.last_line(),
                                                      m_tokenizer.end_column(), 0, std::move(type)));
}

// Whether only DEDENTs are left before the end of the input.
bool Parser::at_end_of_input() {
    std::size_t ahead = 0;
    while (scan_ahead(ahead).kind == TokenKind::Dedent) ++ahead;
    return scan_ahead(ahead).kind == TokenKind::EndMarker;
}

// ---------------------------------------------------------------------------
// Locations
// ---------------------------------------------------------------------------

Location Parser::start_of(const Token& token) {
    return Location{token.line, token.col, token.end_line, token.end_col};
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

SyntaxErrorInfo Parser::error_info(std::string message, int line, int col, int end_col, std::string type) {
    if (m_in_fstring) {
        // Back to the coordinates of "(" field ")", the line CPython shows;
        // finalize_error() restores the real line number.
        line -= m_origin.line - 1;
        if (line == 1) {
            col -= m_origin.col;
            if (end_col >= 0) end_col -= m_origin.col;
        }
    }
    return m_tokenizer.make_error(std::move(message), line, col + 1, end_col >= 0 ? end_col + 1 : 0, std::move(type));
}

// [range]: underline the whole token (^^^), as CPython does for most errors.
void Parser::fail_at(const Token& token, std::string message, bool range, std::string type) {
    // CPython's caret for an INDENT or DEDENT is at the end of the
    // indentation.
    if (token.kind == TokenKind::Indent || token.kind == TokenKind::Dedent) {
        throw SyntaxErrorException(error_info(std::move(message), token.line, token.end_col - 1, -1, std::move(type)));
    }
    bool has_extent = token.kind != TokenKind::Newline && token.kind != TokenKind::EndMarker &&
                      token.end_line == token.line;
    throw SyntaxErrorException(error_info(std::move(message), token.line, token.col,
                                          range && has_extent ? token.end_col : -1, std::move(type)));
}

void Parser::fail_range(std::string message, const Location& from, const Location& to, std::string type) {
    throw SyntaxErrorException(error_info(std::move(message), from.line, from.col,
                                          to.end_line == from.line ? to.end_col : -1, std::move(type)));
}

// The generic error, at the token the parser could not use. Like pegen, an
// unexpected INDENT is an IndentationError of its own.
void Parser::invalid_syntax() {
    const Token& token = m_tokens[std::max(m_pos, m_furthest)];
    if (token.kind == TokenKind::Indent || token.kind == TokenKind::Dedent) {
        // CPython reports these without looking at the rest of the source,
        // with the caret at the end of the indentation.
        m_final_error = true;
        fail_at(token, token.kind == TokenKind::Indent ? "unexpected indent" : "unexpected unindent", false,
                "IndentationError");
    }
    if (token.kind == TokenKind::EndMarker && m_tokenizer.open_brackets().empty()) {
        m_error_at_eof = true;
        throw SyntaxErrorException(error_info("invalid syntax", m_tokenizer.last_line(), -1, -1));
    }
    fail_at(token, "invalid syntax");
}

// Gives a parser error the precedence rules of CPython's
// _PyPegen_set_syntax_error: input that ends inside brackets reports the
// bracket; otherwise the rest of the source is tokenized, and a tokenizer
// error found there, or a bracket left open on an earlier line, wins.
SyntaxErrorInfo Parser::finalize_error(SyntaxErrorInfo info, bool from_tokenizer) {
    const auto never_closed = [&] {
        const OpenBracket& open = m_tokenizer.open_brackets().back();
        SyntaxErrorInfo error = m_tokenizer.make_error(std::string("'") + open.ch + "' was never closed",
                                                       open.line, open.col + 1, 0);
        error.incomplete = true;
        return error;
    };
    bool at_end = !m_tokens.empty() && m_tokens.back().kind == TokenKind::EndMarker;
    if (!from_tokenizer && !m_final_error) {
        if (at_end && !m_tokenizer.open_brackets().empty()) {
            info = never_closed();
        } else if (m_mode != ParseMode::Interactive && !at_end) {
            // The line of the furthest token fetched, speculation included
            // (pegen's p->tokens[p->fill-1]).
            int furthest_line = m_tokens.back().line;
            try {
                while (m_tokenizer.next().kind != TokenKind::EndMarker) {}
                if (!m_tokenizer.open_brackets().empty() &&
                    m_tokenizer.open_brackets().back().line < furthest_line) {
                    info = never_closed();
                }
            } catch (SyntaxErrorException& tokenizer_error) {
                // Indentation errors and a bad line continuation are only
                // turned into exceptions when the parser asks for the token,
                // so CPython's scan of the rest stops at them silently.
                const SyntaxErrorInfo& found = tokenizer_error.info;
                bool raised_by_scan = found.type == "SyntaxError" &&
                                      found.message != "unexpected character after line continuation character";
                if (raised_by_scan) info = found;
            }
        }
    }
    // More input could fix an error at the end of the input, unless the
    // REPL user has already ended the statement with a blank line.
    if (m_error_at_eof) info.incomplete = !(m_mode == ParseMode::Interactive && ends_with_blank_line());
    if (m_in_fstring) {
        info.message = "f-string: " + info.message;
        info.line += m_origin.line - 1;
    }
    return info;
}

// Tokens that can begin an expression; used to decide whether an optional
// expression follows (`return` vs `return x`).
bool Parser::starts_expression(TokenKind kind) {
    switch (kind) {
    case TokenKind::Name: case TokenKind::Number: case TokenKind::String:
    case TokenKind::LPar: case TokenKind::LSqb: case TokenKind::LBrace:
    case TokenKind::Minus: case TokenKind::Plus: case TokenKind::Tilde: case TokenKind::Star:
    case TokenKind::Ellipsis: case TokenKind::KwNone: case TokenKind::KwTrue: case TokenKind::KwFalse:
    case TokenKind::KwAwait: case TokenKind::KwLambda: case TokenKind::KwNot:
        return true;
    default:
        return false;
    }
}

// What CPython calls an expression in "cannot assign to %s"
// (_PyPegen_get_expr_name).
std::string_view Parser::expr_name(const Expr& expr) {
    switch (expr.kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant: {
        switch (static_cast<const ConstantExpr&>(expr).value.kind) {
        case ConstantValue::Kind::None: return "None";
        case ConstantValue::Kind::True: return "True";
        case ConstantValue::Kind::False: return "False";
        case ConstantValue::Kind::Ellipsis: return "ellipsis";
        default: return "literal";
        }
    }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
    }
    return "expression";
}

}  // namespace minipy::compiler
