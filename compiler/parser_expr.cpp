// compiler/parser_expr.cpp: the expression rules of the parser, from
// `star_expressions` down to `atom`, plus literals: numbers (converted to
// decimal digit strings), implicitly concatenated strings and f-strings.
// Rule names in comments are those of CPython 3.11's Grammar/python.gram.
#include <charconv>
#include <cmath>
#include <optional>

#include "compiler/parser.h"

namespace minipy::compiler {

namespace {

// The comparison operator at the parser's position, if any; [width] is 2
// for the two-token operators `not in` and `is not`.
bool comparison_operator(TokenKind kind, TokenKind next, CmpOpKind& op, int& width) {
    width = 1;
    switch (kind) {
    case TokenKind::EqEqual: op = CmpOpKind::Eq; return true;
    case TokenKind::NotEqual: op = CmpOpKind::NotEq; return true;
    case TokenKind::Less: op = CmpOpKind::Lt; return true;
    case TokenKind::LessEqual: op = CmpOpKind::LtE; return true;
    case TokenKind::Greater: op = CmpOpKind::Gt; return true;
    case TokenKind::GreaterEqual: op = CmpOpKind::GtE; return true;
    case TokenKind::KwIn: op = CmpOpKind::In; return true;
    case TokenKind::KwNot:
        if (next != TokenKind::KwIn) return false;
        op = CmpOpKind::NotIn;
        width = 2;
        return true;
    case TokenKind::KwIs:
        if (next == TokenKind::KwNot) {
            op = CmpOpKind::IsNot;
            width = 2;
        } else {
            op = CmpOpKind::Is;
        }
        return true;
    default:
        return false;
    }
}

// Converts the digits of a literal in [base] (2, 8 or 16; underscores
// already removed) to decimal, on a vector of base-10^9 limbs, so that
// arbitrarily long literals keep every digit.
std::string to_decimal(std::string_view digits, unsigned base) {
    constexpr std::uint32_t kLimb = 1000000000;
    std::vector<std::uint32_t> limbs{0};  // little-endian
    for (char c : digits) {
        unsigned digit = c <= '9' ? static_cast<unsigned>(c - '0') : static_cast<unsigned>((c | 0x20) - 'a' + 10);
        std::uint64_t carry = digit;
        for (auto& limb : limbs) {
            std::uint64_t value = static_cast<std::uint64_t>(limb) * base + carry;
            limb = static_cast<std::uint32_t>(value % kLimb);
            carry = value / kLimb;
        }
        if (carry) limbs.push_back(static_cast<std::uint32_t>(carry));
    }
    std::string out = std::to_string(limbs.back());
    for (auto it = limbs.rbegin() + 1; it != limbs.rend(); ++it) {
        std::string part = std::to_string(*it);
        out.append(9 - part.size(), '0');
        out += part;
    }
    return out;
}

// The value of a float literal. std::from_chars, unlike strtod, ignores
// the C locale (a REPL may set one whose decimal point is ',').
double float_value(std::string_view text) {
    double value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    (void)end;
    if (error == std::errc::result_out_of_range) {
        // CPython: 1e400 is inf and 1e-400 is 0.0. A huge mantissa with a
        // small exponent is still huge, so look at the exponent's sign.
        std::size_t e = text.find_first_of("eE");
        bool tiny = e != std::string_view::npos && e + 1 < text.size() && text[e + 1] == '-';
        value = tiny ? 0.0 : HUGE_VAL;
    }
    return value;
}

std::string without_underscores(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text)
        if (c != '_') out += c;
    return out;
}

}  // namespace

// ---------------------------------------------------------------------------
// Expression lists and the top of the precedence ladder
// ---------------------------------------------------------------------------

// star_expressions: star_expression (',' star_expression)* [',']
ExprPtr Parser::star_expressions() {
    Location start = start_of(current());
    ExprPtr first = star_expression();
    if (!check(TokenKind::Comma)) return first;
    auto tuple = node<TupleExpr>(start);
    tuple->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (!starts_expression(current().kind)) break;
        tuple->elts.push_back(star_expression());
    }
    return finish(std::move(tuple));
}

// star_expression: '*' bitwise_or | expression
ExprPtr Parser::star_expression() {
    if (!check(TokenKind::Star)) return expression();
    auto starred = node<StarredExpr>(start_of(advance()));
    starred->value = bitwise_or();
    return finish(std::move(starred));
}

// star_named_expression: '*' bitwise_or | named_expression
ExprPtr Parser::star_named_expression() {
    if (check(TokenKind::Star)) return star_expression();
    return named_expression();
}

// named_expression: NAME ':=' expression | expression !':='
ExprPtr Parser::named_expression() {
    if (check(TokenKind::Name) && peek(1).kind == TokenKind::ColonEqual) {
        auto named = node<NamedExprExpr>(start_of(current()));
        auto target = node<NameExpr>(start_of(current()));
        target->id = advance().text;
        target->ctx = ExprContext::Store;
        named->target = std::move(target);
        advance();  // ':='
        named->value = expression();
        return finish(std::move(named));
    }
    ExprPtr value = expression();
    if (check(TokenKind::ColonEqual) && starts_expression(scan_ahead(1).kind)) {
        fail_node("cannot use assignment expressions with " + std::string(expr_name(*value)), *value);
    }
    if (check(TokenKind::Equal)) stray_equal_sign(*value);
    return value;
}

