// cli/main.cpp: the `minipy` command. Parses the command line with
// Boost.Program_options with CPython's meanings (-c, -i, -u, -q, -V, -h,
// `-`), then runs a script, `-c` code or a program piped to stdin, prints
// its bytecode with --dis, or starts the REPL (cli/repl.h) when stdin is a
// terminal. Everything after the script name (or the -c code) belongs to
// the script's sys.argv, as with CPython.
#include <boost/program_options.hpp>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "cli/repl.h"
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
constexpr const char* kUsage = "usage: minipy [option] ... [-c cmd | file | -] [arg] ...\n";

struct Options {
    bool dis = false;
    bool inspect = false;  // -i
    bool quiet = false;    // -q
};

// Index of the first argument that is not an option of minipy's own: the
// script (or the end). -c takes the rest of its cluster ("-ic'code'") or
// else the next argument as its code.
int split_point(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--") return i + 1;
        if (a.empty() || a[0] != '-' || a == "-") return i;
        if (a[1] == '-') continue;  // a long option
        std::size_t c = a.find('c');
        if (c == std::string::npos) continue;
        if (c + 1 < a.size()) return i + 1;
        return i + 2 <= argc ? i + 2 : argc;
    }
    return argc;
}

int usage_error(const std::string& message) {
    std::cerr << "minipy: " << message << "\n" << kUsage << "Try `minipy -h' for more information.\n";
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

// A fresh __main__ module, registered in sys.modules.
rt::DictObject* make_main_module(const std::string* filename) {
    rt::Value main = rt::make_module("__main__");
    auto* globals = main.as<rt::ModuleObject>()->dict;
    globals->set_str(rt::intern("__builtins__"), rt::Value::object(stdlib::builtin_module("builtins")));
    if (filename) globals->set_str(rt::intern("__file__"), rt::make_str(*filename));
    globals->set_str(rt::intern("__doc__"), rt::Value::none());
    // sys.modules keeps the module (and so its namespace) alive.
    stdlib::sys_modules()->set_str(rt::intern("__main__"), main);
    return globals;
}

// Runs [source] as the __main__ module; with -i, the REPL follows in its
// namespace whatever happened, an uncaught exception (even SystemExit)
// being printed first, as CPython does.
int run(const std::string& source, const std::string& filename, const Options& options) {
    vm::Interpreter& interp = vm::interpreter();
    vm::CodeObject* code = nullptr;
    try {
        code = compiler::compile(source, filename, compiler::CompileMode::File);
    } catch (const compiler::SyntaxErrorException& e) {
        if (!stdlib::flush_std_streams()) rt::clear_exception();
        std::cerr << vm::format_syntax_error(e.info);
        if (!options.inspect) return 1;
    }
    rt::Root code_root(code ? rt::Value::object(code) : rt::Value::null());
    if (options.dis && code) {
        std::cout << compiler::disassemble(code);
        return 0;
    }
    rt::DictObject* globals = make_main_module(&filename);
    cli::SessionEnd end;
    if (code && interp.exec_module(code, globals).is_error()) {
        rt::Root exc(rt::take_exception());
        if (options.inspect) {
            interp.print_exception(exc.get());
        } else {
            end.interrupted = rt::type_of(exc.get())->is_subtype_of(rt::g_exc.KeyboardInterrupt);
            end.status = interp.handle_uncaught(exc.get());
        }
    }
    if (options.inspect) end = cli::run_repl(globals, false);
    return interp.finalize(end.status, end.interrupted);
}

int run_repl_only(const Options& options) {
    vm::Interpreter& interp = vm::interpreter();
    cli::SessionEnd end = cli::run_repl(make_main_module(nullptr), !options.quiet);
    return interp.finalize(end.status, end.interrupted);
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
        ("inspect,i", "inspect interactively after running the script or command")
        ("unbuffered,u", "unbuffered stdout and stderr")
        ("quiet,q", "don't print the version banner on interactive start-up")
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
        std::cout << kUsage << visible;
        return 0;
    }
    if (vm_options.count("version")) {
        std::cout << kVersion << "\n";
        return 0;
    }
    Options options;
    options.dis = vm_options.count("dis") > 0;
    options.inspect = vm_options.count("inspect") > 0;
    options.quiet = vm_options.count("quiet") > 0;
    sig::g_trace_breaker = vm_options.count("trace-breaker") > 0;
    std::vector<std::string> rest(argv + split, argv + argc);
    vm::interpreter();
    if (vm_options.count("unbuffered")) stdlib::set_unbuffered_std_streams();
    // CPython imports signal at start-up: default_int_handler for SIGINT.
    stdlib::init_signal_handling();
    if (vm_options.count("command")) {
        std::vector<std::string> sys_argv{"-c"};
        sys_argv.insert(sys_argv.end(), rest.begin(), rest.end());
        stdlib::set_sys_argv(sys_argv);
        stdlib::set_sys_path0("");
        return run(vm_options["command"].as<std::string>(), "<string>", options);
    }
    // The first positional argument is the script; a leading "--" is skipped.
    if (split > 1 && std::string(argv[split - 1]) == "--" && rest.empty()) return usage_error("missing script");
    // No script (or "-"): the REPL on a terminal, else the program is stdin.
    if (rest.empty() || rest.front() == "-") {
        stdlib::set_sys_argv(rest.empty() ? std::vector<std::string>{""} : rest);
        stdlib::set_sys_path0("");
        if (isatty(STDIN_FILENO) || (options.inspect && rest.empty())) return run_repl_only(options);
        std::ostringstream text;
        text << std::cin.rdbuf();
        return run(text.str(), "<stdin>", options);
    }
    std::string script = rest.front();
    std::string source;
    if (!read_file(script, source)) {
        std::string abs = std::filesystem::absolute(script).string();
        std::cerr << argv[0] << ": can't open file '" << abs << "': [Errno 2] No such file or directory\n";
        return 2;
    }
    stdlib::set_sys_argv(rest);
    std::string dir = std::filesystem::path(script).parent_path().string();
    stdlib::set_sys_path0(std::filesystem::absolute(dir.empty() ? "." : dir).lexically_normal().string());
    // CPython 3.11 names the main script by its absolute path (in
    // tracebacks and __file__); sys.argv[0] stays as typed.
    return run(source, std::filesystem::absolute(script).lexically_normal().string(), options);
}
