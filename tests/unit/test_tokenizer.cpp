// tests/unit/test_tokenizer.cpp: the tokenizer on its own: token kinds and
// texts (compared as one string per source, e.g. "NAME:x = NUMBER:1 NEWLINE"),
// positions, INDENT/DEDENT bookkeeping, numbers, string literal decoding,
// and the lexical errors CPython 3.11 reports.
#include <catch2/catch.hpp>

#include <string>

#include "compiler/tokenizer.h"

using namespace minipy::compiler;

namespace {

// Every token of [source] up to ENDMARKER: structural tokens by kind name,
// NAME/NUMBER/STRING as "KIND:text", operators and keywords as their text.
std::string tokens(std::string_view source) {
    Tokenizer tokenizer(source, "<test>");
    std::string out;
    for (;;) {
        Token token = tokenizer.next();
        if (token.kind == TokenKind::EndMarker) break;
        if (!out.empty()) out += ' ';
        switch (token.kind) {
        case TokenKind::Name: case TokenKind::Number: case TokenKind::String:
            out += std::string(token_kind_name(token.kind)) + ":" + std::string(token.text);
            break;
        default:
            out += token_kind_name(token.kind);
        }
    }
    return out;
}

// The first token of [source] that is not structural.
Token first_token(std::string_view source) {
    static std::string keep;  // the token's text points into the source
    keep = source;
    Tokenizer tokenizer(keep, "<test>");
    return tokenizer.next();
}

// "Type: message @line:col" for the error tokenizing [source] raises.
std::string lex_error(std::string_view source) {
    try {
        Tokenizer tokenizer(source, "t.py");
        while (tokenizer.next().kind != TokenKind::EndMarker) {}
    } catch (const SyntaxErrorException& e) {
        return e.info.type + ": " + e.info.message + " @" + std::to_string(e.info.line) + ":" +
               std::to_string(e.info.col);
    }
    return "no error";
}

// The decoded value of the single string literal [source].
std::string decoded(std::string_view source) {
    Tokenizer tokenizer(source, "<test>");
    Token token = tokenizer.next();
    REQUIRE(token.kind == TokenKind::String);
    return decode_string_token(token, tokenizer).value;
}

}  // namespace

TEST_CASE("a simple statement ends in NEWLINE and ENDMARKER", "[tokenizer]") {
    CHECK(tokens("x = 1\n") == "NAME:x = NUMBER:1 NEWLINE");
    CHECK(tokens("x = 1") == "NAME:x = NUMBER:1 NEWLINE");  // implicit final newline
    CHECK(tokens("") == "");
    CHECK(tokens("\n\n# only a comment\n   \n") == "");
}

TEST_CASE("indentation produces INDENT and DEDENT", "[tokenizer][indent]") {
    CHECK(tokens("if x:\n    y\nz\n") == "if NAME:x : NEWLINE INDENT NAME:y NEWLINE DEDENT NAME:z NEWLINE");
    CHECK(tokens("if a:\n  if b:\n    c\nd\n") ==
          "if NAME:a : NEWLINE INDENT if NAME:b : NEWLINE INDENT NAME:c NEWLINE DEDENT DEDENT NAME:d NEWLINE");
    // Blocks still open at the end of input are closed.
    CHECK(tokens("if a:\n  b") == "if NAME:a : NEWLINE INDENT NAME:b NEWLINE DEDENT");
}

TEST_CASE("blank and comment lines do not affect indentation", "[tokenizer][indent]") {
    CHECK(tokens("if x:\n    y\n\n  # comment\n    z\n") ==
          "if NAME:x : NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT");
}

TEST_CASE("a tab indents to the next multiple of 8", "[tokenizer][indent]") {
    CHECK(tokens("if x:\n\ty\n\tz\n") == "if NAME:x : NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT");
    CHECK(tokens("if x:\n  \ty\n  \tz\n") == "if NAME:x : NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT");
}

TEST_CASE("mixing a tab with the same width of spaces is a TabError", "[tokenizer][indent]") {
    CHECK(lex_error("if x:\n\ty\n        z\n") == "TabError: inconsistent use of tabs and spaces in indentation @3:1");
    // Both lines are at column 8 with tabs as 8, but not with tabs as 1.
    CHECK(lex_error("if x:\n  \ty\n\tz\n") == "TabError: inconsistent use of tabs and spaces in indentation @3:1");
}

