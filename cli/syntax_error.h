// cli/syntax_error.h: the text CPython prints for a SyntaxError that stops
// a script before it runs: File/line, the source line, a caret, the message.
#pragma once

#include <string>

#include "compiler/tokenizer.h"

namespace minipy::cli {

std::string format_syntax_error(const compiler::SyntaxErrorInfo& info);

}  // namespace minipy::cli
