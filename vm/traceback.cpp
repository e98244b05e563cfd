// vm/traceback.cpp: printing an exception the way CPython 3.11 does:
// chained causes and contexts first, then "Traceback (most recent call
// last):", one File/line/source entry per frame, and `Type: message`.
#include <csignal>
#include <fstream>
#include <map>
#include <set>
#include <unistd.h>

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

std::string strip(const std::string& s) {
    std::size_t b = s.find_first_not_of(" \t\f\r\n");
    if (b == std::string::npos) return {};
    std::size_t e = s.find_last_not_of(" \t\f\r\n");
    return s.substr(b, e - b + 1);
}

// The `Type: message` line; a failing str() gives CPython's placeholder.
std::string exception_line(Value exc) {
    rt::TypeObject* type = rt::type_of(exc);
    std::string name = type->name;
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
        // CPython collapses runs of identical entries after three of them.
        std::string last;
        int repeats = 0;
        auto flush_repeats = [&] {
            if (repeats > 3)
                out += "  [Previous line repeated " + std::to_string(repeats - 3) + " more time" +
                       (repeats - 3 == 1 ? "" : "s") + "]\n";
        };
        for (auto it = e->traceback.rbegin(); it != e->traceback.rend(); ++it) {
            std::string entry = "  File \"" + std::string(it->filename->view()) + "\", line " +
                                std::to_string(it->line) + ", in " + std::string(it->function->view()) + "\n";
            const auto& lines = source_lines(it->filename->view());
            if (it->line >= 1 && static_cast<std::size_t>(it->line) <= lines.size()) {
                std::string src = strip(lines[static_cast<std::size_t>(it->line) - 1]);
                if (!src.empty()) entry += "    " + src + "\n";
            }
            if (entry == last) {
                if (++repeats > 3) continue;
            } else {
                flush_repeats();
                repeats = 1;
                last = entry;
            }
            out += entry;
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

void Interpreter::print_exception(Value exc) {
    flush_before_report();
    std::string out;
    std::set<rt::Object*> seen;
    print_one(exc, out, seen);
    stdlib::write_stderr(out);
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
    if (type->is_subtype_of(rt::g_exc.KeyboardInterrupt)) {
        // CPython: die by SIGINT so the parent sees the interrupt (status 130).
        flush_before_report();
        std::signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
        return 130;
    }
    return 1;
}

}  // namespace minipy::vm