// invalid_named_expression: `a = b` where an expression was expected, as in
// `if x = 1:`, when b is not itself followed by '=' or ':='. The parser
// stands on the '='; returns if the hint does not apply.
void Parser::stray_equal_sign(const Expr& value) {
    if (!could_be_comparison(value)) return;
    Snapshot saved = snapshot();
    advance();  // '='
    TokenKind following{};
    ExprPtr right = try_parse(&Parser::bitwise_or, following);
    restore(saved);
    if (!right || following == TokenKind::Equal || following == TokenKind::ColonEqual) return;
    if (value.kind == ExprKind::Name) {
        fail_range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", value.loc, right->loc);
    }
    fail_node("cannot assign to " + std::string(expr_name(value)) + " here. Maybe you meant '==' instead of '='?",
              value);
}

void Parser::restore(const Snapshot& s) {
    m_pos = s.pos;
    m_furthest = s.furthest;
    m_last = s.last;
    m_end_line = s.end_line;
    m_end_col = s.end_col;
}

ExprPtr Parser::try_parse(ExprPtr (Parser::*rule)(), TokenKind& following) {
    Snapshot saved = snapshot();
    ExprPtr result;
    try {
        SpeculationScope speculating(*this);
        result = (this->*rule)();
        following = current().kind;
    } catch (SyntaxErrorException&) {
        if (m_tokenizer_failed) throw;
    }
    restore(saved);
    return result;
}

// expressions: expression (',' expression)* [',']  (eval input, except lists)
ExprPtr Parser::expressions() {
    Location start = start_of(current());
    ExprPtr first = expression();
    if (!check(TokenKind::Comma)) return first;
    auto tuple = node<TupleExpr>(start);
    tuple->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (!starts_expression(current().kind) || check(TokenKind::Star)) break;
        tuple->elts.push_back(expression());
    }
    return finish(std::move(tuple));
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
ExprPtr Parser::expression() {
    DepthGuard guard(*this);
    if (check(TokenKind::KwLambda)) return lambdef();
    Location start = start_of(current());
    ExprPtr body = disjunction();
    if (check(TokenKind::KwIf)) {
        Snapshot before_if = snapshot();
        advance();
        auto conditional = node<IfExpExpr>(start);
        conditional->test = disjunction();
        if (check(TokenKind::Colon)) invalid_syntax();  // pegen: !('else' | ':')
        if (!check(TokenKind::KwElse) && m_speculating) {
            // As a PEG would: `a if b` without else is just `a`, followed
            // by something else.
            restore(before_if);
            return body;
        }
        if (!accept(TokenKind::KwElse)) {
            fail_range("expected 'else' after 'if' expression", body->loc, conditional->test->loc);
        }
        conditional->body = std::move(body);
        conditional->orelse = expression();
        return finish(std::move(conditional));
    }
    check_missing_comma(*body);
    return body;
}

