// compiler/parser_stmt.cpp: the statement rules of the parser, from
// `statement` down to parameter lists, plus assignment-target checking.
// Rule names in comments are those of CPython 3.11's Grammar/python.gram;
// error texts are CPython's, checked against python3.11.
#include "compiler/parser.h"

namespace minipy::compiler {

namespace {

bool is_augassign(TokenKind kind, BinOpKind& op) {
    switch (kind) {
    case TokenKind::PlusEqual: op = BinOpKind::Add; return true;
    case TokenKind::MinEqual: op = BinOpKind::Sub; return true;
    case TokenKind::StarEqual: op = BinOpKind::Mult; return true;
    case TokenKind::AtEqual: op = BinOpKind::MatMult; return true;
    case TokenKind::SlashEqual: op = BinOpKind::Div; return true;
    case TokenKind::PercentEqual: op = BinOpKind::Mod; return true;
    case TokenKind::AmperEqual: op = BinOpKind::BitAnd; return true;
    case TokenKind::VBarEqual: op = BinOpKind::BitOr; return true;
    case TokenKind::CircumflexEqual: op = BinOpKind::BitXor; return true;
    case TokenKind::LeftShiftEqual: op = BinOpKind::LShift; return true;
    case TokenKind::RightShiftEqual: op = BinOpKind::RShift; return true;
    case TokenKind::DoubleStarEqual: op = BinOpKind::Pow; return true;
    case TokenKind::DoubleSlashEqual: op = BinOpKind::FloorDiv; return true;
    default: return false;
    }
}

}  // namespace

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------

// statement: compound_stmt | simple_stmts
void Parser::statement(StmtList& out) {
    if (!compound_stmt(out)) simple_stmts(out);
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
void Parser::simple_stmts(StmtList& out) {
    for (;;) {
        out.push_back(simple_stmt());
        if (!accept(TokenKind::Semi) || check(TokenKind::Newline)) break;
    }
    expect(TokenKind::Newline);
}

StmtPtr Parser::simple_stmt() {
    switch (current().kind) {
    case TokenKind::KwReturn: return return_stmt();
    case TokenKind::KwRaise: return raise_stmt();
    case TokenKind::KwGlobal: case TokenKind::KwNonlocal: return global_or_nonlocal_stmt();
    case TokenKind::KwDel: return del_stmt();
    case TokenKind::KwAssert: return assert_stmt();
    case TokenKind::KwImport: return import_name();
    case TokenKind::KwFrom: return import_from();
    case TokenKind::KwPass: return finish(node<PassStmt>(start_of(advance())));
    case TokenKind::KwBreak: return finish(node<BreakStmt>(start_of(advance())));
    case TokenKind::KwContinue: return finish(node<ContinueStmt>(start_of(advance())));
    default: return expression_statement();
    }
}

// assignment | star_expressions, in one pass: the left side is parsed as an
// expression and turned into a target when `=`, `:` or `op=` follows.
StmtPtr Parser::expression_statement() {
    const Token first_token = current();
    auto value_or_yield = [&] { return check(TokenKind::KwYield) ? yield_expr() : star_expressions(); };
    ExprPtr first = value_or_yield();
    if (check(TokenKind::ColonEqual) && first->kind != ExprKind::Name && starts_expression(scan_ahead(1).kind)) {
        // invalid_named_expression, reached by pegen for a statement too
        fail_node("cannot use assignment expressions with " + std::string(expr_name(*first)), *first);
    }

    // invalid_legacy_expression: `print "x"`
    if (first->kind == ExprKind::Name && starts_expression(current().kind) && !check(TokenKind::Star)) {
        const std::string& id = static_cast<NameExpr&>(*first).id;
        if (id == "print" || id == "exec") {
            ExprPtr argument = star_expressions();
            fail_range("Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?",
                       first->loc, argument->loc);
        }
    }

    // annotated_rhs: `target: annotation [= value]`
    if (check(TokenKind::Colon)) {
        // pegen looks past the ':' only for a name, attribute or subscript.
        bool single_target = first->kind == ExprKind::Name || first->kind == ExprKind::Attribute ||
                             first->kind == ExprKind::Subscript;
        if (!starts_expression(single_target ? peek(1).kind : scan_ahead(1).kind)) invalid_syntax();
        if (first->kind == ExprKind::Tuple || first->kind == ExprKind::List) {
            fail_node(std::string("only single target (not ") +
                          (first->kind == ExprKind::List ? "list" : "tuple") + ") can be annotated",
                      *first);
        }
        if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute &&
            first->kind != ExprKind::Subscript) {
            fail_node("illegal target for annotation", *first);
        }
        advance();
        auto stmt = node<AnnAssignStmt>(start_of(first_token));
        stmt->simple = first->kind == ExprKind::Name && first_token.kind != TokenKind::LPar;
        set_context(*first, ExprContext::Store);
        stmt->target = std::move(first);
        expression();  // the annotation: parsed, then dropped
        if (accept(TokenKind::Equal)) stmt->value = value_or_yield();
        return finish(std::move(stmt));
    }

    BinOpKind op{};
    if (is_augassign(current().kind, op)) {
        if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute &&
            first->kind != ExprKind::Subscript) {
            fail_node("'" + std::string(expr_name(*first)) + "' is an illegal expression for augmented assignment",
                      *first);
        }
        advance();
        auto stmt = node<AugAssignStmt>(start_of(first_token));
        set_context(*first, ExprContext::Store);
        stmt->target = std::move(first);
        stmt->op = op;
        stmt->value = value_or_yield();
        return finish(std::move(stmt));
    }

