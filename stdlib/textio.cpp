// stdlib/textio.cpp: TextIOWrapper (see textio.h): decoding and encoding
// over a FileCore's buffers (stdlib/file_object.cpp does the read(2) and
// write(2) loops), universal newlines, and the Python-visible methods and
// attributes: read, readline, readlines, iteration, write, writelines,
// flush, close, the context manager, closed/name/mode/encoding.
#include "stdlib/textio.h"

#include <unistd.h>

#include <algorithm>
#include <cstdint>

#include "runtime/args.h"
#include "runtime/bytes_object.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"

namespace minipy::stdlib {

using rt::CallArgs;
using rt::Result;
using rt::Value;

TextIOObject::TextIOObject(int f, std::string n, bool r, bool w, Buffering b)
    : Object(textio_type()), FileCore(f, std::move(n), w ? "w" : "r", r, w), buffering(b) {}

namespace {

// Reads the next chunk into [file]'s input buffer. With universal newlines
// "\r\n" and "\r" become "\n" as they arrive: a "\r" that ends a chunk
// becomes "\n" at once and [skip_lf] drops a "\n" that starts the next
// one, which gives the text CPython's IncrementalNewlineDecoder gives.
Result<bool> fill_text(TextIOObject* file) {
    std::size_t kept = file->unread().size();
    if (!MINIPY_TRY(fill_input(file))) return false;
    if (file->newline != Newline::Universal) return true;
    std::string& in = file->input;
    std::size_t out = file->input_pos + kept;
    for (std::size_t i = out; i < in.size(); ++i) {
        char c = in[i];
        if (c == '\n' && file->skip_lf) {
            file->skip_lf = false;
            continue;
        }
        file->skip_lf = c == '\r';
        in[out++] = c == '\r' ? '\n' : c;
    }
    in.resize(out);
    return true;
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

// Bytes taken by the first [chars] characters of [s]; [complete] says
// whether [s] held that many whole characters.
std::size_t bytes_for_chars(const TextIOObject* file, std::string_view s, std::int64_t chars, bool& complete) {
    if (file->single_byte) {
        complete = static_cast<std::uint64_t>(chars) <= s.size();
        return complete ? static_cast<std::size_t>(chars) : s.size();
    }
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

// Removes the first [n] unread bytes of the input buffer and decodes them
// with the file's encoding and error handler (strict UTF-8 for the
// standard streams: bad bytes raise UnicodeDecodeError).
Result<Value> take_input(TextIOObject* file, std::size_t n) {
    std::string bytes(file->unread().substr(0, n));
    file->consume(n);
    return rt::decode_bytes(bytes, file->encoding, file->errors);
}

// Where the first line of [s] ends (just past its terminator), searching
// from [from]; npos when more input is needed to tell. [eof]: no more comes.
std::size_t line_end(const TextIOObject* file, std::string_view s, std::size_t from, bool eof) {
    constexpr auto npos = std::string_view::npos;
    switch (file->newline) {
        case Newline::Universal:
        case Newline::Lf: {
            std::size_t nl = s.find('\n', from);
            return nl == npos ? npos : nl + 1;
        }
        case Newline::Cr: {
            std::size_t cr = s.find('\r', from);
            return cr == npos ? npos : cr + 1;
        }
        case Newline::CrLf: {
            std::size_t crlf = s.find("\r\n", from);
            return crlf == npos ? npos : crlf + 2;
        }
        case Newline::Untranslated: {
            std::size_t at = s.find_first_of("\r\n", from);
            if (at == npos || s[at] == '\n') return at == npos ? npos : at + 1;
            if (at + 1 < s.size()) return s[at + 1] == '\n' ? at + 2 : at + 1;
            return eof ? at + 1 : npos;  // a "\r" at the end: is a "\n" next?
        }
    }
    return npos;
}

// readline(limit): up to and including the next line end (reading more as
// needed), everything left at end of file, and at most [limit] characters
// when [limit] is not negative.
Result<Value> read_line(TextIOObject* file, std::int64_t limit) {
    MINIPY_TRY(flush_pending(file));
    // Unread bytes already searched, so each chunk is scanned once (less
    // one byte: a "\r\n" may straddle two chunks).
    std::size_t scanned = 0;
    std::size_t n = 0;
    bool eof = false;
    for (;;) {
        std::size_t end = line_end(file, file->unread(), scanned, eof);
        if (end != std::string_view::npos) {
            n = end;
            break;
        }
        if (eof) {
            n = file->unread().size();
            break;
        }
        scanned = file->unread().empty() ? 0 : file->unread().size() - 1;
        eof = !MINIPY_TRY(fill_text(file));
    }
    if (limit >= 0) {
        bool complete = false;
        n = std::min(n, bytes_for_chars(file, file->unread().substr(0, n), limit, complete));
    }
    return take_input(file, n);
}

// read(size): [size] characters, or everything up to end of file when negative.
Result<Value> read_chars(TextIOObject* file, std::int64_t size) {
    MINIPY_TRY(flush_pending(file));
    for (;;) {
        bool complete = false;
        std::size_t n = size < 0 ? 0 : bytes_for_chars(file, file->unread(), size, complete);
        if (complete) return take_input(file, n);
        if (!MINIPY_TRY(fill_text(file))) return take_input(file, file->unread().size());
    }
}

Result<TextIOObject*> self_file(Value self, const char* method) {
    if (!is_textio(self))
        return rt::raise_error(rt::g_exc.TypeError, "descriptor '{}' for 'TextIOWrapper' objects doesn't apply to a '{}' object",
                               {method, rt::type_name(self)});
    return self.as<TextIOObject>();
}

// The receiver of a method that needs the file open.
Result<TextIOObject*> open_file(Value self, const char* method) {
    TextIOObject* file = MINIPY_TRY(self_file(self, method));
    if (file->closed) return closed_file_error();
    return file;
}

Result<TextIOObject*> readable_file(Value self, const char* method) {
    TextIOObject* file = MINIPY_TRY(open_file(self, method));
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

Result<Value> textio_writelines_method(Value self, const CallArgs& args) {
    TextIOObject* file = MINIPY_TRY(open_file(self, "writelines"));
    MINIPY_TRY(rt::check_positional(args, "writelines", 1, 1));
    // The iterator may be a generator: it runs Python code, so root it.
    rt::Root it(MINIPY_TRY(rt::iter(args[0])));
    for (;;) {
        Value line = MINIPY_TRY(rt::next(it.get()));
        if (line.is_exhausted()) break;
        if (!rt::is_str(line))
            return rt::raise_error(rt::g_exc.TypeError, "write() argument must be str, not {}", {rt::type_name(line)});
        MINIPY_TRY(textio_write(file, rt::str_view(line)));
    }
    return Value::none();
}

Result<Value> textio_flush_method(Value self, const CallArgs& args) {
    TextIOObject* file = MINIPY_TRY(open_file(self, "flush"));
    MINIPY_TRY(rt::check_positional(args, "flush", 0, 0));
    MINIPY_TRY(textio_flush(file));
    return Value::none();
}

Result<Value> textio_close_method(Value self, const CallArgs& args) {
    TextIOObject* file = MINIPY_TRY(self_file(self, "close"));
    MINIPY_TRY(rt::check_positional(args, "close", 0, 0));
    MINIPY_TRY(close_file(file));
    return Value::none();
}

Result<Value> textio_enter_method(Value self, const CallArgs& args) {
    MINIPY_TRY(open_file(self, "__enter__"));
    MINIPY_TRY(rt::check_positional(args, "__enter__", 0, 0));
    return self;
}

Result<Value> textio_exit_method(Value self, const CallArgs&) {
    TextIOObject* file = MINIPY_TRY(self_file(self, "__exit__"));
    MINIPY_TRY(close_file(file));
    return Value::none();  // never swallows the exception
}

// fileno(), isatty() and readable() say "closed file" without the full stop.
Result<TextIOObject*> open_file_no_stop(Value self, const char* method) {
    TextIOObject* file = MINIPY_TRY(self_file(self, method));
    if (file->closed) return closed_file_error("I/O operation on closed file");
    return file;
}

Result<Value> textio_fileno_method(Value self, const CallArgs& args) {
    TextIOObject* file = MINIPY_TRY(open_file_no_stop(self, "fileno"));
    MINIPY_TRY(rt::check_positional(args, "fileno", 0, 0));
    return rt::make_int(file->fd);
}

Result<Value> textio_isatty_method(Value self, const CallArgs& args) {
    TextIOObject* file = MINIPY_TRY(open_file_no_stop(self, "isatty"));
    MINIPY_TRY(rt::check_positional(args, "isatty", 0, 0));
    return Value::boolean(::isatty(file->fd) == 1);
}

Result<Value> textio_readable_method(Value self, const CallArgs& args) {
    TextIOObject* file = MINIPY_TRY(open_file_no_stop(self, "readable"));
    MINIPY_TRY(rt::check_positional(args, "readable", 0, 0));
    return Value::boolean(file->readable);
}

Result<Value> textio_writable_method(Value self, const CallArgs& args) {
    TextIOObject* file = MINIPY_TRY(open_file_no_stop(self, "writable"));
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

// readlines(hint): every line, or lines until their total length reaches [hint].
Result<Value> textio_readlines_method(Value self, const CallArgs& args) {
    TextIOObject* file = MINIPY_TRY(readable_file(self, "readlines"));
    std::int64_t hint = MINIPY_TRY(size_argument(args, "readlines"));
    Value list = rt::make_list();
    auto* lines = list.as<rt::ListObject>();
    std::int64_t total = 0;
    for (;;) {
        Value line = MINIPY_TRY(read_line(file, -1));
        auto* text = line.as<rt::StrObject>();
        if (text->length == 0) break;
        lines->items.push_back(line);
        total += text->length;
        if (hint > 0 && total >= hint) break;
    }
    return list;
}

Result<Value> textio_iter(Value self) {
    MINIPY_TRY(open_file(self, "__iter__"));
    return self;
}

Result<Value> textio_next(Value self) {
    TextIOObject* file = MINIPY_TRY(readable_file(self, "__next__"));
    Value line = MINIPY_TRY(read_line(file, -1));
    return line.as<rt::StrObject>()->length == 0 ? Value::exhausted() : line;
}

Result<Value> textio_getattr(Value self, rt::StrObject* name) {
    auto* file = self.as<TextIOObject>();
    std::string_view attr = name->view();
    if (attr == "closed") return Value::boolean(file->closed);
    if (attr == "name") return file->name_is_fd ? rt::make_int(file->fd) : rt::make_str(file->name);
    if (attr == "mode") return rt::make_str(file->mode);
    if (attr == "encoding") return rt::make_str(file->encoding);
    if (attr == "errors") return rt::make_str(file->errors);
    if (attr == "line_buffering") return Value::boolean(file->buffering == Buffering::Line);
    return rt::generic_getattr(self, name);
}

Result<Value> textio_repr(Value self) {
    auto* file = self.as<TextIOObject>();
    // CPython 3.11 reads the name and mode through attributes: a closed file shows them still.
    return rt::make_str("<_io.TextIOWrapper " + name_repr(*file) + " mode=" + rt::str_repr(file->mode) +
                        " encoding=" + rt::str_repr(file->encoding) + ">");
}

}  // namespace

rt::TypeObject* textio_type() {
    static rt::TypeObject* type = [] {
        rt::TypeObject* t = rt::make_builtin_type("TextIOWrapper", nullptr);
        t->slots.repr = textio_repr;
        t->slots.getattr = textio_getattr;
        t->slots.iter = textio_iter;
        t->slots.next = textio_next;
        rt::add_method(t, "write", textio_write_method);
        rt::add_method(t, "writelines", textio_writelines_method);
        rt::add_method(t, "flush", textio_flush_method);
        rt::add_method(t, "close", textio_close_method);
        rt::add_method(t, "fileno", textio_fileno_method);
        rt::add_method(t, "isatty", textio_isatty_method);
        rt::add_method(t, "readable", textio_readable_method);
        rt::add_method(t, "writable", textio_writable_method);
        rt::add_method(t, "readline", textio_readline_method);
        rt::add_method(t, "readlines", textio_readlines_method);
        rt::add_method(t, "read", textio_read_method);
        rt::add_method(t, "__enter__", textio_enter_method);
        rt::add_method(t, "__exit__", textio_exit_method);
        return t;
    }();
    return type;
}

Value make_textio(int fd, std::string name, bool readable, bool writable, Buffering buffering) {
    return Value::object(rt::make<TextIOObject>(fd, std::move(name), readable, writable, buffering));
}

Result<void> textio_write(TextIOObject* file, std::string_view text) {
    if (file->closed) return closed_file_error();
    // FIXME: CPython raises io.UnsupportedOperation (an OSError subclass).
    if (!file->writable) return rt::raise_error(rt::g_exc.OSError, "not writable");
    // CPython 3.11: a text write after a read drops the decoded read-ahead
    // without moving the fd back, so it lands after the chunk read.
    if (!file->input.empty()) file->consume(file->unread().size());
    const char* terminator = file->newline == Newline::Cr ? "\r" : file->newline == Newline::CrLf ? "\r\n" : nullptr;
    std::string translated;
    if (terminator && text.find('\n') != std::string_view::npos) {
        for (char c : text) {
            if (c == '\n') translated += terminator;
            else translated += c;
        }
        text = translated;
    }
    if (file->single_byte) {
        Value bytes = MINIPY_TRY(rt::encode_str(rt::make_str(text), file->encoding, file->errors));
        file->pending.append(rt::bytes_view(bytes));
    } else {
        file->pending.append(text);
    }
    bool due = false;
    switch (file->buffering) {
        case Buffering::Line: due = text.find_first_of("\n\r") != std::string_view::npos; break;
        case Buffering::Block: due = file->pending.size() >= FileCore::kBlockSize; break;
        case Buffering::WriteThrough: due = true; break;
    }
    if (due) return textio_flush(file);
    return {};
}

Result<void> textio_flush(TextIOObject* file) {
    if (file->closed) return closed_file_error();
    return flush_pending(file);
}

Result<Value> textio_readline(TextIOObject* file) {
    if (file->closed) return closed_file_error();
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