// invalid_expression: inside brackets, an expression directly followed by
// another one is most likely a missing comma, as in `print(a b)`. Only
// invalid input gets past the first test: no valid program has two
// expressions in a row.
void Parser::check_missing_comma(const Expr& before) {
    const Token next = current();  // a copy: speculation fetches more tokens
    // (An operator here would have continued the first expression.)
    if (!starts_expression(next.kind) || next.kind == TokenKind::Star || next.kind == TokenKind::Minus ||
        next.kind == TokenKind::Plus || next.kind == TokenKind::LPar || next.kind == TokenKind::LSqb) {
        return;
    }
    if (m_speculating) return;  // pegen's expression_without_invalid
    // pegen does not start at `NAME STRING` (a prefix typo), but it still
    // suspects a comma after the string: `f(a"s" b)`.
    if (before.kind == ExprKind::Name && next.kind == TokenKind::String) {
        Snapshot saved = snapshot();
        ExprPtr string = disjunction();
        check_missing_comma(*string);
        restore(saved);
        return;
    }
    if (before.kind == ExprKind::Name) {
        const std::string& id = static_cast<const NameExpr&>(before).id;
        if (id == "match" || id == "case" || id == "_") return;
    }
    // Outside brackets pegen still parses the second expression, which
    // matters for how far it has read ("'(' was never closed"), but then
    // reports nothing.
    TokenKind following{};
    ExprPtr after = try_parse(&Parser::expression, following);
    if (after && next.depth > 0) fail_range("invalid syntax. Perhaps you forgot a comma?", before.loc, after->loc);
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
ExprPtr Parser::yield_expr() {
    Token keyword = advance();
    if (accept(TokenKind::KwFrom)) {
        auto yield_from = node<YieldFromExpr>(start_of(keyword));
        yield_from->value = expression();
        return finish(std::move(yield_from));
    }
    auto yield = node<YieldExpr>(start_of(keyword));
    if (starts_expression(current().kind)) yield->value = star_expressions();
    return finish(std::move(yield));
}

// lambdef: 'lambda' [lambda_params] ':' expression
ExprPtr Parser::lambdef() {
    auto lambda = node<LambdaExpr>(start_of(advance()));
    lambda->args = parameters(true);
    expect(TokenKind::Colon);
    lambda->body = expression();
    return finish(std::move(lambda));
}

// ---------------------------------------------------------------------------
// Boolean operators and comparisons
// ---------------------------------------------------------------------------

// disjunction: conjunction ('or' conjunction)+ | conjunction
ExprPtr Parser::disjunction() {
    Location start = start_of(current());
    ExprPtr first = conjunction();
    if (!check(TokenKind::KwOr)) return first;
    auto bool_op = node<BoolOpExpr>(start);
    bool_op->op = BoolOpKind::Or;
    bool_op->values.push_back(std::move(first));
    while (accept(TokenKind::KwOr)) bool_op->values.push_back(conjunction());
    return finish(std::move(bool_op));
}

// conjunction: inversion ('and' inversion)+ | inversion
ExprPtr Parser::conjunction() {
    Location start = start_of(current());
    ExprPtr first = inversion();
    if (!check(TokenKind::KwAnd)) return first;
    auto bool_op = node<BoolOpExpr>(start);
    bool_op->op = BoolOpKind::And;
    bool_op->values.push_back(std::move(first));
    while (accept(TokenKind::KwAnd)) bool_op->values.push_back(inversion());
    return finish(std::move(bool_op));
}

// inversion: 'not' inversion | comparison
ExprPtr Parser::inversion() {
    if (!check(TokenKind::KwNot)) return comparison();
    DepthGuard guard(*this);
    auto unary = node<UnaryOpExpr>(start_of(advance()));
    unary->op = UnaryOpKind::Not;
    unary->operand = inversion();
    return finish(std::move(unary));
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
// `a < b < c` is one Compare node with two operators.
ExprPtr Parser::comparison() {
    Location start = start_of(current());
    ExprPtr left = bitwise_or();
    CmpOpKind op{};
    int width = 0;
    // Look past `not`/`is` only when needed: how far the parser looked
    // decides where a generic error points.
    auto next_operator = [&] {
        TokenKind kind = current().kind;
        TokenKind next = kind == TokenKind::KwNot || kind == TokenKind::KwIs ? peek(1).kind : TokenKind::EndMarker;
        return comparison_operator(kind, next, op, width);
    };
    if (!next_operator()) return left;
    auto compare = node<CompareExpr>(start);
    compare->left = std::move(left);
    while (next_operator()) {
        for (int i = 0; i < width; ++i) advance();
        compare->ops.push_back(op);
        compare->comparators.push_back(bitwise_or());
    }
    return finish(std::move(compare));
}

// ---------------------------------------------------------------------------
// Binary operators, lowest precedence first
// ---------------------------------------------------------------------------

// One level of left-associative binary operators: [operand] parses the
// next tighter level, [op_of] says whether a token is this level's operator.
template <typename OpOf>
ExprPtr Parser::binary_level(ExprPtr (Parser::*operand)(), OpOf op_of) {
    // Nodes start at the first token, which is the '(' when the left
    // operand is parenthesized (the operand itself starts inside).
    Location start = start_of(current());
    ExprPtr left = (this->*operand)();
    BinOpKind op{};
    std::optional<DepthGuard> chain;
    while (op_of(current().kind, op)) {
        if (chain) chain->deeper();
        else chain.emplace(*this);
        advance();
        auto binary = node<BinOpExpr>(start);
        binary->left = std::move(left);
        binary->op = op;
        binary->right = (this->*operand)();
        left = finish(std::move(binary));
    }
    return left;
}

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
ExprPtr Parser::bitwise_or() {
    return binary_level(&Parser::bitwise_xor, [](TokenKind kind, BinOpKind& op) {
        op = BinOpKind::BitOr;
        return kind == TokenKind::VBar;
    });
}

// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
ExprPtr Parser::bitwise_xor() {
    return binary_level(&Parser::bitwise_and, [](TokenKind kind, BinOpKind& op) {
        op = BinOpKind::BitXor;
        return kind == TokenKind::Circumflex;
    });
}

// bitwise_and: bitwise_and '&' shift_expr | shift_expr
ExprPtr Parser::bitwise_and() {
    return binary_level(&Parser::shift_expr, [](TokenKind kind, BinOpKind& op) {
        op = BinOpKind::BitAnd;
        return kind == TokenKind::Amper;
    });
}

// shift_expr: shift_expr ('<<' | '>>') sum | sum
ExprPtr Parser::shift_expr() {
    return binary_level(&Parser::sum, [](TokenKind kind, BinOpKind& op) {
        op = kind == TokenKind::LeftShift ? BinOpKind::LShift : BinOpKind::RShift;
        return kind == TokenKind::LeftShift || kind == TokenKind::RightShift;
    });
}

// sum: sum ('+' | '-') term | term
ExprPtr Parser::sum() {
    return binary_level(&Parser::term, [](TokenKind kind, BinOpKind& op) {
        op = kind == TokenKind::Plus ? BinOpKind::Add : BinOpKind::Sub;
        return kind == TokenKind::Plus || kind == TokenKind::Minus;
    });
}

// term: term ('*' | '/' | '//' | '%' | '@') factor | factor
ExprPtr Parser::term() {
    return binary_level(&Parser::factor, [](TokenKind kind, BinOpKind& op) {
        switch (kind) {
        case TokenKind::Star: op = BinOpKind::Mult; return true;
        case TokenKind::Slash: op = BinOpKind::Div; return true;
        case TokenKind::DoubleSlash: op = BinOpKind::FloorDiv; return true;
        case TokenKind::Percent: op = BinOpKind::Mod; return true;
        case TokenKind::At: op = BinOpKind::MatMult; return true;
        default: return false;
        }
    });
}

// factor: '+' factor | '-' factor | '~' factor | power
ExprPtr Parser::factor() {
    DepthGuard guard(*this);
    UnaryOpKind op;
    switch (current().kind) {
    case TokenKind::Plus: op = UnaryOpKind::UAdd; break;
    case TokenKind::Minus: op = UnaryOpKind::USub; break;
    case TokenKind::Tilde: op = UnaryOpKind::Invert; break;
    default: return power();
    }
    auto unary = node<UnaryOpExpr>(start_of(advance()));
    unary->op = op;
    unary->operand = factor();
    return finish(std::move(unary));
}

// power: await_primary '**' factor | await_primary
// Right-associative, and tighter than a unary minus on its left:
// -2**2 == -(2**2), while 2**-1 takes the factor on the right.
ExprPtr Parser::power() {
    Location start = start_of(current());
    ExprPtr base = await_primary();
    if (!accept(TokenKind::DoubleStar)) return base;
    auto binary = node<BinOpExpr>(start);
    binary->left = std::move(base);
    binary->op = BinOpKind::Pow;
    binary->right = factor();
    return finish(std::move(binary));
}

// await_primary: AWAIT primary | primary
ExprPtr Parser::await_primary() {
    if (!check(TokenKind::KwAwait)) return primary();
    auto await = node<AwaitExpr>(start_of(advance()));
    await->value = primary();
    return finish(std::move(await));
}

// ---------------------------------------------------------------------------
// Primaries: attribute access, calls, subscripts
// ---------------------------------------------------------------------------

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//        | primary '[' slices ']' | atom
ExprPtr Parser::primary() {
    Location start = start_of(current());
    ExprPtr value = atom();
    std::optional<DepthGuard> chain;
    for (;;) {
        TokenKind kind = current().kind;
        if (kind != TokenKind::Dot && kind != TokenKind::LPar && kind != TokenKind::LSqb) return value;
        if (chain) chain->deeper();
        else chain.emplace(*this);
        if (accept(TokenKind::Dot)) {
            auto attribute = node<AttributeExpr>(start);
            attribute->attr = expect(TokenKind::Name).text;
            attribute->value = std::move(value);
            value = finish(std::move(attribute));
        } else if (check(TokenKind::LPar)) {
            value = call(start, std::move(value));
        } else if (accept(TokenKind::LSqb)) {
            auto subscript = node<SubscriptExpr>(start);
            subscript->value = std::move(value);
            subscript->slice = slices();
            expect(TokenKind::RSqb);
            value = finish(std::move(subscript));
        }
    }
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
ExprPtr Parser::slices() {
    Location start = start_of(current());
    ExprPtr first = check(TokenKind::Star) ? star_expression() : slice();
    // A lone starred item is still a tuple: `a[*b]` means `a[(*b,)]`.
    if (!check(TokenKind::Comma) && first->kind != ExprKind::Starred) return first;
    auto tuple = node<TupleExpr>(start);
    tuple->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (check(TokenKind::RSqb)) break;
        tuple->elts.push_back(check(TokenKind::Star) ? star_expression() : slice());
    }
    return finish(std::move(tuple));
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
ExprPtr Parser::slice() {
    Location start = start_of(current());
    ExprPtr lower;
    if (!check(TokenKind::Colon)) {
        lower = named_expression();
        if (!check(TokenKind::Colon)) return lower;
    }
    auto slice = node<SliceExpr>(start);
    advance();  // ':'
    auto ends_part = [&] {
        return check(TokenKind::Colon) || check(TokenKind::Comma) || check(TokenKind::RSqb);
    };
    slice->lower = std::move(lower);
    if (!ends_part()) slice->upper = expression();
    if (accept(TokenKind::Colon) && !ends_part()) slice->step = expression();
    return finish(std::move(slice));
}

// primary '(' [arguments] ')', and primary genexp for `f(x for x in y)`.
ExprPtr Parser::call(const Location& start, ExprPtr func) {
    auto call = node<CallExpr>(start);
    call->func = std::move(func);
    Token open = advance();
    bool sole_genexp = call_arguments(call->args, call->keywords);
    Token close = expect(TokenKind::RPar);
    if (sole_genexp) {
        // CPython: in `f(x for x in y)` the call's parentheses are the genexp's.
        Location& loc = call->args.front()->loc;
        loc = start_of(open);
        loc.end_line = close.end_line;
        loc.end_col = close.end_col;
    }
    return finish(std::move(call));
}

// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
//       [',' kwargs] | kwargs, with CPython's ordering rules and messages.
bool Parser::call_arguments(ExprList& args, std::vector<Keyword>& keywords, bool allow_genexp) {
    bool seen_keyword = false, seen_double_star = false;
    const Expr* bare_genexp = nullptr;
    std::size_t argument_count = 0;
    while (!check(TokenKind::RPar)) {
        ++argument_count;
        if (check(TokenKind::Star)) {
            if (seen_double_star) {
                fail_at(current(), "iterable argument unpacking follows keyword argument unpacking");
            }
            // starred_expression: '*' expression (wider than in displays: `f(*a or b)`)
            auto starred = node<StarredExpr>(start_of(advance()));
            starred->value = expression();
            args.push_back(finish(std::move(starred)));
        } else if (check(TokenKind::DoubleStar)) {
            Keyword keyword;
            keyword.loc = start_of(advance());
            keyword.value = expression();
            set_end(keyword.loc);
            keywords.push_back(std::move(keyword));
            seen_double_star = true;
        } else if ((check(TokenKind::KwTrue) || check(TokenKind::KwFalse) || check(TokenKind::KwNone)) &&
                   peek(1).kind == TokenKind::Equal) {
            // invalid_kwarg: `f(True=1)`
            Token constant = advance();
            advance();  // '='
            ExprPtr value = expression();
            fail_range("cannot assign to " + std::string(constant.text), start_of(constant), value->loc);
        } else if (check(TokenKind::Name) && peek(1).kind == TokenKind::Equal) {
            Keyword keyword;
            keyword.loc = start_of(current());
            keyword.arg = advance().text;
            advance();  // '='
            keyword.value = expression();
            set_end(keyword.loc);
            for (const auto& earlier : keywords) {
                if (earlier.arg == keyword.arg) {
                    const Location& loc = keyword.loc;
                    defer_error(error_info("keyword argument repeated: " + keyword.arg, loc.line, loc.col,
                                           loc.end_line == loc.line ? loc.end_col : -1));
                }
            }
            keywords.push_back(std::move(keyword));
            seen_keyword = true;
        } else {
            // assignment_expression | expression: a stray `=` is reported
            // below as an invalid keyword argument instead.
            bool walrus = check(TokenKind::Name) && peek(1).kind == TokenKind::ColonEqual;
            ExprPtr value = walrus ? named_expression() : expression();
            if (check(TokenKind::KwFor) || check(TokenKind::KwAsync)) {
                if (!allow_genexp) invalid_syntax();  // `class C(x for x in y):`
                auto genexp = node<GeneratorExpExpr>(value->loc);
                genexp->elt = std::move(value);
                genexp->generators = for_if_clauses();
                value = finish(std::move(genexp));
                bare_genexp = value.get();
            }
            if (check(TokenKind::Equal)) {
                fail_range("expression cannot contain assignment, perhaps you meant \"==\"?", value->loc,
                           start_of(current()));
            }
            // CPython reports these at the token after the argument.
            if (seen_double_star) fail_at(current(), "positional argument follows keyword argument unpacking");
            if (seen_keyword) fail_at(current(), "positional argument follows keyword argument");
            args.push_back(std::move(value));
        }
        if (!accept(TokenKind::Comma)) break;
    }
    // `f(x for x in y)` is fine; any other argument needs the parentheses.
    if (bare_genexp && (argument_count > 1 || m_last.kind == TokenKind::Comma)) {
        fail_node("Generator expression must be parenthesized", *bare_genexp);
    }
    return bare_genexp != nullptr;
}

// ---------------------------------------------------------------------------
// Atoms and displays
// ---------------------------------------------------------------------------

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER
//     | (tuple | group | genexp) | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'
ExprPtr Parser::atom() {
    const Token& token = current();
    auto constant = [&](ConstantValue::Kind kind) {
        auto result = node<ConstantExpr>(start_of(advance()));
        result->value.kind = kind;
        return result;
    };
    switch (token.kind) {
    case TokenKind::Name: {
        auto name = node<NameExpr>(start_of(token));
        name->id = advance().text;
        return name;
    }
    case TokenKind::KwTrue: return constant(ConstantValue::Kind::True);
    case TokenKind::KwFalse: return constant(ConstantValue::Kind::False);
    case TokenKind::KwNone: return constant(ConstantValue::Kind::None);
    case TokenKind::Ellipsis: return constant(ConstantValue::Kind::Ellipsis);
    case TokenKind::Number: return number(advance());
    case TokenKind::String: return strings();
    case TokenKind::LPar: return parenthesized();
    case TokenKind::LSqb: return list_display();
    case TokenKind::LBrace: return brace_display();
    default: invalid_syntax();
    }
}

// A NUMBER token: ints become decimal digit strings of any length, floats
// go through strtod; minipy has no complex type.
ExprPtr Parser::number(const Token& token) {
    auto constant = node<ConstantExpr>(start_of(token));
    std::string text = without_underscores(token.text);
    char last = static_cast<char>(text.back() | 0x20);
    if (last == 'j') fail_at(token, "complex numbers are not supported by minipy");
    char prefix = text.size() > 1 && text[0] == '0' ? static_cast<char>(text[1] | 0x20) : '\0';
    if (prefix == 'x' || prefix == 'o' || prefix == 'b') {
        constant->value.kind = ConstantValue::Kind::Int;
        constant->value.text = to_decimal(std::string_view(text).substr(2), prefix == 'x' ? 16 : prefix == 'o' ? 8 : 2);
    } else if (text.find_first_of(".eE") != std::string::npos) {
        constant->value.kind = ConstantValue::Kind::Float;
        constant->value.number = float_value(text);
    } else {
        constant->value.kind = ConstantValue::Kind::Int;
        std::size_t first_nonzero = text.find_first_not_of('0');
        constant->value.text = first_nonzero == std::string::npos ? "0" : text.substr(first_nonzero);
    }
    return constant;
}

// '(' ... ')': tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
//              group: '(' (yield_expr | named_expression) ')'
//              genexp: '(' named_expression for_if_clauses ')'
ExprPtr Parser::parenthesized() {
    Token open = advance();
    if (check(TokenKind::RPar)) {
        auto empty = node<TupleExpr>(start_of(open));
        advance();
        m_parenthesized.insert(empty.get());
        return finish(std::move(empty));
    }
    if (check(TokenKind::KwYield)) {
        ExprPtr yield = yield_expr();
        expect(TokenKind::RPar);
        return yield;
    }
    if (check(TokenKind::DoubleStar)) {
        // invalid_group: '(' '**' expression ')'
        Snapshot saved = snapshot();
        Token star = advance();
        TokenKind following{};
        bool group = try_parse(&Parser::expression, following) && following == TokenKind::RPar;
        restore(saved);
        if (group) fail_at(star, "cannot use double starred expression here");
    }
    ExprPtr first = star_named_expression();
    if (check(TokenKind::KwFor) || check(TokenKind::KwAsync)) {
        if (first->kind == ExprKind::Starred) fail_node("iterable unpacking cannot be used in comprehension", *first);
        auto genexp = node<GeneratorExpExpr>(start_of(open));
        genexp->elt = std::move(first);
        genexp->generators = for_if_clauses();
        expect(TokenKind::RPar);
        return finish(std::move(genexp));
    }
    if (accept(TokenKind::RPar)) {
        // A group keeps the location of what is inside, as in CPython.
        if (first->kind == ExprKind::Starred) fail_node("cannot use starred expression here", *first);
        return first;
    }
    auto tuple = node<TupleExpr>(start_of(open));
    tuple->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (check(TokenKind::RPar)) break;
        tuple->elts.push_back(star_named_expression());
    }
    expect(TokenKind::RPar);
    m_parenthesized.insert(tuple.get());
    return finish(std::move(tuple));
}

// list: '[' [star_named_expressions] ']' ; listcomp: '[' named_expression for_if_clauses ']'
ExprPtr Parser::list_display() {
    Token open = advance();
    auto list = node<ListExpr>(start_of(open));
    if (accept(TokenKind::RSqb)) return finish(std::move(list));
    ExprPtr first = star_named_expression();
    if (check(TokenKind::KwFor) || check(TokenKind::KwAsync)) {
        if (first->kind == ExprKind::Starred) fail_node("iterable unpacking cannot be used in comprehension", *first);
        auto comprehension = node<ListCompExpr>(start_of(open));
        comprehension->elt = std::move(first);
        comprehension->generators = for_if_clauses();
        expect(TokenKind::RSqb);
        return finish(std::move(comprehension));
    }
    list->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (check(TokenKind::RSqb)) break;
        list->elts.push_back(star_named_expression());
    }
    reject_unparenthesized_target(list->elts);
    expect(TokenKind::RSqb);
    return finish(std::move(list));
}

// dict: '{' [double_starred_kvpairs] '}' ; set: '{' star_named_expressions '}'
// dictcomp: '{' kvpair for_if_clauses '}' ; setcomp: '{' named_expression for_if_clauses '}'
ExprPtr Parser::brace_display() {
    Token open = advance();
    if (accept(TokenKind::RBrace)) return finish(node<DictExpr>(start_of(open)));

    auto is_comprehension = [&] { return check(TokenKind::KwFor) || check(TokenKind::KwAsync); };
    ExprPtr first_key, first_value;
    Token open_item = current();
    if (accept(TokenKind::DoubleStar)) {
        first_value = bitwise_or();  // `**mapping` has a null key
    } else {
        first_key = star_named_expression();
        if (check(TokenKind::Colon)) {
            if (first_key->kind == ExprKind::Starred) invalid_syntax();  // `{*a: 1}`
            first_value = dict_value();
        } else {
            // A set display or comprehension.
            if (is_comprehension()) {
                if (first_key->kind == ExprKind::Starred)
                    fail_node("iterable unpacking cannot be used in comprehension", *first_key);
                auto comprehension = node<SetCompExpr>(start_of(open));
                comprehension->elt = std::move(first_key);
                comprehension->generators = for_if_clauses();
                expect(TokenKind::RBrace);
                return finish(std::move(comprehension));
            }
            auto set = node<SetExpr>(start_of(open));
            set->elts.push_back(std::move(first_key));
            while (accept(TokenKind::Comma)) {
                if (check(TokenKind::RBrace)) break;
                set->elts.push_back(star_named_expression());
            }
            reject_unparenthesized_target(set->elts);
            expect(TokenKind::RBrace);
            return finish(std::move(set));
        }
    }
    if (first_key && is_comprehension()) {
        auto comprehension = node<DictCompExpr>(start_of(open));
        comprehension->key = std::move(first_key);
        comprehension->value = std::move(first_value);
        comprehension->generators = for_if_clauses();
        expect(TokenKind::RBrace);
        return finish(std::move(comprehension));
    }
    if (!first_key && is_comprehension()) {
        fail_at(open_item, "dict unpacking cannot be used in dict comprehension");
    }
    auto dict = node<DictExpr>(start_of(open));
    dict->keys.push_back(std::move(first_key));
    dict->values.push_back(std::move(first_value));
    while (accept(TokenKind::Comma)) {
        if (check(TokenKind::RBrace)) break;
        if (accept(TokenKind::DoubleStar)) {
            dict->keys.push_back(nullptr);
            dict->values.push_back(bitwise_or());
            continue;
        }
        // pegen has parsed this key before it looks for errors, so its
        // invalid_kvpair wins over a missing-comma hint inside the key.
        ExprPtr key = [&] {
            SpeculationScope quiet(*this);
            return expression();
        }();
        if (!check(TokenKind::Colon)) {
            // invalid_kvpair: the caret on the key's last character
            throw SyntaxErrorException(error_info("':' expected after dictionary key", key->loc.end_line,
                                                  key->loc.end_col - 1, -1));
        }
        dict->keys.push_back(std::move(key));
        dict->values.push_back(dict_value());
    }
    expect(TokenKind::RBrace);
    return finish(std::move(dict));
}

// invalid_comprehension: `[x, y for x, y in z]`, a display of several items
// followed by a comprehension clause.
void Parser::reject_unparenthesized_target(const ExprList& items) {
    if (items.size() < 2 || (!check(TokenKind::KwFor) && !check(TokenKind::KwAsync))) return;
    fail_range("did you forget parentheses around the comprehension target?", items.front()->loc,
               items.back()->loc);
}

// The ':' and value of a kvpair, with invalid_double_starred_kvpairs'
// messages for a missing or starred value.
ExprPtr Parser::dict_value() {
    Token colon = advance();
    if (check(TokenKind::RBrace) || check(TokenKind::Comma)) {
        fail_at(colon, "expression expected after dictionary key and ':'", false);
    }
    if (check(TokenKind::Star)) fail_at(current(), "cannot use a starred expression in a dictionary value", false);
    return expression();
}

// for_if_clauses: ([ASYNC] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
std::vector<Comprehension> Parser::for_if_clauses() {
    std::vector<Comprehension> generators;
    while (check(TokenKind::KwFor) || (check(TokenKind::KwAsync) && peek(1).kind == TokenKind::KwFor)) {
        Comprehension clause;
        clause.is_async = accept(TokenKind::KwAsync);
        advance();  // 'for'
        clause.target = star_targets();
        expect(TokenKind::KwIn);
        clause.iter = disjunction();
        while (accept(TokenKind::KwIf)) clause.ifs.push_back(disjunction());
        generators.push_back(std::move(clause));
    }
    if (generators.empty()) invalid_syntax();
    return generators;
}

}  // namespace minipy::compiler

