// stdlib/textio.h: TextIOWrapper, the text-file type behind sys.stdin,
// sys.stdout, sys.stderr and open() in text mode: text over a file descriptor,
// with its own read and write buffers (no C stdio underneath, so nothing is
// buffered twice and a flush means the bytes reached the fd).
//
// Buffering follows CPython 3.11's stdio: a stream is line-buffered
// (flushed whenever a write contains '\n': stdout on a terminal, stderr
// always), block-buffered (flushed when kBlockSize bytes are pending:
// stdout on a pipe or file), or write-through (every write reaches the fd
// at once: both under PYTHONUNBUFFERED). Writes retry on EINTR and raise
// BrokenPipeError/OSError through rt::raise_os_error. Files from open() are
// block-buffered (line-buffered with buffering=1 or on a terminal).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "runtime/object.h"
#include "stdlib/file_object.h"

namespace minipy::stdlib {

enum class Buffering { Line, Block, WriteThrough };

// The newline= argument of open(). Reading: Universal (None) translates
// "\r\n" and "\r" to "\n"; Untranslated ('') ends lines at any of the three
// but keeps them; Lf, Cr and CrLf end lines only there. Writing: Cr and
// CrLf turn each "\n" into their terminator; the others write "\n".
enum class Newline { Universal, Untranslated, Lf, Cr, CrLf };

struct TextIOObject : rt::Object, FileCore {
    Buffering buffering;
    std::string encoding = "utf-8";  // f.encoding, as spelt by the caller
    std::string errors = "strict";
    bool single_byte = false;        // ascii or latin-1: one byte per character
    Newline newline = Newline::Lf;   // the standard streams: no translation
    bool skip_lf = false;            // Universal: the last byte read was "\r"

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
