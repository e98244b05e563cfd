// cli/completer.h: Tab completion at the REPL prompt, as CPython's
// rlcompleter does it: keywords, builtins and the session's names; after a
// dot, the attributes of the object the dotted name before it refers to.
#pragma once

#include <string>
#include <vector>

#include "runtime/dict_object.h"

namespace minipy::cli {

// Makes readline complete with completions() over [globals].
void install_completer(rt::DictObject* globals);

// What [text] (the word before the cursor, dots included) can become:
// keywords with the space or colon rlcompleter adds, callables with "(".
std::vector<std::string> completions(const std::string& text, rt::DictObject* globals);

}  // namespace minipy::cli
