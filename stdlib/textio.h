// stdlib/textio.h: TextIOWrapper, the small text-file type behind
// sys.stdin, sys.stdout and sys.stderr: UTF-8 text over a file descriptor,
// with its own read and write buffers (no C stdio underneath, so nothing is
// buffered twice and a flush means the bytes reached the fd).
//
// Buffering follows CPython 3.11's stdio: a stream is line-buffered
// (flushed whenever a write contains '\n': stdout on a terminal, stderr
// always), block-buffered (flushed when kBlockSize bytes are pending:
// stdout on a pipe or file), or write-through (every write reaches the fd
// at once: both under PYTHONUNBUFFERED). Writes retry on EINTR and raise
// BrokenPipeError/OSError through rt::raise_os_error.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace minipy::stdlib {

enum class Buffering { Line, Block, WriteThrough };

struct TextIOObject : rt::Object {
    static constexpr std::size_t kBlockSize = 8192;

    int fd;
    std::string name;  // "<stdout>", shown by repr
    bool readable;
    bool writable;
    Buffering buffering;
    std::string pending;     // written by Python, not yet handed to write(2)
    std::string input;       // read from the fd, not yet returned to Python
    std::size_t input_pos = 0;
    bool at_eof = false;

    TextIOObject(int fd, std::string name, bool readable, bool writable, Buffering buffering);
};

// The TextIOWrapper type; created on first use, lives for the process.
rt::TypeObject* textio_type();
rt::Value make_textio(int fd, std::string name, bool readable, bool writable, Buffering buffering);
inline bool is_textio(rt::Value v) { return v.is_object() && v.as_object()->type == textio_type(); }

rt::Result<void> textio_write(TextIOObject* file, std::string_view text);
rt::Result<void> textio_flush(TextIOObject* file);
// One line including its '\n' ("" at end of file), as file.readline().
rt::Result<rt::Value> textio_readline(TextIOObject* file);

// Writes [text] to any file-like object: straight into the buffer of a
// TextIOWrapper, else through its write() method (print(file=...) with a
// user object, or a replaced sys.stdout).
rt::Result<void> write_to_file(rt::Value file, std::string_view text);
// Calls flush() on any file-like object (the fast path for TextIOWrapper).
rt::Result<void> flush_file(rt::Value file);

}  // namespace minipy::stdlib