TEST_CASE("a dedent to an unknown column is an IndentationError", "[tokenizer][indent]") {
    CHECK(lex_error("if x:\n    y\n  z\n") ==
          "IndentationError: unindent does not match any outer indentation level @3:4");
}

TEST_CASE("brackets join lines", "[tokenizer]") {
    CHECK(tokens("x = (1,\n     2)\n") == "NAME:x = ( NUMBER:1 , NUMBER:2 ) NEWLINE");
    CHECK(tokens("f[\n\n  1\n]\n") == "NAME:f [ NUMBER:1 ] NEWLINE");
    // Inside brackets indentation means nothing.
    CHECK(tokens("if x:\n    y = {\n1: 2}\n") ==
          "if NAME:x : NEWLINE INDENT NAME:y = { NUMBER:1 : NUMBER:2 } NEWLINE DEDENT");
}

TEST_CASE("a backslash joins lines", "[tokenizer]") {
    CHECK(tokens("x = 1 + \\\n    2\n") == "NAME:x = NUMBER:1 + NUMBER:2 NEWLINE");
    CHECK(lex_error("x = 1 \\ 2\n") == "SyntaxError: unexpected character after line continuation character @1:8");
}

TEST_CASE("tokens know how many brackets enclose them", "[tokenizer]") {
    Tokenizer tokenizer("f(a[b])", "<test>");
    std::vector<int> depths;
    for (Token t = tokenizer.next(); t.kind != TokenKind::Newline; t = tokenizer.next()) depths.push_back(t.depth);
    CHECK(depths == std::vector<int>{0, 0, 1, 1, 2, 1, 0});
}

TEST_CASE("operators match the longest spelling", "[tokenizer]") {
    CHECK(tokens("a **= b //= c -> d := e ... @ @= != <<= >>= ** //") ==
          "NAME:a **= NAME:b //= NAME:c -> NAME:d := NAME:e ... @ @= != <<= >>= ** // NEWLINE");
    CHECK(tokens("a<b>=c==d") == "NAME:a < NAME:b >= NAME:c == NAME:d NEWLINE");
    CHECK(tokens("x.y") == "NAME:x . NAME:y NEWLINE");
}

TEST_CASE("keywords are their own kinds, soft keywords are names", "[tokenizer]") {
    CHECK(tokens("if not x is None") == "if not NAME:x is None NEWLINE");
    CHECK(tokens("match case _ print") == "NAME:match NAME:case NAME:_ NAME:print NEWLINE");
    CHECK(tokens("async await") == "async await NEWLINE");
}

TEST_CASE("number literals", "[tokenizer][numbers]") {
    CHECK(tokens("1_000 0x_ff 0o17 0b1 1. .5 1e-3 1E+3 1.5j 0 00") ==
          "NUMBER:1_000 NUMBER:0x_ff NUMBER:0o17 NUMBER:0b1 NUMBER:1. NUMBER:.5 NUMBER:1e-3 NUMBER:1E+3 "
          "NUMBER:1.5j NUMBER:0 NUMBER:00 NEWLINE");
    // CPython still splits a number from a directly following keyword.
    CHECK(tokens("1if x else 2") == "NUMBER:1 if NAME:x else NUMBER:2 NEWLINE");
    CHECK(tokens("0else") == "NUMBER:0 else NEWLINE");
}

TEST_CASE("malformed numbers are errors", "[tokenizer][numbers]") {
    CHECK(lex_error("1abc") == "SyntaxError: invalid decimal literal @1:1");
    CHECK(lex_error("1__0") == "SyntaxError: invalid decimal literal @1:2");
    CHECK(lex_error("0x") == "SyntaxError: invalid hexadecimal literal @1:2");
    CHECK(lex_error("0o9") == "SyntaxError: invalid digit '9' in octal literal @1:3");
    CHECK(lex_error("0b102") == "SyntaxError: invalid digit '2' in binary literal @1:5");
    CHECK(lex_error("1e") == "SyntaxError: invalid decimal literal @1:1");
    CHECK(lex_error("0777") ==
          "SyntaxError: leading zeros in decimal integer literals are not permitted; "
          "use an 0o prefix for octal integers @1:1");
}