// ---------------------------------------------------------------------------
// Strings and f-strings
// ---------------------------------------------------------------------------

namespace minipy::compiler {

// The state of scanning one f-string token's body, for error locations and
// for the positions of the fields' expressions.
struct Parser::FStringScan {
    const Token& token;
    std::string_view body;
    std::size_t body_offset;  // where body starts within token.text
    bool raw;
    std::size_t pos = 0;      // the next character of body to look at
};

// strings: STRING+. Adjacent literals concatenate; any f-string among them
// makes the whole a JoinedStr (as CPython does).
ExprPtr Parser::strings() {
    Location start = start_of(current());
    bool any_fstring = false, any_bytes = false, any_str = false;
    ExprList parts;
    std::string pending;  // literal text not yet turned into a Constant part
    while (check(TokenKind::String)) {
        Token token = advance();
        StringLiteral literal = decode_string_token(token, m_tokenizer);
        (literal.is_bytes ? any_bytes : any_str) = true;
        if (any_bytes && any_str) fail_at(current(), "cannot mix bytes and nonbytes literals", false);
        if (literal.is_fstring) {
            any_fstring = true;
            FStringScan scan{token, literal.body, literal.body_offset, literal.is_raw};
            fstring_parts(scan, parts, pending, 0);
        } else {
            pending += literal.value;
        }
    }
    set_end(start);
    if (!any_fstring) {
        auto constant = node<ConstantExpr>(start);
        constant->value.kind = any_bytes ? ConstantValue::Kind::Bytes : ConstantValue::Kind::Str;
        constant->value.text = std::move(pending);
        return constant;
    }
    flush_literal(parts, pending, start);
    auto joined = node<JoinedStrExpr>(start);
    joined->values = std::move(parts);
    return joined;
}

void Parser::flush_literal(ExprList& parts, std::string& pending, const Location& loc) {
    if (pending.empty()) return;
    auto constant = std::make_unique<ConstantExpr>();
    constant->loc = loc;
    constant->value.kind = ConstantValue::Kind::Str;
    constant->value.text = std::move(pending);
    pending.clear();
    parts.push_back(std::move(constant));
}

// CPython 3.11 reports errors in an f-string's structure just after the
// string token.
void Parser::fstring_error(const FStringScan& scan, std::string message) {
    const Token& token = scan.token;
    throw SyntaxErrorException(error_info(std::move(message), token.end_line, token.end_col, -1));
}

// The literal text and fields of an f-string body (depth 0) or of a format
// spec (depth > 0, which ends at the '}' closing its field).
void Parser::fstring_parts(FStringScan& scan, ExprList& parts, std::string& pending, int depth) {
    std::string_view body = scan.body;
    while (scan.pos < body.size()) {
        char c = body[scan.pos];
        bool doubled = scan.pos + 1 < body.size() && body[scan.pos + 1] == c;
        if (c == '{') {
            // `{{` is a literal brace, except inside a format spec.
            if (depth == 0 && doubled) {
                pending += '{';
                scan.pos += 2;
                continue;
            }
            fstring_field(scan, parts, pending, depth);
            continue;
        }
        if (c == '}') {
            if (depth > 0) return;
            if (!doubled) fstring_error(scan, "f-string: single '}' is not allowed");
            pending += '}';
            scan.pos += 2;
            continue;
        }
        std::size_t end = scan.pos;
        while (end < body.size() && body[end] != '{' && body[end] != '}') {
            if (!scan.raw && body[end] == '\\' && end + 1 < body.size()) {
                // `\N{...}` braces belong to the escape, not to a field.
                if (body[end + 1] == 'N' && end + 2 < body.size() && body[end + 2] == '{') {
                    std::size_t close = body.find('}', end);
                    end = close == std::string_view::npos ? body.size() : close + 1;
                    continue;
                }
                if (body[end + 1] != '{' && body[end + 1] != '}') ++end;
            }
            ++end;
        }
        std::string error = decode_str_escapes(body.substr(scan.pos, end - scan.pos), scan.raw, pending);
        if (!error.empty()) fstring_error(scan, std::move(error));
        scan.pos = end;
    }
}

// One replacement field, '{' expression ['='] ['!' conversion] [':' spec] '}',
// scanned as CPython 3.11's fstring_find_expr does: the expression ends at
// the first '!', ':', '=' or '}' outside brackets and strings.
void Parser::fstring_field(FStringScan& scan, ExprList& parts, std::string& pending, int depth) {
    std::string_view body = scan.body;
    if (depth >= 2) fstring_error(scan, "f-string: expressions nested too deeply");
    std::size_t start = ++scan.pos;  // after '{'
    char quote = 0;
    int quote_length = 0;
    std::vector<char> nesting;
    for (; scan.pos < body.size(); ++scan.pos) {
        char ch = body[scan.pos];
        if (ch == '\\') fstring_error(scan, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch != quote) continue;
            if (quote_length == 3) {
                if (scan.pos + 2 < body.size() && body[scan.pos + 1] == ch && body[scan.pos + 2] == ch) {
                    scan.pos += 2;
                    quote = 0;
                }
            } else {
                quote = 0;
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            quote = ch;
            quote_length = 1;
            if (scan.pos + 2 < body.size() && body[scan.pos + 1] == ch && body[scan.pos + 2] == ch) {
                quote_length = 3;
                scan.pos += 2;
            }
            continue;
        }
        if (ch == '[' || ch == '(' || ch == '{') {
            nesting.push_back(ch);
            continue;
        }
        if (ch == '#') fstring_error(scan, "f-string expression part cannot include '#'");
        if (nesting.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '<' || ch == '>')) {
            // `!=`, `==`, `<=`, `>=` and a lone `<`, `>` are operators.
            bool two_char = ch != ':' && ch != '}' && scan.pos + 1 < body.size() && body[scan.pos + 1] == '=';
            if (two_char) {
                ++scan.pos;
                continue;
            }
            if (ch == '<' || ch == '>') continue;
            break;
        }
        if (ch == ']' || ch == ')' || ch == '}') {
            if (nesting.empty()) fstring_error(scan, std::string("f-string: unmatched '") + ch + "'");
            char open = nesting.back();
            nesting.pop_back();
            if ((open == '(' && ch != ')') || (open == '[' && ch != ']') || (open == '{' && ch != '}')) {
                fstring_error(scan, std::string("f-string: closing parenthesis '") + ch +
                                        "' does not match opening parenthesis '" + open + "'");
            }
        }
    }
    if (quote) fstring_error(scan, "f-string: unterminated string");
    if (!nesting.empty()) fstring_error(scan, std::string("f-string: unmatched '") + nesting.back() + "'");
    if (scan.pos >= body.size()) fstring_error(scan, "f-string: expecting '}'");
    std::size_t end = scan.pos;
    if (body.substr(start, end - start).find_first_not_of(" \t\n\r\f\v") == std::string_view::npos) {
        if (body[end] == '}') fstring_error(scan, "f-string: empty expression not allowed");
        fstring_error(scan, std::string("f-string: expression required before '") + body[end] + "'");
    }
    ExprPtr value = fstring_expression(scan, start, end);

