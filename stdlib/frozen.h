// stdlib/frozen.h: the modules written in Python (stdlib/*.py), compiled
// into the binary as source text, found by the import statement after the
// native modules and before sys.path.
#pragma once

#include <string_view>

namespace minipy::stdlib {

// The source of the frozen module [name], or an empty view if none.
std::string_view frozen_source(std::string_view name);

}  // namespace minipy::stdlib
