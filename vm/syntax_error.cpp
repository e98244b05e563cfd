// vm/syntax_error.cpp: syntax errors as exceptions, and CPython 3.11's
// layout for printing one:
//   File "x.py", line 3
//     if x
//         ^
//   SyntaxError: expected ':'
// The source line is shown without its indentation and the caret moves left
// by as much.
#include "vm/syntax_error.h"

#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy::vm {

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

rt::Value make_syntax_error(const compiler::SyntaxErrorInfo& info) {
    rt::TypeObject* type = info.type == "IndentationError" ? rt::g_exc.IndentationError
                           : info.type == "TabError"       ? rt::g_exc.TabError
                                                           : rt::g_exc.SyntaxError;
    rt::Value details = rt::make_tuple({rt::make_str(info.filename), rt::make_int(info.line), rt::make_int(info.col),
                                        rt::make_str(info.text)});
    rt::Root keep(details);
    rt::Root exc(rt::make_exception(type, rt::make_tuple({rt::make_str(info.message), details})));
    auto* e = exc.as<rt::ExceptionObject>();
    e->dict = rt::make<rt::DictObject>();
    e->dict->set_str(rt::intern("msg"), rt::make_str(info.message));
    e->dict->set_str(rt::intern("filename"), rt::make_str(info.filename));
    e->dict->set_str(rt::intern("lineno"), rt::make_int(info.line));
    e->dict->set_str(rt::intern("offset"), rt::make_int(info.col));
    e->dict->set_str(rt::intern("text"), rt::make_str(info.text));
    return exc.get();
}

bool syntax_error_info(rt::Value exc, compiler::SyntaxErrorInfo& info) {
    if (!rt::is_exception(exc) || !rt::type_of(exc)->is_subtype_of(rt::g_exc.SyntaxError)) return false;
    auto* e = exc.as<rt::ExceptionObject>();
    if (!e->dict) return false;
    rt::Value msg = e->dict->get_str(rt::intern("msg"));
    rt::Value filename = e->dict->get_str(rt::intern("filename"));
    rt::Value lineno = e->dict->get_str(rt::intern("lineno"));
    rt::Value offset = e->dict->get_str(rt::intern("offset"));
    rt::Value text = e->dict->get_str(rt::intern("text"));
    if (!rt::is_str(msg) || !rt::is_str(filename) || !lineno.is_small_int()) return false;
    info.type = rt::type_of(exc)->name;
    info.message = rt::str_view(msg);
    info.filename = rt::str_view(filename);
    info.line = static_cast<int>(lineno.as_small_int());
    info.col = offset.is_small_int() ? static_cast<int>(offset.as_small_int()) : 0;
    info.text = rt::is_str(text) ? std::string(rt::str_view(text)) : std::string();
    return true;
}

}  // namespace minipy::vm
