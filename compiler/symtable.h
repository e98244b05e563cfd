// compiler/symtable.h: the symbol table pass. Before code generation it walks
// the AST once and decides, for every name in every scope, whether it is a
// local (LOAD_FAST), a cell shared with inner functions, a free variable
// coming from an outer function (LOAD_DEREF), or a global (LOAD_GLOBAL) —
// CPython's Python/symtable.c, reduced to the scopes minipy has.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "compiler/ast.h"
#include "compiler/tokenizer.h"

namespace minipy::compiler {

enum class ScopeKind { Module, Function, Class };

// How one name resolves inside one scope.
enum class NameScope { Local, GlobalExplicit, GlobalImplicit, Free, Cell };

// The flags a name collects while the scope is walked.
enum SymbolFlags : unsigned {
    kDefLocal = 1,      // bound here: assignment, def, import, for target, del
    kDefParam = 2,      // a parameter
    kDefGlobal = 4,     // `global x`
    kDefNonlocal = 8,   // `nonlocal x`
    kUse = 16,          // read here
};

struct Scope {
    ScopeKind kind;
    std::string name;
    const void* node = nullptr;  // the FunctionDefStmt / LambdaExpr / ClassDefStmt; null for the module
    std::map<std::string, unsigned> symbols;
    std::map<std::string, NameScope> resolved;
    std::vector<std::string> params;  // in CPython's co_varnames order
    std::vector<std::string> locals;  // every local, params first, in first-seen order
    std::vector<std::string> cellvars;
    std::vector<std::string> freevars;
    std::vector<Scope*> children;
    Scope* parent = nullptr;
    bool has_varargs = false, has_varkeywords = false;
    bool is_generator = false;

    NameScope scope_of(const std::string& name) const;
};

// A SyntaxError at [loc] with the source line and a caret range, as the
// parser reports its own (symtable and codegen errors use it too).
SyntaxErrorInfo located_error(const std::string& message, const Location& loc, std::string_view source,
                              const std::string& filename);

class SymbolTable {
public:
    // Walks [module]; throws SyntaxErrorException for misplaced global/nonlocal.
    SymbolTable(const Module& module, std::string_view source, std::string filename);
    Scope* module_scope() const { return m_scopes.front().get(); }
    // The scope a FunctionDefStmt, LambdaExpr or ClassDefStmt opened.
    Scope* scope_for(const void* node) const;

private:
    friend class SymbolVisitor;
    std::vector<std::unique_ptr<Scope>> m_scopes;
    std::map<const void*, Scope*> m_by_node;
};

}  // namespace minipy::compiler
