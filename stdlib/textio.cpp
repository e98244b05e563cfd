// stdlib/textio.cpp: TextIOWrapper (see textio.h): the buffers, the
// read(2)/write(2) loops with their EINTR and EPIPE handling, and the
// Python-visible methods write, flush, fileno, isatty, readline and read.
#include "stdlib/textio.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>

#include "runtime/args.h"
#include "runtime/bytes_object.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"

namespace minipy::stdlib {

using rt::CallArgs;
using rt::Result;
using rt::Value;

TextIOObject::TextIOObject(int f, std::string n, bool r, bool w, Buffering b)
    : Object(textio_type()), fd(f), name(std::move(n)), readable(r), writable(w), buffering(b) {}

namespace {

// A system call failed with EINTR: run the pending signal handlers now, as
// PEP 475 asks (a handler that raises, e.g. on Ctrl-C, ends the read or
// write with its exception; otherwise the caller retries).
// FIXME: poll_breaker() only looks at the breaker every 1024th call, so this
// forces the next call to look; replace with a "service the breaker now"
// entry point (or DESIGN.md's blocking-call helper, which also drops the GIL)
// once the VM provides one.
Result<void> service_signals_after_eintr() {
    rt::g_thread->poll_counter |= 1023;
    return rt::poll_breaker();
}

Result<void> write_all(int fd, std::string_view data) {
    while (!data.empty()) {
        ssize_t n = ::write(fd, data.data(), data.size());
        if (n >= 0) {
            data.remove_prefix(static_cast<std::size_t>(n));
        } else if (errno == EINTR) {
            MINIPY_TRY(service_signals_after_eintr());
        } else {
            // EPIPE becomes BrokenPipeError: SIGPIPE is ignored at start-up.
            return rt::raise_os_error(errno);
        }
    }
    return {};
}

// Appends more bytes from the fd to [file]'s input buffer; false at end of
// file. Not sticky: a terminal can deliver more after a Ctrl-D.
Result<bool> fill_input(TextIOObject* file) {
    if (file->input_pos == file->input.size()) {
        file->input.clear();
        file->input_pos = 0;
    }
    char buf[TextIOObject::kBlockSize];
    for (;;) {
        ssize_t n = ::read(file->fd, buf, sizeof buf);
        if (n > 0) {
            file->input.append(buf, static_cast<std::size_t>(n));
            return true;
        }
        if (n == 0) return false;
        if (errno != EINTR) return rt::raise_os_error(errno);
        MINIPY_TRY(service_signals_after_eintr());
    }
}

// Bytes in a UTF-8 sequence, judged by its first byte (1 for a stray
// byte, which the decoder then rejects).
std::size_t sequence_length(unsigned char lead) {
    if (lead < 0xC0) return 1;
    if (lead < 0xE0) return 2;
    if (lead < 0xF0) return 3;
    if (lead < 0xF8) return 4;
    return 1;
}

// Bytes taken by the first [chars] code points of [s]; [complete] says
// whether [s] held that many whole code points.
std::size_t bytes_for_chars(std::string_view s, std::int64_t chars, bool& complete) {
    std::size_t i = 0;
    for (std::int64_t c = 0; c < chars; ++c) {
        std::size_t len = i < s.size() ? sequence_length(static_cast<unsigned char>(s[i])) : 1;
        if (i + len > s.size()) {
            complete = false;
            return i;
        }
        i += len;
    }
    complete = true;
    return i;
}

std::string_view unread_input(const TextIOObject* file) {
    return std::string_view(file->input).substr(file->input_pos);
}

// Removes the first [n] unread bytes of the input buffer and decodes them
// (strict UTF-8, as CPython's stdin: bad bytes raise UnicodeDecodeError).
Result<Value> take_input(TextIOObject* file, std::size_t n) {
    std::string bytes(unread_input(file).substr(0, n));
    file->input_pos += n;
    if (file->input_pos == file->input.size()) {
        file->input.clear();
        file->input_pos = 0;
    }
    return rt::decode_bytes(bytes, "utf-8", "strict");
}

// readline(limit): up to and including the next '\n' (reading more as
// needed), everything left at end of file, and at most [limit] code points
// when [limit] is not negative.
Result<Value> read_line(TextIOObject* file, std::int64_t limit) {
    // Unread bytes already searched for '\n', so each chunk is scanned once.
    std::size_t scanned = 0;
    std::size_t n = 0;
    for (;;) {
        std::size_t nl = unread_input(file).find('\n', scanned);
        if (nl != std::string_view::npos) {
            n = nl + 1;
            break;
        }
        scanned = unread_input(file).size();
        if (!MINIPY_TRY(fill_input(file))) {
            n = unread_input(file).size();
            break;
        }
    }
    if (limit >= 0) {
        bool complete = false;
        n = std::min(n, bytes_for_chars(unread_input(file).substr(0, n), limit, complete));
    }
    return take_input(file, n);
}

// read(size): [size] code points, or everything up to end of file when negative.
Result<Value> read_chars(TextIOObject* file, std::int64_t size) {
    for (;;) {
        bool complete = false;
        std::size_t n = size < 0 ? 0 : bytes_for_chars(unread_input(file), size, complete);
        if (complete) return take_input(file, n);
        if (!MINIPY_TRY(fill_input(file))) return take_input(file, unread_input(file).size());
    }
}

Result<TextIOObject*> self_file(Value self, const char* method) {
    if (!is_textio(self))
        return rt::raise_error(rt::g_exc.TypeError, "descriptor '{}' for 'TextIOWrapper' objects doesn't apply to a '{}' object",
                               {method, rt::type_name(self)});
    return self.as<TextIOObject>();
}

Result<TextIOObject*> readable_file(Value self, const char* method) {
    TextIOObject* file = MINIPY_TRY(self_file(self, method));
    // FIXME: CPython raises io.UnsupportedOperation (an OSError subclass).
    if (!file->readable) return rt::raise_error(rt::g_exc.OSError, "not readable");
    return file;
}

// The optional size argument of read() and readline(): None or an int.
Result<std::int64_t> size_argument(const CallArgs& args, const char* fname) {
    Value size;
    MINIPY_TRY(rt::bind_args(args, fname, {"size"}, 0, &size));
    if (size.is_null() || size.is_none()) return -1;
    return rt::as_index(size, "size");
}

Result<Value> textio_write_method(Value self, const CallArgs& args) {
    TextIOObject* file = MINIPY_TRY(self_file(self, "write"));
    MINIPY_TRY(rt::check_positional(args, "write", 1, 1));
    if (!rt::is_str(args[0]))
        return rt::raise_error(rt::g_exc.TypeError, "write() argument must be str, not {}", {rt::type_name(args[0])});
    MINIPY_TRY(textio_write(file, rt::str_view(args[0])));
    return rt::make_int(args[0].as<rt::StrObject>()->length);
}

Result<Value> textio_flush_method(Value self, const CallArgs& args) {
    TextIOObject* file = MINIPY_TRY(self_file(self, "flush"));
    MINIPY_TRY(rt::check_positional(args, "flush", 0, 0));
    MINIPY_TRY(textio_flush(file));
    return Value::none();
}

Result<Value> textio_fileno_method(Value self, const CallArgs& args) {
    TextIOObject* file = MINIPY_TRY(self_file(self, "fileno"));
    MINIPY_TRY(rt::check_positional(args, "fileno", 0, 0));
    return rt::make_int(file->fd);
}

Result<Value> textio_isatty_method(Value self, const CallArgs& args) {
    TextIOObject* file = MINIPY_TRY(self_file(self, "isatty"));
    MINIPY_TRY(rt::check_positional(args, "isatty", 0, 0));
    return Value::boolean(::isatty(file->fd) == 1);
}

Result<Value> textio_readable_method(Value self, const CallArgs& args) {
    TextIOObject* file = MINIPY_TRY(self_file(self, "readable"));
    MINIPY_TRY(rt::check_positional(args, "readable", 0, 0));
    return Value::boolean(file->readable);
}

Result<Value> textio_writable_method(Value self, const CallArgs& args) {
    TextIOObject* file = MINIPY_TRY(self_file(self, "writable"));
    MINIPY_TRY(rt::check_positional(args, "writable", 0, 0));
    return Value::boolean(file->writable);
}

Result<Value> textio_readline_method(Value self, const CallArgs& args) {
    TextIOObject* file = MINIPY_TRY(readable_file(self, "readline"));
    std::int64_t size = MINIPY_TRY(size_argument(args, "readline"));
    return read_line(file, size);
}

Result<Value> textio_read_method(Value self, const CallArgs& args) {
    TextIOObject* file = MINIPY_TRY(readable_file(self, "read"));
    std::int64_t size = MINIPY_TRY(size_argument(args, "read"));
    return read_chars(file, size);
}

Result<Value> textio_repr(Value self) {
    auto* file = self.as<TextIOObject>();
    std::string mode = file->writable ? "w" : "r";
    return rt::make_str("<_io.TextIOWrapper name='" + file->name + "' mode='" + mode + "' encoding='utf-8'>");
}

}  // namespace

rt::TypeObject* textio_type() {
    static rt::TypeObject* type = [] {
        rt::TypeObject* t = rt::make_builtin_type("TextIOWrapper", nullptr);
        t->slots.repr = textio_repr;
        rt::add_method(t, "write", textio_write_method);
        rt::add_method(t, "flush", textio_flush_method);
        rt::add_method(t, "fileno", textio_fileno_method);
        rt::add_method(t, "isatty", textio_isatty_method);
        rt::add_method(t, "readable", textio_readable_method);
        rt::add_method(t, "writable", textio_writable_method);
        rt::add_method(t, "readline", textio_readline_method);
        rt::add_method(t, "read", textio_read_method);
        return t;
    }();
    return type;
}

Value make_textio(int fd, std::string name, bool readable, bool writable, Buffering buffering) {
    return Value::object(rt::make<TextIOObject>(fd, std::move(name), readable, writable, buffering));
}

Result<void> textio_write(TextIOObject* file, std::string_view text) {
    // FIXME: CPython raises io.UnsupportedOperation (an OSError subclass).
    if (!file->writable) return rt::raise_error(rt::g_exc.OSError, "not writable");
    file->pending.append(text);
    bool due = false;
    switch (file->buffering) {
        case Buffering::Line: due = text.find_first_of("\n\r") != std::string_view::npos; break;
        case Buffering::Block: due = file->pending.size() >= TextIOObject::kBlockSize; break;
        case Buffering::WriteThrough: due = true; break;
    }
    if (due) return textio_flush(file);
    return {};
}

Result<void> textio_flush(TextIOObject* file) {
    // Take the bytes out first: a failed write drops them instead of
    // failing again at every later flush, and a signal handler that prints
    // while we wait on EINTR appends to a fresh buffer.
    std::string data = std::move(file->pending);
    file->pending.clear();
    return write_all(file->fd, data);
}

Result<Value> textio_readline(TextIOObject* file) {
    if (!file->readable) return rt::raise_error(rt::g_exc.OSError, "not readable");
    return read_line(file, -1);
}

Result<void> write_to_file(Value file, std::string_view text) {
    if (is_textio(file)) return textio_write(file.as<TextIOObject>(), text);
    Value write = MINIPY_TRY(rt::getattr(file, rt::intern("write")));
    rt::Root keep(write);
    rt::Root arg(rt::make_str(text));
    MINIPY_TRY(rt::call1(write, arg.get()));
    return {};
}

Result<void> flush_file(Value file) {
    if (is_textio(file)) return textio_flush(file.as<TextIOObject>());
    MINIPY_TRY(rt::call_method0(file, "flush"));
    return {};
}

}  // namespace minipy::stdlib
