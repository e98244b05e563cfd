// vm/traceback.cpp: printing an exception the way CPython 3.11 does:
// chained causes and contexts first, then "Traceback (most recent call
// last):", one File/line/source entry per frame, and `Type: message`.
#include <csignal>
#include <fstream>
#include <map>
#include <set>
#include <unistd.h>

#include "compiler/parser.h"
#include "runtime/exceptions.h"
#include "runtime/int_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "stdlib/sys_module.h"
#include "vm/interpreter.h"
#include "vm/syntax_error.h"

namespace minipy::vm {

using rt::Value;

namespace {

// Source lines of the files tracebacks mention, read once per file.
const std::vector<std::string>& source_lines(std::string_view filename) {
    static std::map<std::string, std::vector<std::string>, std::less<>> cache;
    auto found = cache.find(filename);
    if (found != cache.end()) return found->second;
    std::vector<std::string> lines;
    if (!filename.empty() && filename.front() != '<') {
        std::ifstream in{std::string(filename)};
        for (std::string line; std::getline(in, line);) lines.push_back(line);
    }
    return cache.emplace(std::string(filename), std::move(lines)).first->second;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// Where the ~~~^^^~~~ line puts its ^s inside [segment] (CPython 3.11's
// extract_anchors_from_line): the operator of a binary operation, or the
// brackets of a subscript; false for anything else or unparsable text.
bool caret_anchors(const std::string& segment, int& left, int& right) {
    compiler::Module module;
    try {
        module = compiler::parse(segment, "<traceback>", compiler::ParseMode::File);
    } catch (const compiler::SyntaxErrorException&) {
        return false;
    }
    if (module.body.size() != 1 || module.body[0]->kind != compiler::StmtKind::Expr) return false;
    const compiler::Expr& e = *static_cast<const compiler::ExprStmt&>(*module.body[0]).value;
    if (e.kind == compiler::ExprKind::BinOp) {
        auto& b = static_cast<const compiler::BinOpExpr&>(e);
        for (int i = b.left->loc.end_col; i < b.right->loc.col; ++i) {
            if (is_space(segment[static_cast<std::size_t>(i)])) continue;
            left = i;
            right = i + 1;
            // Two-character operators (//, **, <<, ...).
            if (i + 1 < b.right->loc.col && !is_space(segment[static_cast<std::size_t>(i) + 1])) ++right;
            return true;
        }
        return false;
    }
    if (e.kind == compiler::ExprKind::Subscript) {
        auto& s = static_cast<const compiler::SubscriptExpr&>(e);
        left = s.value->loc.end_col;
        right = s.slice->loc.end_col + 1;
        return true;
    }
    return false;
}

// The line under a traceback's source line that marks the failing
// operation, as CPython 3.11's tb_displayline draws it; "" when the
// operation spans the whole line (or its columns are unknown).
std::string caret_line(const rt::TracebackEntry& entry, const std::string& raw_line) {
    if (entry.col < 0 || entry.end_col < 0 || entry.end_line < entry.line) return {};
    std::string line = raw_line;
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r' || is_space(line.back()))) line.pop_back();
    int indent = 0;
    while (indent < static_cast<int>(line.size()) && is_space(line[static_cast<std::size_t>(indent)])) ++indent;
    int start = entry.col;
    int end = entry.end_col;
    int left = -1, right = -1;
    bool secondary = false;
    if (entry.end_line == entry.line) {
        if (end > static_cast<int>(line.size()) || start > end) return {};
        secondary = caret_anchors(line.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start)), left, right);
        if (secondary) {
            left += start;
            right += start;
        }
    } else {
        // A multi-line operation is marked to the end of its first line.
        end = static_cast<int>(line.size());
    }
    if (end - start == static_cast<int>(line.size()) - indent && !secondary) return {};
    std::string out = "    ";
    for (int offset = indent; offset < end; ++offset) {
        if (offset < start) out += ' ';
        else if (secondary && offset >= left && offset < right) out += '^';
        else out += secondary ? '~' : '^';
    }
    return out + "\n";
}

std::string strip(const std::string& s) {
    std::size_t b = s.find_first_not_of(" \t\f\r\n");
    if (b == std::string::npos) return {};
    std::size_t e = s.find_last_not_of(" \t\f\r\n");
    return s.substr(b, e - b + 1);
}

// How a traceback names an exception's class: module-qualified unless the
// module is builtins or __main__ ("subprocess.CalledProcessError").
std::string qualified_type_name(rt::TypeObject* type) {
    std::string name = type->qualname.empty() ? type->name : type->qualname;
    if (type->is_builtin) return name;
    Value module = type->dict->get_str(rt::intern("__module__"));
    if (!rt::is_str(module) || rt::str_view(module) == "__main__" || rt::str_view(module) == "builtins") return name;
    return std::string(rt::str_view(module)) + "." + name;
}

// The `Type: message` line; a failing str() gives CPython's placeholder.
std::string exception_line(Value exc) {
    std::string name = qualified_type_name(rt::type_of(exc));
    auto text = rt::str_string(exc);
    if (text.is_error()) {
        rt::clear_exception();
        return name + ": <exception str() failed>";
    }
    if (text.value().empty()) return name;
    return name + ": " + text.value();
}

void print_one(Value exc, std::string& out, std::set<rt::Object*>& seen) {
    seen.insert(exc.as_object());
    auto* e = exc.as<rt::ExceptionObject>();
    if (rt::is_exception(e->cause) && !seen.count(e->cause.as_object())) {
        print_one(e->cause, out, seen);
        out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (!e->suppress_context && rt::is_exception(e->context) && !seen.count(e->context.as_object())) {
        print_one(e->context, out, seen);
        out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    if (!e->traceback.empty()) {
        out += "Traceback (most recent call last):\n";
        // CPython collapses a run of entries with the same file, line and
        // function after three of them (TB_RECURSIVE_CUTOFF).
        const rt::TracebackEntry* last = nullptr;
        int repeats = 0;
        auto flush_repeats = [&] {
            if (repeats > 3)
                out += "  [Previous line repeated " + std::to_string(repeats - 3) + " more time" +
                       (repeats - 3 == 1 ? "" : "s") + "]\n";
        };
        for (auto it = e->traceback.rbegin(); it != e->traceback.rend(); ++it) {
            bool same = last && last->filename == it->filename && last->line == it->line && last->function == it->function;
            if (!same) {
                flush_repeats();
                repeats = 0;
                last = &*it;
            }
            if (++repeats > 3) continue;
            out += "  File \"" + std::string(it->filename->view()) + "\", line " + std::to_string(it->line) + ", in " +
                   std::string(it->function->view()) + "\n";
            const auto& lines = source_lines(it->filename->view());
            if (it->line >= 1 && static_cast<std::size_t>(it->line) <= lines.size()) {
                const std::string& raw = lines[static_cast<std::size_t>(it->line) - 1];
                std::string src = strip(raw);
                if (!src.empty()) out += "    " + src + "\n" + caret_line(*it, raw);
            }
        }
        flush_repeats();
    }
    compiler::SyntaxErrorInfo info;
    if (syntax_error_info(exc, info)) {
        out += format_syntax_error(info);
        return;
    }
    out += exception_line(exc) + "\n";
}

void flush_before_report() {
    if (!stdlib::flush_std_streams()) rt::clear_exception();
}

}  // namespace

std::string Interpreter::format_exception(Value exc) {
    std::string out;
    std::set<rt::Object*> seen;
    print_one(exc, out, seen);
    return out;
}

void Interpreter::print_exception(Value exc) {
    flush_before_report();
    stdlib::write_stderr(format_exception(exc));
}

void Interpreter::print_unraisable(Value exc, std::string_view context, Value obj) {
    std::string header;
    if (!obj.is_null()) {
        auto name = rt::repr_string(obj);
        if (name.is_error()) rt::clear_exception();
        header = "Exception ignored " + std::string(context) + ": " +
                 (name.is_error() ? std::string("<object repr() failed>") : name.value()) + "\n";
    }
    std::string text = format_exception(exc);
    // CPython's unraisable hook ends with "Type: message" even when the
    // message is empty ("KeyboardInterrupt: ").
    std::size_t last_line = text.rfind('\n', text.size() - 2);
    text.resize(last_line == std::string::npos ? 0 : last_line + 1);
    auto message = rt::str_string(exc);
    text += qualified_type_name(rt::type_of(exc)) + ": " + (message.is_error() ? "<exception str() failed>" : message.value()) + "\n";
    if (message.is_error()) rt::clear_exception();
    flush_before_report();
    stdlib::write_stderr(header + text);
}

int Interpreter::handle_uncaught(Value exc) {
    rt::TypeObject* type = rt::type_of(exc);
    if (type->is_subtype_of(rt::g_exc.SystemExit)) {
        auto code = rt::getattr(exc, rt::intern("code"));
        if (code.is_error()) {
            rt::clear_exception();
            return 1;
        }
        Value c = code.value();
        if (c.is_none()) return 0;
        std::int64_t status = 0;
        if (rt::is_int(c) && rt::int_to_int64(c, status)) return static_cast<int>(status & 0xFF);
        auto text = rt::str_string(c);
        flush_before_report();
        if (!text.is_error()) stdlib::write_stderr(text.value() + "\n");
        else rt::clear_exception();
        return 1;
    }
    print_exception(exc);
    // finalize() then dies by SIGINT, so a shell reports 130.
    return type->is_subtype_of(rt::g_exc.KeyboardInterrupt) ? 130 : 1;
}

}  // namespace minipy::vm