    // `{x=}` keeps the expression's text (with its spaces) as literal text.
    bool debug = body[scan.pos] == '=';
    if (debug) {
        ++scan.pos;
        while (scan.pos < body.size() && (body[scan.pos] == ' ' || body[scan.pos] == '\t')) ++scan.pos;
        pending += body.substr(start, scan.pos - start);
    }
    int conversion = -1;
    if (scan.pos < body.size() && body[scan.pos] == '!') {
        if (++scan.pos >= body.size()) fstring_error(scan, "f-string: expecting '}'");
        conversion = static_cast<unsigned char>(body[scan.pos++]);
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            fstring_error(scan, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
    }
    Location loc = start_of(scan.token);
    ExprPtr format_spec;
    if (scan.pos < body.size() && body[scan.pos] == ':') {
        ++scan.pos;
        ExprList spec_parts;
        std::string spec_pending;
        fstring_parts(scan, spec_parts, spec_pending, depth + 1);
        flush_literal(spec_parts, spec_pending, loc);
        auto spec = node<JoinedStrExpr>(loc);
        spec->values = std::move(spec_parts);
        format_spec = std::move(spec);
    }
    if (scan.pos >= body.size() || body[scan.pos] != '}') fstring_error(scan, "f-string: expecting '}'");
    ++scan.pos;
    // CPython: `{x=}` means `{x=!r}` unless a conversion or spec is given.
    if (debug && conversion == -1 && !format_spec) conversion = 'r';

    flush_literal(parts, pending, loc);
    auto formatted = node<FormattedValueExpr>(loc);
    formatted->value = std::move(value);
    formatted->conversion = conversion;
    formatted->format_spec = std::move(format_spec);
    parts.push_back(std::move(formatted));
}

// Parses body[start, end) of an f-string field with a fresh Parser over
// "(" text ")", as CPython 3.11 does; nodes get their real positions.
ExprPtr Parser::fstring_expression(const FStringScan& scan, std::size_t start, std::size_t end) {
    // Position of the '{' before the text, which the '(' stands in for.
    std::string_view text = scan.token.text;
    std::size_t brace = scan.body_offset + start - 1;
    Origin origin{scan.token.line, scan.token.col};
    for (std::size_t i = 0; i < brace; ++i) {
        if (text[i] == '\n') {
            ++origin.line;
            origin.col = 0;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++origin.col;
        }
    }
    std::string source = "(";
    source.append(scan.body.substr(start, end - start));
    source += ')';
    Parser field_parser(source, m_tokenizer.filename(), origin);
    ExprPtr value = field_parser.parse_fstring_field_text();
    if (field_parser.m_deferred_error) {
        // A compiler error: CPython places it in the real source line.
        SyntaxErrorInfo info = std::move(*field_parser.m_deferred_error);
        if (info.line == 1) {
            info.col += origin.col;
            if (info.end_col) info.end_col += origin.col;
        }
        info.line += origin.line - 1;
        info.text = m_tokenizer.line_text(info.line);
        defer_error(std::move(info));
    }
    return value;
}

// The entry point of an f-string field's Parser.
ExprPtr Parser::parse_fstring_field_text() {
    try {
        ExprPtr value = star_expressions();
        accept(TokenKind::Newline);
        if (!check(TokenKind::EndMarker)) invalid_syntax();
        return value;
    } catch (SyntaxErrorException& error) {
        throw SyntaxErrorException(finalize_error(std::move(error.info), m_tokenizer_failed));
    }
}

}  // namespace minipy::compiler
