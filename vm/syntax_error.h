// vm/syntax_error.h: syntax errors as Python sees them: the SyntaxError
// exception made from the compiler's SyntaxErrorInfo (for import, the
// REPL) and the text CPython prints for one: File/line, the source line, a
// caret, the message.
#pragma once

#include <string>

#include "compiler/tokenizer.h"
#include "runtime/object.h"

namespace minipy::vm {

std::string format_syntax_error(const compiler::SyntaxErrorInfo& info);

// A SyntaxError (or IndentationError/TabError) instance carrying msg,
// filename, lineno, offset and text, as CPython's does.
rt::Value make_syntax_error(const compiler::SyntaxErrorInfo& info);
// The info back from such an instance; false if [exc] carries none.
bool syntax_error_info(rt::Value exc, compiler::SyntaxErrorInfo& info);

}  // namespace minipy::vm
