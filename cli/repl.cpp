// cli/repl.cpp: the read-compile-run loop. Lines accumulate until they
// form a complete statement: the compiler's interactive mode says when
// more input could still fix an error (an open bracket, a compound
// statement not yet ended by a blank line). Expression statements echo
// through PRINT_EXPR (repr, and `_`); an exception prints its traceback and
// the session goes on, every earlier definition intact.
#include "cli/repl.h"

#include <string>
#include <unistd.h>

#include "cli/line_reader.h"
#include "compiler/codegen.h"
#include "compiler/tokenizer.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "stdlib/modules.h"
#include "stdlib/sys_module.h"
#include "vm/interpreter.h"
#include "vm/syntax_error.h"

namespace minipy::cli {

namespace {

constexpr const char* kBanner =
    "minipy 0.1.0 (a Python 3.11 subset) on linux\n"
    "Type exit() or Ctrl-D to leave; Ctrl-C interrupts what runs.\n";

// sys.ps1 / sys.ps2 (set here if the program has not), as str() shows them.
std::string prompt(const char* name, const char* fallback) {
    rt::ModuleObject* sys = stdlib::builtin_module("sys");
    rt::Value value = sys->dict->get_str(rt::intern(name));
    if (value.is_null()) {
        value = rt::make_str(fallback);
        sys->dict->set_str(rt::intern(name), value);
    }
    auto text = rt::str_string(value);
    if (text.is_error()) {
        rt::clear_exception();
        return fallback;
    }
    return text.value();
}

bool is_keyboard_interrupt(rt::Value exc) { return rt::type_of(exc)->is_subtype_of(rt::g_exc.KeyboardInterrupt); }

}  // namespace

SessionEnd run_repl(rt::DictObject* globals, bool show_banner) {
    vm::Interpreter& interp = vm::interpreter();
    if (show_banner) stdlib::write_stderr(kBanner);
    LineReader reader(::isatty(STDIN_FILENO) == 1, globals);
    std::string source;
    for (;;) {
        std::string line;
        ReadStatus status = reader.read(source.empty() ? prompt("ps1", ">>> ") : prompt("ps2", "... "), line);
        if (status == ReadStatus::Eof) {
            // End the prompt's line (CPython does this with a pipe too).
            stdlib::write_stderr("\n");
            return {};
        }
        if (status == ReadStatus::Interrupted) {
            rt::Root exc(rt::take_exception());
            source.clear();
            if (is_keyboard_interrupt(exc.get())) stdlib::write_stderr("\nKeyboardInterrupt\n");
            else interp.print_exception(exc.get());
            continue;
        }
        source += line + "\n";
        vm::CodeObject* code = nullptr;
        try {
            code = compiler::compile(source, "<stdin>", compiler::CompileMode::Interactive);
        } catch (const compiler::SyntaxErrorException& e) {
            if (e.info.incomplete) continue;
            source.clear();
            if (!stdlib::flush_std_streams()) rt::clear_exception();
            stdlib::write_stderr(vm::format_syntax_error(e.info));
            continue;
        }
        source.clear();
        rt::Root code_root(rt::Value::object(code));
        if (interp.exec_module(code, globals).is_error()) {
            rt::Root exc(rt::take_exception());
            if (rt::type_of(exc.get())->is_subtype_of(rt::g_exc.SystemExit))
                return {interp.handle_uncaught(exc.get()), false};
            interp.print_exception(exc.get());
        }
    }
}

}  // namespace minipy::cli