TEST_CASE("string literals keep prefix and quotes in the token", "[tokenizer][strings]") {
    CHECK(tokens("'a' \"b\" r'c' b'd' Rb'e' bR'f' f'g' rf'h' FR'i' u'j' '''k''' \"\"\"l\"\"\"") ==
          "STRING:'a' STRING:\"b\" STRING:r'c' STRING:b'd' STRING:Rb'e' STRING:bR'f' STRING:f'g' "
          "STRING:rf'h' STRING:FR'i' STRING:u'j' STRING:'''k''' STRING:\"\"\"l\"\"\" NEWLINE");
    CHECK(tokens("'a\\'b'") == "STRING:'a\\'b' NEWLINE");
    CHECK(tokens("'''x\ny'''") == "STRING:'''x\ny''' NEWLINE");
    // Not prefixes: these are names followed by strings.
    CHECK(tokens("ub'x'") == "NAME:ub STRING:'x' NEWLINE");
}

TEST_CASE("decode_string_token interprets every escape", "[tokenizer][strings]") {
    CHECK(decoded(R"('\n\t\\\'\"\a\b\f\v\r')") == "\n\t\\'\"\a\b\f\v\r");
    CHECK(decoded(R"('\0\101\x41\u00e9\U0001F600')") == std::string("\0AA\xC3\xA9\xF0\x9F\x98\x80", 9));
    CHECK(decoded("'a\\\nb'") == "ab");
    CHECK(decoded(R"('\q')") == R"(\q)");  // not an escape: kept, as CPython 3.11 does
    CHECK(decoded(R"(r'\n')") == R"(\n)");
    CHECK(decoded(R"(b'\xff\u1234')") == "\xff\\u1234");
}

TEST_CASE("unterminated strings are reported at their start", "[tokenizer][strings]") {
    CHECK(lex_error("x = 'abc\n") == "SyntaxError: unterminated string literal (detected at line 1) @1:5");
    CHECK(lex_error("x = 1\ny = \"\"\"abc\n\n") ==
          "SyntaxError: unterminated triple-quoted string literal (detected at line 3) @2:5");
}

TEST_CASE("columns count code points and lines count from 1", "[tokenizer]") {
    Tokenizer tokenizer("\xC3\xA9t\xC3\xA9 = 'caf\xC3\xA9'\n  \n\nx", "<test>");
    Token name = tokenizer.next();
    CHECK(name.kind == TokenKind::Name);
    CHECK(name.text == "\xC3\xA9t\xC3\xA9");
    CHECK(name.col == 0);
    CHECK(name.end_col == 3);
    Token equal = tokenizer.next();
    CHECK(equal.col == 4);
    Token string = tokenizer.next();
    CHECK(string.col == 6);
    CHECK(string.end_col == 12);
    tokenizer.next();  // NEWLINE
    Token x = tokenizer.next();
    CHECK(x.line == 4);
    CHECK(x.col == 0);
}

TEST_CASE("CRLF line endings and a BOM are accepted", "[tokenizer]") {
    CHECK(tokens("\xEF\xBB\xBFif x:\r\n    y\r\n") == "if NAME:x : NEWLINE INDENT NAME:y NEWLINE DEDENT");
    CHECK(tokens("a\rb\r") == "NAME:a NEWLINE NAME:b NEWLINE");
}

TEST_CASE("unmatched and mismatched brackets", "[tokenizer]") {
    CHECK(lex_error("x)") == "SyntaxError: unmatched ')' @1:2");
    CHECK(lex_error("(]") == "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @1:2");
    CHECK(lex_error("(\n]") ==
          "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 @2:1");
}

TEST_CASE("characters that are not Python", "[tokenizer]") {
    CHECK(lex_error("x = \xE2\x82\xAC") == "SyntaxError: invalid character '\xE2\x82\xAC' (U+20AC) @1:5");
    CHECK(lex_error("x = \xE2\x80\x9C" "a\xE2\x80\x9D") == "SyntaxError: invalid character '\xE2\x80\x9C' (U+201C) @1:5");
    // `$` and `?` are tokens no grammar rule accepts; the parser rejects them.
    CHECK(tokens("a $ ?") == "NAME:a OP OP NEWLINE");
}

TEST_CASE("the first token's position", "[tokenizer]") {
    Token token = first_token("   \n\n  \n# c\nabc");
    CHECK(token.kind == TokenKind::Name);
    CHECK(token.line == 5);
    CHECK(token.col == 0);
    CHECK(token.end_col == 3);
}
