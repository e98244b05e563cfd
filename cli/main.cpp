// cli/main.cpp: the `minipy` command. Parses the command line with
// Boost.Program_options, then compiles and runs a script (or `-c` code), or
// prints its bytecode with --dis. Everything after the script name (or the
// -c code) belongs to the script's sys.argv, as with CPython.
#include <boost/program_options.hpp>

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "compiler/codegen.h"
#include "compiler/disassembler.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "signal/trace.h"
#include "stdlib/modules.h"
#include "stdlib/sys_module.h"
#include "vm/interpreter.h"
#include "vm/syntax_error.h"

namespace po = boost::program_options;
using namespace minipy;

namespace {

constexpr const char* kVersion = "minipy 0.1.0 (a Python 3.11 subset)";

struct Options {
    std::string command;      // -c
    std::string script;       // FILE
    bool dis = false;
    std::vector<std::string> script_args;
};

// Index of the first argument that is not an option of minipy's own: the
// script (or the end). -c consumes the next argument as its code.
int split_point(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "-c") return i + 2 <= argc ? i + 2 : argc;
        if (a.size() > 2 && a.rfind("-c", 0) == 0 && a[1] == 'c') return i + 1;
        if (a == "--") return i + 1;
        if (a.empty() || a[0] != '-' || a == "-") return i;
    }
    return argc;
}

int usage_error(const std::string& message) {
    std::cerr << "minipy: " << message << "\nusage: minipy [--dis] [-c cmd | file] [arg] ...\n"
              << "Try `minipy -h' for more information.\n";
    return 2;
}

bool read_file(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream s;
    s << in.rdbuf();
    out = s.str();
    return true;
}

int run(const std::string& source, const std::string& filename, bool dis) {
    vm::Interpreter& interp = vm::interpreter();
    // CPython imports signal at start-up: default_int_handler for SIGINT.
    stdlib::init_signal_handling();
    vm::CodeObject* code = nullptr;
    try {
        code = compiler::compile(source, filename, compiler::CompileMode::File);
    } catch (const compiler::SyntaxErrorException& e) {
        if (!stdlib::flush_std_streams()) rt::clear_exception();
        std::cerr << vm::format_syntax_error(e.info);
        return 1;
    }
    rt::Root code_root(rt::Value::object(code));
    if (dis) {
        std::cout << compiler::disassemble(code);
        return 0;
    }
    rt::Value main = rt::make_module("__main__");
    rt::Root main_root(main);
    auto* globals = main.as<rt::ModuleObject>()->dict;
    globals->set_str(rt::intern("__builtins__"), rt::Value::object(stdlib::builtin_module("builtins")));
    globals->set_str(rt::intern("__file__"), rt::make_str(filename));
    globals->set_str(rt::intern("__doc__"), rt::Value::none());
    stdlib::sys_modules()->set_str(rt::intern("__main__"), main);
    auto result = interp.exec_module(code, globals);
    int status = 0;
    bool interrupted = false;
    if (result.is_error()) {
        rt::Root exc(rt::take_exception());
        interrupted = rt::type_of(exc.get())->is_subtype_of(rt::g_exc.KeyboardInterrupt);
        status = interp.handle_uncaught(exc.get());
    }
    return interp.finalize(status, interrupted);
}

}  // namespace

int main(int argc, char** argv) {
    // CPython ignores SIGPIPE and SIGXFSZ, so writes fail with an error
    // (BrokenPipeError) instead of killing the process.
    std::signal(SIGPIPE, SIG_IGN);
    std::signal(SIGXFSZ, SIG_IGN);
    int split = split_point(argc, argv);
    po::options_description visible("Options");
    visible.add_options()
        ("help,h", "print this help message and exit")
        ("version,V", "print the version and exit")
        ("command,c", po::value<std::string>(), "program passed in as string")
        ("dis", "print the bytecode of the script instead of running it")
        ("trace-breaker", "log each eval-breaker trip to stderr: its bits, where, signal latency");
    po::variables_map vm_options;
    try {
        po::store(po::command_line_parser(split, argv).options(visible).run(), vm_options);
        po::notify(vm_options);
    } catch (const po::error& e) {
        return usage_error(e.what());
    }
    if (vm_options.count("help")) {
        std::cout << "usage: minipy [option] ... [-c cmd | file] [arg] ...\n" << visible;
        return 0;
    }
    if (vm_options.count("version")) {
        std::cout << kVersion << "\n";
        return 0;
    }
    std::vector<std::string> rest(argv + split, argv + argc);
    bool dis = vm_options.count("dis") > 0;
    sig::g_trace_breaker = vm_options.count("trace-breaker") > 0;
    if (vm_options.count("command")) {
        std::vector<std::string> sys_argv{"-c"};
        sys_argv.insert(sys_argv.end(), rest.begin(), rest.end());
        vm::interpreter();
        stdlib::set_sys_argv(sys_argv);
        stdlib::set_sys_path0("");
        return run(vm_options["command"].as<std::string>(), "<string>", dis);
    }
    // The first positional argument is the script; a leading "--" is skipped.
    if (split > 1 && std::string(argv[split - 1]) == "--" && rest.empty()) return usage_error("missing script");
    // No script (or "-"): the program comes from stdin, as with CPython,
    // unless stdin is a terminal, which would mean the REPL.
    if (rest.empty() || rest.front() == "-") {
        if (isatty(STDIN_FILENO)) {
            std::cerr << "minipy: the interactive REPL is not implemented yet (issue 6)\n";
            return 2;
        }
        std::ostringstream text;
        text << std::cin.rdbuf();
        std::vector<std::string> sys_argv = rest.empty() ? std::vector<std::string>{""} : rest;
        vm::interpreter();
        stdlib::set_sys_argv(sys_argv);
        stdlib::set_sys_path0("");
        return run(text.str(), "<stdin>", dis);
    }
    std::string script = rest.front();
    std::string source;
    if (!read_file(script, source)) {
        std::string abs = std::filesystem::absolute(script).string();
        std::cerr << argv[0] << ": can't open file '" << abs << "': [Errno 2] No such file or directory\n";
        return 2;
    }
    vm::interpreter();
    stdlib::set_sys_argv(rest);
    std::string dir = std::filesystem::path(script).parent_path().string();
    stdlib::set_sys_path0(std::filesystem::absolute(dir.empty() ? "." : dir).lexically_normal().string());
    // CPython 3.11 names the main script by its absolute path (in
    // tracebacks and __file__); sys.argv[0] stays as typed.
    return run(source, std::filesystem::absolute(script).lexically_normal().string(), dis);
}
