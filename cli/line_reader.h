// cli/line_reader.h: how the REPL reads one line. On a terminal, GNU
// readline (editing, history in ~/.minipy_history, Tab completion) driven
// through its callback interface from a ppoll() on stdin, so that a signal
// at the prompt runs its Python handler at once instead of after the next
// Enter. Otherwise plain lines from sys.stdin, the prompt on stderr, as
// CPython does with `-i` and a pipe.
#pragma once

#include <string>

#include "runtime/dict_object.h"

namespace minipy::cli {

enum class ReadStatus {
    Line,         // a line, without its newline
    Eof,          // Ctrl-D on an empty line, or the end of piped input
    Interrupted,  // a signal handler raised (Ctrl-C: KeyboardInterrupt); the exception is pending
};

class LineReader {
public:
    // [globals]: the namespace whose names Tab completes (with builtins).
    LineReader(bool terminal, rt::DictObject* globals);
    // Saves the history.
    ~LineReader();
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    ReadStatus read(const std::string& prompt, std::string& line);

private:
    ReadStatus read_terminal(const std::string& prompt, std::string& line);
    ReadStatus read_pipe(const std::string& prompt, std::string& line);

    bool m_terminal;
    std::string m_history_path;
};

}  // namespace minipy::cli
