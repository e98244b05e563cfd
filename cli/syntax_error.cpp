// cli/syntax_error.cpp: CPython 3.11's layout for a syntax error:
//   File "x.py", line 3
//     if x
//         ^
//   SyntaxError: expected ':'
// The source line is shown without its indentation and the caret moves left
// by as much.
#include "cli/syntax_error.h"

namespace minipy::cli {

std::string format_syntax_error(const compiler::SyntaxErrorInfo& info) {
    std::string out = "  File \"" + info.filename + "\", line " + std::to_string(info.line) + "\n";
    std::string text = info.text;
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    std::size_t indent = text.find_first_not_of(" \t\f");
    if (indent != std::string::npos && !text.empty()) {
        std::string shown = text.substr(indent);
        while (!shown.empty() && (shown.back() == ' ' || shown.back() == '\t')) shown.pop_back();
        out += "    " + shown + "\n";
        if (info.col > 0) {
            int caret = info.col - 1 - static_cast<int>(indent);
            if (caret < 0) caret = 0;
            int width = info.end_col > info.col ? info.end_col - info.col : 1;
            out += "    " + std::string(static_cast<std::size_t>(caret), ' ') + std::string(static_cast<std::size_t>(width), '^') + "\n";
        }
    }
    out += info.type + ": " + info.message + "\n";
    return out;
}

}  // namespace minipy::cli
