// cli/completer.cpp: Tab completion (see completer.h). Looking up a dotted
// name reads attributes, which may run Python code (a property), exactly
// as rlcompleter's eval does; an error there just means no completions.
#include "cli/completer.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <set>

#include <readline/readline.h>

#include "compiler/tokenizer.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/list_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "stdlib/modules.h"

namespace minipy::cli {

namespace {

rt::DictObject* g_globals = nullptr;

constexpr const char* kKeywords[] = {
#define MINIPY_KEYWORD_TEXT(kind, text) text,
    MINIPY_KEYWORDS(MINIPY_KEYWORD_TEXT)
#undef MINIPY_KEYWORD_TEXT
};

// rlcompleter's suffixes: a colon for the keywords that end a header by
// themselves, nothing for the ones that end a statement or are values,
// a space for the rest.
std::string keyword_completion(std::string_view word) {
    if (word == "finally" || word == "try") return std::string(word) + ":";
    static constexpr std::string_view kBare[] = {"False", "None", "True", "break", "continue", "pass", "else"};
    if (std::find(std::begin(kBare), std::end(kBare), word) != std::end(kBare)) return std::string(word);
    return std::string(word) + " ";
}

std::string with_call_paren(const std::string& name, rt::Value value) {
    return rt::is_callable(value) ? name + "(" : name;
}

void add_names(rt::DictObject* dict, const std::string& prefix, std::set<std::string>& out) {
    for (const rt::HashEntry& entry : dict->table.entries()) {
        if (!rt::is_str(entry.key)) continue;  // also skips deleted entries (null keys)
        std::string name(rt::str_view(entry.key));
        if (name.rfind(prefix, 0) == 0) out.insert(with_call_paren(name, entry.value));
    }
}

// The object [dotted] ("os.path") names in the session, or null.
rt::Value lookup_dotted(const std::string& dotted, rt::DictObject* globals) {
    std::size_t start = 0;
    std::size_t dot = dotted.find('.');
    std::string first = dotted.substr(0, dot);
    rt::Value value = globals->get_str(rt::intern(first));
    if (value.is_null()) value = stdlib::builtin_module("builtins")->dict->get_str(rt::intern(first));
    while (!value.is_null() && dot != std::string::npos) {
        start = dot + 1;
        dot = dotted.find('.', start);
        auto attr = rt::getattr(value, rt::intern(dotted.substr(start, dot - start)));
        if (attr.is_error()) {
            rt::clear_exception();
            return rt::Value::null();
        }
        value = attr.value();
    }
    return value;
}

void add_attributes(const std::string& text, std::size_t last_dot, rt::DictObject* globals, std::set<std::string>& out) {
    std::string base = text.substr(0, last_dot);
    std::string prefix = text.substr(last_dot + 1);
    rt::Root object(lookup_dotted(base, globals));
    if (object.get().is_null()) return;
    rt::Value dir = stdlib::builtin_module("builtins")->dict->get_str(rt::intern("dir"));
    auto names = rt::call1(dir, object.get());
    if (names.is_error() || !rt::is_list(names.value())) {
        rt::clear_exception();
        return;
    }
    rt::Root keep(names.value());
    for (rt::Value name_value : names.value().as<rt::ListObject>()->items) {
        std::string name(rt::str_view(name_value));
        if (name.rfind(prefix, 0) != 0) continue;
        // rlcompleter hides private names unless the prefix asks for them.
        if (prefix.empty() && name[0] == '_') continue;
        if (prefix == "_" && name.rfind("__", 0) == 0) continue;
        auto attr = rt::getattr(object.get(), rt::intern(name));
        if (attr.is_error()) {
            rt::clear_exception();
            out.insert(base + "." + name);
            continue;
        }
        out.insert(with_call_paren(base + "." + name, attr.value()));
    }
}

std::vector<std::string> g_matches;

char* next_match(const char*, int state) {
    if (static_cast<std::size_t>(state) >= g_matches.size()) return nullptr;
    return strdup(g_matches[static_cast<std::size_t>(state)].c_str());
}

char** attempt_completion(const char* text, int, int) {
    // Never fall back to readline's file name completion.
    rl_attempted_completion_over = 1;
    // CPython's readline module adds nothing after a match ("(" marks
    // callables); readline resets this before every completion.
    rl_completion_append_character = '\0';
    g_matches = completions(text, g_globals);
    return rl_completion_matches(text, next_match);
}

}  // namespace

std::vector<std::string> completions(const std::string& text, rt::DictObject* globals) {
    std::set<std::string> out;
    std::size_t last_dot = text.rfind('.');
    if (last_dot != std::string::npos) {
        add_attributes(text, last_dot, globals, out);
    } else {
        for (const char* keyword : kKeywords)
            if (std::string_view(keyword).rfind(text, 0) == 0) out.insert(keyword_completion(keyword));
        add_names(globals, text, out);
        add_names(stdlib::builtin_module("builtins")->dict, text, out);
    }
    return {out.begin(), out.end()};
}

void install_completer(rt::DictObject* globals) {
    g_globals = globals;
    rl_attempted_completion_function = attempt_completion;
    // A dot is part of the word ("os.pa"), unlike in readline's default.
    rl_completer_word_break_characters = const_cast<char*>(" \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?");
}

}  // namespace minipy::cli
