// cli/line_reader.cpp: the REPL's line input (see line_reader.h).
//
// Why the callback interface: readline's blocking readline() restarts its
// read() after a signal, so a Ctrl-C would only be seen after Enter. Here
// minipy owns the wait: signals are blocked while the breaker is checked
// and ppoll() unblocks them atomically as it starts waiting, so a signal
// that lands between the check and the wait still ends the wait (EINTR)
// and its Python handler runs before the next key.
#include "cli/line_reader.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <poll.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "cli/completer.h"
#include "runtime/exceptions.h"
#include "runtime/gil.h"
#include "runtime/heap.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "signal/eval_breaker.h"
#include "signal/pending.h"
#include "stdlib/sys_module.h"

namespace minipy::cli {

namespace {

constexpr int kHistoryLength = 1000;

// What readline's line handler received: a line, or nothing for EOF.
bool g_line_done = false;
std::optional<std::string> g_line;

void on_line(char* text) {
    g_line_done = true;
    if (text) {
        g_line = text;
        std::free(text);
    } else {
        g_line.reset();
    }
    // The terminal goes back to its normal mode for the code the line runs
    // (input() in cooked mode, Ctrl-C as SIGINT).
    rl_callback_handler_remove();
}

std::string history_path() {
    if (const char* path = std::getenv("MINIPY_HISTORY"); path && *path) return path;
    const char* home = std::getenv("HOME");
    return std::string(home ? home : ".") + "/.minipy_history";
}

// Abandons the line being typed after a signal handler raised.
void discard_line() {
    rl_free_line_state();
    rl_callback_sigcleanup();
    rl_cleanup_after_signal();
    rl_callback_handler_remove();
}

}  // namespace

LineReader::LineReader(bool terminal, rt::DictObject* globals) : m_terminal(terminal) {
    if (!m_terminal) return;
    rl_readline_name = "minipy";
    // SIGINT is minipy's (a Python handler may be installed); readline must
    // not install handlers of its own around our ppoll().
    rl_catch_signals = 0;
    rl_outstream = stdout;
    install_completer(globals);
    m_history_path = history_path();
    using_history();
    stifle_history(kHistoryLength);
    read_history(m_history_path.c_str());
}

LineReader::~LineReader() {
    if (m_terminal) write_history(m_history_path.c_str());
}

ReadStatus LineReader::read(const std::string& prompt, std::string& line) {
    // Output of the last statement shows before the prompt, as in CPython.
    if (!stdlib::flush_std_streams()) rt::clear_exception();
    return m_terminal ? read_terminal(prompt, line) : read_pipe(prompt, line);
}

ReadStatus LineReader::read_terminal(const std::string& prompt, std::string& line) {
    g_line_done = false;
    rl_callback_handler_install(prompt.c_str(), on_line);
    sigset_t all, previous;
    sigfillset(&all);
    while (!g_line_done) {
        pthread_sigmask(SIG_BLOCK, &all, &previous);
        if (sig::g_main_breaker.load() & sig::kSignalsPending) {
            pthread_sigmask(SIG_SETMASK, &previous, nullptr);
            if (sig::service_pending_signals().is_error()) {
                discard_line();
                return ReadStatus::Interrupted;
            }
            // A handler that returned may have printed over the line being
            // typed: draw the prompt and the line again.
            rl_forced_update_display();
            continue;
        }
        pollfd input{STDIN_FILENO, POLLIN, 0};
        int ready;
        {
            // Threads the session started run while we wait for a key.
            rt::GilRelease release;
            ready = ::ppoll(&input, 1, nullptr, &previous);
        }
        pthread_sigmask(SIG_SETMASK, &previous, nullptr);
        // EINTR: the loop's check runs the handler. Anything else that
        // woke us (data, hang-up) is for readline to read.
        if (ready > 0) rl_callback_read_char();
    }
    if (!g_line) return ReadStatus::Eof;
    line = *g_line;
    if (!line.empty()) add_history(line.c_str());
    return ReadStatus::Line;
}

ReadStatus LineReader::read_pipe(const std::string& prompt, std::string& line) {
    stdlib::write_stderr(prompt);
    rt::Root stdin_file(stdlib::sys_stdin());
    auto read = rt::call_method0(stdin_file.get(), "readline");
    if (read.is_error()) return ReadStatus::Interrupted;
    if (!rt::is_str(read.value())) return ReadStatus::Eof;
    line = rt::str_view(read.value());
    if (line.empty()) return ReadStatus::Eof;
    if (line.back() == '\n') line.pop_back();
    return ReadStatus::Line;
}

}  // namespace minipy::cli