    if (check(TokenKind::Equal)) {
        auto stmt = node<AssignStmt>(start_of(first_token));
        stmt->targets.push_back(std::move(first));
        while (check(TokenKind::Equal)) {
            // Like pegen's invalid_assignment, judge `target =` before
            // whatever follows the '='.
            Expr& target = *stmt->targets.back();
            if (target.kind == ExprKind::Yield || target.kind == ExprKind::YieldFrom) {
                fail_node("assignment to yield expression not possible", target);
            }
            if (find_invalid_target(target, ExprContext::Store)) {
                invalid_assignment(target, stmt->targets.size() == 1);
            }
            advance();
            stmt->targets.push_back(value_or_yield());
        }
        stmt->value = std::move(stmt->targets.back());
        stmt->targets.pop_back();
        for (auto& target : stmt->targets) set_context(*target, ExprContext::Store);
        return finish(std::move(stmt));
    }

    auto stmt = node<ExprStmt>(start_of(first_token));
    stmt->value = std::move(first);
    return finish(std::move(stmt));
}

// return_stmt: 'return' [star_expressions]
StmtPtr Parser::return_stmt() {
    auto stmt = node<ReturnStmt>(start_of(advance()));
    if (starts_expression(current().kind)) stmt->value = star_expressions();
    return finish(std::move(stmt));
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
StmtPtr Parser::raise_stmt() {
    auto stmt = node<RaiseStmt>(start_of(advance()));
    if (starts_expression(current().kind)) {
        stmt->exc = expression();
        if (accept(TokenKind::KwFrom)) stmt->cause = expression();
    }
    return finish(std::move(stmt));
}

// global_stmt: 'global' ','.NAME+ ; nonlocal_stmt: 'nonlocal' ','.NAME+
StmtPtr Parser::global_or_nonlocal_stmt() {
    Token keyword = advance();
    std::vector<std::string> names;
    do {
        names.emplace_back(expect(TokenKind::Name).text);
    } while (accept(TokenKind::Comma));
    if (keyword.kind == TokenKind::KwGlobal) {
        auto stmt = node<GlobalStmt>(start_of(keyword));
        stmt->names = std::move(names);
        return finish(std::move(stmt));
    }
    auto stmt = node<NonlocalStmt>(start_of(keyword));
    stmt->names = std::move(names);
    return finish(std::move(stmt));
}

// del_stmt: 'del' del_targets &(';' | NEWLINE)
StmtPtr Parser::del_stmt() {
    auto stmt = node<DeleteStmt>(start_of(advance()));
    ExprPtr targets = star_expressions();
    if (is_bare_tuple(*targets)) {
        for (auto& target : static_cast<TupleExpr&>(*targets).elts) stmt->targets.push_back(std::move(target));
    } else {
        stmt->targets.push_back(std::move(targets));
    }
    for (auto& target : stmt->targets) check_target(*target, ExprContext::Del);
    if (!check(TokenKind::Semi) && !check(TokenKind::Newline)) invalid_syntax();
    return finish(std::move(stmt));
}

// assert_stmt: 'assert' expression [',' expression]
StmtPtr Parser::assert_stmt() {
    auto stmt = node<AssertStmt>(start_of(advance()));
    stmt->test = expression();
    if (accept(TokenKind::Comma)) stmt->msg = expression();
    return finish(std::move(stmt));
}

// dotted_name: dotted_name '.' NAME | NAME
std::string Parser::dotted_name() {
    std::string name(expect(TokenKind::Name).text);
    while (accept(TokenKind::Dot)) {
        name += '.';
        name += expect(TokenKind::Name).text;
    }
    return name;
}

// dotted_as_name: dotted_name ['as' NAME]
Alias Parser::dotted_as_name() {
    Alias alias;
    alias.loc = start_of(current());
    alias.name = dotted_name();
    if (accept(TokenKind::KwAs)) alias.asname = expect(TokenKind::Name).text;
    set_end(alias.loc);
    return alias;
}

// import_name: 'import' ','.dotted_as_name+
StmtPtr Parser::import_name() {
    auto stmt = node<ImportStmt>(start_of(advance()));
    do {
        stmt->names.push_back(dotted_as_name());
    } while (accept(TokenKind::Comma));
    return finish(std::move(stmt));
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//            | 'from' ('.' | '...')+ 'import' import_from_targets
StmtPtr Parser::import_from() {
    auto stmt = node<ImportFromStmt>(start_of(advance()));
    for (;;) {
        if (accept(TokenKind::Dot)) stmt->level += 1;
        else if (accept(TokenKind::Ellipsis)) stmt->level += 3;
        else break;
    }
    if (check(TokenKind::Name) || stmt->level == 0) stmt->module = dotted_name();
    expect(TokenKind::KwImport);
    if (check(TokenKind::Star)) {
        Alias star;
        star.loc = start_of(advance());
        star.name = "*";
        stmt->names.push_back(std::move(star));
        return finish(std::move(stmt));
    }
    bool parenthesized = accept(TokenKind::LPar);
    for (;;) {
        Alias alias;
        alias.loc = start_of(current());
        alias.name = expect(TokenKind::Name).text;
        if (accept(TokenKind::KwAs)) alias.asname = expect(TokenKind::Name).text;
        set_end(alias.loc);
        stmt->names.push_back(std::move(alias));
        if (!accept(TokenKind::Comma)) break;
        if (parenthesized ? check(TokenKind::RPar) : !check(TokenKind::Name)) {
            if (!parenthesized && (check(TokenKind::Newline) || check(TokenKind::Semi))) {
                fail_at(current(), "trailing comma not allowed without surrounding parentheses", false);
            }
            break;
        }
    }
    if (parenthesized) expect(TokenKind::RPar);
    return finish(std::move(stmt));
}

// ---------------------------------------------------------------------------
// Compound statements
// ---------------------------------------------------------------------------

bool Parser::compound_stmt(StmtList& out) {
    switch (current().kind) {
    case TokenKind::KwDef: out.push_back(function_def({}, nullptr)); return true;
    case TokenKind::KwClass: out.push_back(class_def({})); return true;
    case TokenKind::At: out.push_back(decorated()); return true;
    case TokenKind::KwIf: {
        Token keyword = advance();
        out.push_back(if_stmt(keyword));
        return true;
    }
    case TokenKind::KwWhile: out.push_back(while_stmt()); return true;
    case TokenKind::KwFor: out.push_back(for_stmt(nullptr)); return true;
    case TokenKind::KwWith: out.push_back(with_stmt(nullptr)); return true;
    case TokenKind::KwTry: out.push_back(try_stmt()); return true;
    case TokenKind::KwAsync: {
        TokenKind next = peek(1).kind;
        if (next != TokenKind::KwDef && next != TokenKind::KwFor && next != TokenKind::KwWith) return false;
        Token async_token = advance();
        if (next == TokenKind::KwDef) out.push_back(function_def({}, &async_token));
        else if (next == TokenKind::KwFor) out.push_back(for_stmt(&async_token));
        else out.push_back(with_stmt(&async_token));
        return true;
    }
    case TokenKind::Name:
        if (current().text == "match") reject_match_statement();
        return false;
    default:
        return false;
    }
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
StmtList Parser::block(const Token& header, std::string_view what) {
    StmtList body;
    if (!accept(TokenKind::Newline)) {
        simple_stmts(body);
        return body;
    }
    if (!check(TokenKind::Indent)) {
        std::string message = "expected an indented block after " + std::string(what) + " on line " +
                              std::to_string(header.line);
        if (at_end_of_input()) fail_at_end(std::move(message), "IndentationError");
        fail_at(current(), std::move(message), true, "IndentationError");
    }
    advance();
    while (!check(TokenKind::Dedent) && !check(TokenKind::EndMarker)) statement(body);
    accept(TokenKind::Dedent);
    return body;
}

// The colon ending a compound statement's header, where a line that ends
// early is "expected ':'" (pegen's invalid_*_stmt rules) and anything else
// a plain syntax error.
Token Parser::header_colon() {
    if (check(TokenKind::Newline)) fail_at(current(), "expected ':'", false);
    return expect(TokenKind::Colon);
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
// elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
// Each elif becomes an IfStmt alone in the orelse of the one before; the
// chain is built in a loop, as generated code can have thousands of elifs.
StmtPtr Parser::if_stmt(const Token& if_keyword) {
    std::vector<IfStmt*> chain;
    StmtPtr result;
    StmtList* orelse = nullptr;
    Token keyword = if_keyword;
    for (;;) {
        auto stmt = node<IfStmt>(start_of(keyword));
        stmt->test = named_expression();
        header_colon();
        stmt->body = block(keyword, keyword.kind == TokenKind::KwIf ? "'if' statement" : "'elif' statement");
        chain.push_back(stmt.get());
        StmtList* next_orelse = &stmt->orelse;
        if (orelse) orelse->push_back(std::move(stmt));
        else result = std::move(stmt);
        orelse = next_orelse;
        if (!check(TokenKind::KwElif)) break;
        keyword = advance();
    }
    else_block(*orelse);
    // Every if/elif node ends where the whole statement does.
    for (IfStmt* stmt : chain) set_end(stmt->loc);
    return result;
}

// else_block: 'else' &&':' block
void Parser::else_block(StmtList& out) {
    if (!check(TokenKind::KwElse)) return;
    Token keyword = advance();
    expect_forced(TokenKind::Colon);
    out = block(keyword, "'else' statement");
}

// while_stmt: 'while' named_expression ':' block [else_block]
StmtPtr Parser::while_stmt() {
    Token keyword = advance();
    auto stmt = node<WhileStmt>(start_of(keyword));
    stmt->test = named_expression();
    header_colon();
    stmt->body = block(keyword, "'while' statement");
    else_block(stmt->orelse);
    return finish(std::move(stmt));
}

// for_stmt: [ASYNC] 'for' star_targets 'in' star_expressions ':' block [else_block]
StmtPtr Parser::for_stmt(const Token* async_token) {
    Token keyword = advance();
    auto stmt = node<ForStmt>(start_of(async_token ? *async_token : keyword));
    if (async_token) stmt->kind = StmtKind::AsyncFor;
    stmt->target = star_targets();
    expect(TokenKind::KwIn);
    stmt->iter = star_expressions();
    header_colon();
    stmt->body = block(keyword, "'for' statement");
    else_block(stmt->orelse);
    return finish(std::move(stmt));
}

// with_stmt: [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
//          | [ASYNC] 'with' ','.with_item+ ':' block
StmtPtr Parser::with_stmt(const Token* async_token) {
    Token keyword = advance();
    auto stmt = node<WithStmt>(start_of(async_token ? *async_token : keyword));
    if (async_token) stmt->kind = StmtKind::AsyncWith;

    // The parenthesized form is the one whose ')' ends the header (or the
    // line, for "expected ':'"); else the parentheses belong to the first
    // expression, as in `with (a) as b:`.
    bool parenthesized = false;
    if (check(TokenKind::LPar)) {
        int depth = 0;
        for (std::size_t ahead = 0;; ++ahead) {
            TokenKind kind = scan_ahead(ahead).kind;
            if (kind == TokenKind::LPar || kind == TokenKind::LSqb || kind == TokenKind::LBrace) ++depth;
            else if (kind == TokenKind::RPar || kind == TokenKind::RSqb || kind == TokenKind::RBrace) --depth;
            else if (kind == TokenKind::Newline || kind == TokenKind::EndMarker) break;
            if (depth == 0) {
                TokenKind after = scan_ahead(ahead + 1).kind;
                parenthesized = after == TokenKind::Colon || after == TokenKind::Newline;
                break;
            }
        }
    }
    if (parenthesized) {
        advance();
        do {
            if (check(TokenKind::RPar)) break;
            stmt->items.push_back(with_item());
        } while (accept(TokenKind::Comma));
        expect(TokenKind::RPar);
    } else {
        do {
            stmt->items.push_back(with_item());
        } while (accept(TokenKind::Comma));
    }
    header_colon();
    stmt->body = block(keyword, "'with' statement");
    return finish(std::move(stmt));
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
WithItem Parser::with_item() {
    WithItem item;
    item.context_expr = expression();
    if (accept(TokenKind::KwAs)) {
        item.optional_vars = star_target();
        if (!check(TokenKind::Comma) && !check(TokenKind::RPar) && !check(TokenKind::Colon) &&
            !check(TokenKind::Newline)) {
            invalid_syntax();
        }
        check_target(*item.optional_vars, ExprContext::Store);
    }
    return item;
}

// try_stmt: 'try' &&':' block (except_block+ [else_block] [finally_block] | finally_block)
StmtPtr Parser::try_stmt() {
    Token keyword = advance();
    auto stmt = node<TryStmt>(start_of(keyword));
    expect_forced(TokenKind::Colon);
    stmt->body = block(keyword, "'try' statement");
    while (check(TokenKind::KwExcept)) {
        Token except = advance();
        if (check(TokenKind::Star)) fail_at(current(), "except* is not supported by minipy");
        if (!stmt->handlers.empty() && !stmt->handlers.back().type) {
            const Location& bare = stmt->handlers.back().loc;
            defer_error(error_info("default 'except:' must be last", bare.line, bare.col, -1));
        }
        ExceptHandler handler;
        handler.loc = start_of(except);
        if (!check(TokenKind::Colon) && !check(TokenKind::Newline)) {
            handler.type = expression();
            if (check(TokenKind::Comma)) {
                // invalid_except_stmt: 'except' expression ',' expressions ['as' NAME] ':'
                Location first = handler.type->loc;
                advance();
                ExprPtr rest = expressions();
                fail_range("multiple exception types must be parenthesized", first, rest->loc);
            }
            if (accept(TokenKind::KwAs)) handler.name = expect(TokenKind::Name).text;
        }
        header_colon();
        handler.body = block(except, "'except' statement");
        set_end(handler.loc);
        stmt->handlers.push_back(std::move(handler));
    }
    if (!stmt->handlers.empty()) else_block(stmt->orelse);
    if (check(TokenKind::KwFinally)) {
        Token finally = advance();
        expect_forced(TokenKind::Colon);
        stmt->finalbody = block(finally, "'finally' statement");
    }
    if (stmt->handlers.empty() && stmt->finalbody.empty()) {
        if (at_end_of_input()) fail_at_end("expected 'except' or 'finally' block");
        fail_at(current(), "expected 'except' or 'finally' block");
    }
    return finish(std::move(stmt));
}

// function_def_raw: [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
// Since Python 3.8 the node's line is the `def` line, not the decorator's.
StmtPtr Parser::function_def(ExprList decorators, const Token* async_token) {
    Token keyword = advance();
    auto stmt = node<FunctionDefStmt>(start_of(async_token ? *async_token : keyword));
    if (async_token) stmt->kind = StmtKind::AsyncFunctionDef;
    stmt->name = expect(TokenKind::Name).text;
    expect_forced(TokenKind::LPar);
    stmt->args = parameters(false);
    expect(TokenKind::RPar);
    if (check(TokenKind::RArrow)) {
        // Without an annotation the arrow is where the ':' was expected.
        if (!starts_expression(scan_ahead(1).kind)) fail_at(current(), "expected ':'");
        advance();
        expression();  // the return annotation is dropped
    }
    expect_forced(TokenKind::Colon);
    stmt->body = block(keyword, "function definition");
    stmt->decorator_list = std::move(decorators);
    return finish(std::move(stmt));
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
StmtPtr Parser::class_def(ExprList decorators) {
    Token keyword = advance();
    auto stmt = node<ClassDefStmt>(start_of(keyword));
    stmt->name = expect(TokenKind::Name).text;
    if (accept(TokenKind::LPar)) {
        call_arguments(stmt->bases, stmt->keywords, /*allow_genexp=*/false);
        expect(TokenKind::RPar);
    }
    header_colon();
    stmt->body = block(keyword, "class definition");
    stmt->decorator_list = std::move(decorators);
    return finish(std::move(stmt));
}

// decorators: ('@' named_expression NEWLINE)+, then a def or class.
StmtPtr Parser::decorated() {
    ExprList decorators;
    while (accept(TokenKind::At)) {
        decorators.push_back(named_expression());
        expect(TokenKind::Newline);
    }
    if (check(TokenKind::KwDef)) return function_def(std::move(decorators), nullptr);
    if (check(TokenKind::KwClass)) return class_def(std::move(decorators));
    if (check(TokenKind::KwAsync) && peek(1).kind == TokenKind::KwDef) {
        Token async_token = advance();
        return function_def(std::move(decorators), &async_token);
    }
    invalid_syntax();
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT.
// minipy does not run pattern matching; recognize the statement by its
// header only to say so (at once, in the REPL). `match` stays an ordinary
// name otherwise (`match = 3`, `match(x)`).
void Parser::reject_match_statement() {
    std::size_t ahead = 1;
    while (scan_ahead(ahead).kind != TokenKind::Newline && scan_ahead(ahead).kind != TokenKind::EndMarker) ++ahead;
    // No other statement ends in ':' after `match` and something else:
    // `match[x]: int` and friends need an annotation after the ':'.
    if (ahead < 2 || scan_ahead(ahead - 1).kind != TokenKind::Colon) return;
    fail_at(current(), "the match statement is not supported by minipy");
}

// ---------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------

// params / lambda_params: the parameter list of a def (up to ')') or of a
// lambda (up to ':'), with CPython's messages for misplaced parts.
Arguments Parser::parameters(bool is_lambda) {
    Arguments args;
    const TokenKind end = is_lambda ? TokenKind::Colon : TokenKind::RPar;
    bool seen_slash = false, seen_star = false, seen_default = false;
    while (!check(end)) {
        if (check(TokenKind::Slash)) {
            Token slash = advance();
            if (seen_slash) fail_at(slash, "/ may appear only once");
            if (seen_star) fail_at(slash, "/ must be ahead of *");
            if (args.args.empty()) {
                if (check(TokenKind::Comma)) fail_at(slash, "at least one argument must precede /");
                fail_at(slash, "invalid syntax");
            }
            if (check(TokenKind::Star)) fail_at(current(), "expected comma between / and *");
            seen_slash = true;
            args.posonlyargs = std::move(args.args);
            args.args.clear();
        } else if (check(TokenKind::Star)) {
            Token star = advance();
            if (seen_star) fail_at(star, "* argument may appear only once");
            seen_star = true;
            if (check(TokenKind::Comma) || check(end)) {
                // A bare `*` must be followed by keyword-only parameters.
                if (check(end) || peek(1).kind == end || peek(1).kind == TokenKind::DoubleStar) {
                    fail_at(star, "named arguments must follow bare *");
                }
            } else {
                args.vararg = std::make_unique<Arg>(parameter(is_lambda, /*is_vararg=*/true));
                if (check(TokenKind::Equal)) fail_at(current(), "var-positional argument cannot have default value");
            }
        } else if (check(TokenKind::DoubleStar)) {
            advance();
            args.kwarg = std::make_unique<Arg>(parameter(is_lambda));
            if (check(TokenKind::Equal)) fail_at(current(), "var-keyword argument cannot have default value");
            if (accept(TokenKind::Comma) && !check(end)) {
                fail_at(current(), "arguments cannot follow var-keyword argument");
            }
            break;
        } else {
            Token name_token = current();
            Arg arg = parameter(is_lambda);
            // pegen's param_no_default / param_with_default end at ',' or the end.
            if (!check(TokenKind::Equal) && !check(TokenKind::Comma) && !check(end)) invalid_syntax();
            ExprPtr default_value;
            if (check(TokenKind::Equal)) {
                Token equal = advance();
                // invalid_default: '=' &(')' | ',')
                if (check(TokenKind::Comma) || check(TokenKind::RPar)) {
                    fail_at(equal, "expected default value expression");
                }
                default_value = expression();
            }
            if (seen_star) {
                args.kwonlyargs.push_back(std::move(arg));
                args.kw_defaults.push_back(std::move(default_value));
            } else {
                if (default_value) {
                    seen_default = true;
                    args.defaults.push_back(std::move(default_value));
                } else if (seen_default) {
                    fail_at(name_token, "non-default argument follows default argument");
                }
                args.args.push_back(std::move(arg));
            }
        }
        if (!accept(TokenKind::Comma)) break;
    }
    return args;
}

// invalid_parameters: `def f((a, b)):`, a Python 2 tuple parameter.
void Parser::reject_parenthesized_parameters(bool is_lambda) {
    std::size_t ahead = 1;
    while (scan_ahead(ahead).kind == TokenKind::Name) {
        ++ahead;
        if (scan_ahead(ahead).kind != TokenKind::Comma) break;
        ++ahead;
    }
    if (ahead == 1 || scan_ahead(ahead).kind != TokenKind::RPar) return;
    fail_range(is_lambda ? "Lambda expression parameters cannot be parenthesized"
                         : "Function parameters cannot be parenthesized",
               start_of(current()), start_of(scan_ahead(ahead)));
}

// param: NAME [':' expression]; lambda_param: NAME
Arg Parser::parameter(bool is_lambda, bool is_vararg) {
    if (check(TokenKind::LPar)) reject_parenthesized_parameters(is_lambda);
    Arg arg;
    arg.loc = start_of(current());
    arg.name = expect(TokenKind::Name).text;
    if (!is_lambda && accept(TokenKind::Colon)) {
        // An annotation, parsed and dropped; `*args: *Ts` is allowed too.
        if (is_vararg && check(TokenKind::Star)) advance();
        expression();
    }
    set_end(arg.loc);
    return arg;
}

// ---------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------

// star_target: '*' target | target, parsed as an expression and checked by
// set_context (`for`, `with ... as`, comprehensions).
ExprPtr Parser::star_target() {
    if (check(TokenKind::Star)) {
        auto starred = node<StarredExpr>(start_of(advance()));
        starred->value = bitwise_or();
        return finish(std::move(starred));
    }
    return bitwise_or();
}

// star_targets: star_target !',' | star_target (',' star_target)* [',']
// Targets are parsed at bitwise_or level so that `in` ends them.
ExprPtr Parser::star_targets() {
    Location start = start_of(current());
    ExprPtr first = star_target();
    check_missing_comma(*first);
    if (!check(TokenKind::Comma)) {
        check_target(*first, ExprContext::Store);
        return first;
    }
    auto tuple = node<TupleExpr>(start);
    tuple->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (!starts_expression(current().kind)) break;
        tuple->elts.push_back(star_target());
        check_missing_comma(*tuple->elts.back());
    }
    ExprPtr result = finish(std::move(tuple));
    check_target(*result, ExprContext::Store);
    return result;
}

// The expressions pegen's invalid_named_expression accepts on the left of a
// stray `=`: a bitwise_or that is not a list, tuple, genexp, True, None or
// False. For these CPython suspects a mistyped `==`.
bool Parser::could_be_comparison(const Expr& expr) {
    switch (expr.kind) {
    case ExprKind::BoolOp: case ExprKind::Compare: case ExprKind::IfExp: case ExprKind::Lambda:
    case ExprKind::NamedExpr: case ExprKind::Yield: case ExprKind::YieldFrom: case ExprKind::List:
    case ExprKind::Tuple: case ExprKind::GeneratorExp: case ExprKind::Starred: case ExprKind::Slice:
        return false;
    case ExprKind::UnaryOp:
        return static_cast<const UnaryOpExpr&>(expr).op != UnaryOpKind::Not;
    case ExprKind::Constant: {
        auto kind = static_cast<const ConstantExpr&>(expr).value.kind;
        return kind != ConstantValue::Kind::None && kind != ConstantValue::Kind::True &&
               kind != ConstantValue::Kind::False;
    }
    default:
        return true;
    }
}

// The first part of [expr] that cannot be a target, or null when it all
// can (pegen's _PyPegen_get_invalid_target).
const Expr* Parser::find_invalid_target(const Expr& expr, ExprContext ctx) {
    switch (expr.kind) {
    case ExprKind::Name: case ExprKind::Attribute: case ExprKind::Subscript:
        return nullptr;
    case ExprKind::Starred:
        if (ctx == ExprContext::Del) return &expr;
        return find_invalid_target(*static_cast<const StarredExpr&>(expr).value, ctx);
    case ExprKind::List: case ExprKind::Tuple: {
        const ExprList& elts = expr.kind == ExprKind::List ? static_cast<const ListExpr&>(expr).elts
                                                           : static_cast<const TupleExpr&>(expr).elts;
        for (const auto& elt : elts)
            if (const Expr* bad = find_invalid_target(*elt, ctx)) return bad;
        return nullptr;
    }
    default:
        return &expr;
    }
}

// Marks a valid target and everything in it as Store or Del.
void Parser::set_context(Expr& expr, ExprContext ctx) {
    switch (expr.kind) {
    case ExprKind::Name: static_cast<NameExpr&>(expr).ctx = ctx; return;
    case ExprKind::Attribute: static_cast<AttributeExpr&>(expr).ctx = ctx; return;
    case ExprKind::Subscript: static_cast<SubscriptExpr&>(expr).ctx = ctx; return;
    case ExprKind::Starred:
        static_cast<StarredExpr&>(expr).ctx = ctx;
        set_context(*static_cast<StarredExpr&>(expr).value, ctx);
        return;
    case ExprKind::List:
        static_cast<ListExpr&>(expr).ctx = ctx;
        for (auto& elt : static_cast<ListExpr&>(expr).elts) set_context(*elt, ctx);
        return;
    case ExprKind::Tuple:
        static_cast<TupleExpr&>(expr).ctx = ctx;
        for (auto& elt : static_cast<TupleExpr&>(expr).elts) set_context(*elt, ctx);
        return;
    default:
        return;
    }
}

void Parser::check_target(Expr& expr, ExprContext ctx) {
    if (const Expr* bad = find_invalid_target(expr, ctx)) invalid_target(*bad, ctx, false);
    set_context(expr, ctx);
}

void Parser::invalid_target(const Expr& bad, ExprContext ctx, bool here_form) {
    std::string message = (ctx == ExprContext::Del ? "cannot delete " : "cannot assign to ") +
                          std::string(expr_name(bad));
    if (here_form) message += " here. Maybe you meant '==' instead of '='?";
    fail_node(std::move(message), bad);
}

// `target = ...` where [target] cannot be assigned; the parser stands on
// the '='. In the statement's first target, the part just before the '='
// may have been meant as a comparison (pegen reaches invalid_named_expression
// there first): `f() = 1`, `a, 1 = x`, but not `x = f() = 1`.
void Parser::invalid_assignment(const Expr& target, bool first_target) {
    const Expr* last_part = &target;
    if (is_bare_tuple(target)) {
        const auto& tuple = static_cast<const TupleExpr&>(target);
        bool trailing_comma = tuple.elts.back()->loc.end_line != tuple.loc.end_line ||
                              tuple.elts.back()->loc.end_col != tuple.loc.end_col;
        last_part = trailing_comma ? nullptr : tuple.elts.back().get();
    }
    if (first_target && last_part && could_be_comparison(*last_part) &&
        find_invalid_target(*last_part, ExprContext::Store)) {
        stray_equal_sign(*last_part);
    }
    invalid_target(*find_invalid_target(target, ExprContext::Store), ExprContext::Store, false);
}

}  // namespace minipy::compiler
