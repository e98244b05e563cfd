// stdlib/file_object.cpp: FileCore (see file_object.h): the read(2)/write(2)
// loops with their EINTR handling, closing, the exit-flush list; the binary
// file type BufferedFile; and open(), which validates its arguments with
// CPython's messages, opens the fd and wraps it.
#include "stdlib/file_object.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <vector>

#include "runtime/args.h"
#include "runtime/bytes_object.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "signal/blocking.h"
#include "stdlib/textio.h"

namespace minipy::stdlib {

using rt::CallArgs;
using rt::Result;
using rt::Value;

namespace {

// The files open() made that are neither closed nor freed. Not roots: a
// file that becomes garbage leaves the list from its destructor.
std::vector<FileCore*>& open_files() {
    static std::vector<FileCore*> files;
    return files;
}

void unregister(FileCore* file) {
    if (!file->registered) return;
    auto& files = open_files();
    files.erase(std::remove(files.begin(), files.end(), file), files.end());
    file->registered = false;
}

}  // namespace

FileCore::FileCore(int f, std::string n, std::string m, bool r, bool w)
    : fd(f), name(std::move(n)), mode(std::move(m)), readable(r), writable(w) {}

FileCore::~FileCore() {
    unregister(this);
    if (closed) return;
    // The sweep may not run Python code: EINTR is retried without servicing
    // signals, and a failed write is dropped.
    std::string_view data = pending;
    while (!data.empty()) {
        ssize_t n = ::write(fd, data.data(), data.size());
        if (n >= 0) data.remove_prefix(static_cast<std::size_t>(n));
        else if (errno != EINTR) break;
    }
    if (owns_fd) ::close(fd);
}

void FileCore::consume(std::size_t n) {
    input_pos += n;
    if (input_pos == input.size()) {
        input.clear();
        input_pos = 0;
    }
}

void FileCore::register_for_exit() {
    if (registered) return;
    open_files().push_back(this);
    registered = true;
}

Result<void> write_all(int fd, std::string_view data) {
    while (!data.empty()) {
        // PEP 475: EINTR runs the signal handlers, then the write resumes.
        long n = MINIPY_TRY(sig::retry_blocking([&] { return ::write(fd, data.data(), data.size()); }));
        // EPIPE becomes BrokenPipeError: SIGPIPE is ignored at start-up.
        if (n < 0) return rt::raise_os_error(errno);
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return {};
}

Result<bool> fill_input(FileCore* file) {
    if (file->input_pos == file->input.size()) {
        file->input.clear();
        file->input_pos = 0;
    }
    char buf[FileCore::kBlockSize];
    // PEP 475: EINTR runs the signal handlers, then the read resumes.
    long n = MINIPY_TRY(sig::retry_blocking([&] { return ::read(file->fd, buf, sizeof buf); }));
    if (n < 0) return rt::raise_os_error(errno);
    if (n == 0) return false;
    file->input.append(buf, static_cast<std::size_t>(n));
    return true;
}

Result<void> flush_pending(FileCore* file) {
    if (file->pending.empty()) return {};
    // Take the bytes out first: a failed write drops them instead of
    // failing again at every later flush, and a signal handler that prints
    // while we wait on EINTR appends to a fresh buffer.
    std::string data = std::move(file->pending);
    file->pending.clear();
    return write_all(file->fd, data);
}

void discard_read_ahead(FileCore* file) {
    auto unread = static_cast<off_t>(file->unread().size());
    // A pipe or terminal cannot seek; its read-ahead is simply dropped there too.
    if (unread > 0) (void)::lseek(file->fd, -unread, SEEK_CUR);
    file->input.clear();
    file->input_pos = 0;
}

Result<void> close_file(FileCore* file) {
    if (file->closed) return {};
    Result<void> flushed = flush_pending(file);
    file->closed = true;
    unregister(file);
    // No retry on EINTR: Linux frees the fd even then.
    if (file->owns_fd) ::close(file->fd);
    return flushed;
}

std::string name_repr(const FileCore& file) {
    return "name=" + (file.name_is_fd ? std::to_string(file.fd) : rt::str_repr(file.name));
}

rt::Error closed_file_error(std::string_view message) { return rt::raise_error(rt::g_exc.ValueError, message); }

void flush_open_files() {
    // A copy: a flush may run a signal handler that opens or closes files.
    std::vector<FileCore*> files = open_files();
    for (FileCore* file : files) {
        if (std::find(open_files().begin(), open_files().end(), file) == open_files().end()) continue;
        if (flush_pending(file).is_error()) rt::clear_exception();
    }
}

// ---- BufferedFile: binary files ----------------------------------------------

namespace {

struct BufferedFileObject : rt::Object, FileCore {
    bool write_through = false;  // buffering=0

    BufferedFileObject(int f, std::string n, std::string m, bool r, bool w)
        : Object(buffered_file_type()), FileCore(f, std::move(n), std::move(m), r, w) {}
};

bool is_buffered_file(Value v) { return v.is_object() && v.as_object()->type == buffered_file_type(); }

Result<BufferedFileObject*> self_binary(Value self, const char* method) {
    if (!is_buffered_file(self))
        return rt::raise_error(rt::g_exc.TypeError, "descriptor '{}' for 'BufferedFile' objects doesn't apply to a '{}' object",
                               {method, rt::type_name(self)});
    return self.as<BufferedFileObject>();
}

// The receiver of a method that needs the file open; [message] is
// CPython's wording for this method ("read of closed file", ...).
Result<BufferedFileObject*> open_binary(Value self, const char* method,
                                        std::string_view message = "I/O operation on closed file.") {
    BufferedFileObject* file = MINIPY_TRY(self_binary(self, method));
    if (file->closed) return closed_file_error(message);
    return file;
}

// FIXME: CPython raises io.UnsupportedOperation (an OSError subclass).
Result<BufferedFileObject*> readable_binary(Value self, const char* method, std::string_view closed_message) {
    BufferedFileObject* file = MINIPY_TRY(open_binary(self, method, closed_message));
    if (!file->readable) return rt::raise_error(rt::g_exc.OSError, "read");
    MINIPY_TRY(flush_pending(file));
    return file;
}

Result<std::int64_t> binary_size_argument(const CallArgs& args, const char* fname) {
    Value size;
    MINIPY_TRY(rt::bind_args(args, fname, {"size"}, 0, &size));
    if (size.is_null() || size.is_none()) return -1;
    return rt::as_index(size, "size");
}

Value take_bytes(FileCore* file, std::size_t n) {
    Value bytes = rt::make_bytes(file->unread().substr(0, n));
    file->consume(n);
    return bytes;
}

Result<Value> read_binary_line(FileCore* file, std::int64_t limit) {
    std::size_t scanned = 0;
    std::size_t n = 0;
    for (;;) {
        std::size_t nl = file->unread().find('\n', scanned);
        if (nl != std::string_view::npos) {
            n = nl + 1;
            break;
        }
        scanned = file->unread().size();
        if (limit >= 0 && scanned >= static_cast<std::uint64_t>(limit)) break;
        if (!MINIPY_TRY(fill_input(file))) break;
        n = file->unread().size();
    }
    if (n == 0) n = file->unread().size();
    if (limit >= 0) n = std::min(n, static_cast<std::size_t>(limit));
    return take_bytes(file, n);
}

Result<Value> binary_read_method(Value self, const CallArgs& args) {
    BufferedFileObject* file = MINIPY_TRY(readable_binary(self, "read", "read of closed file"));
    std::int64_t size = MINIPY_TRY(binary_size_argument(args, "read"));
    while (size < 0 || file->unread().size() < static_cast<std::uint64_t>(size))
        if (!MINIPY_TRY(fill_input(file))) break;
    std::size_t n = file->unread().size();
    if (size >= 0) n = std::min(n, static_cast<std::size_t>(size));
    return take_bytes(file, n);
}

Result<Value> binary_readline_method(Value self, const CallArgs& args) {
    BufferedFileObject* file = MINIPY_TRY(readable_binary(self, "readline", "readline of closed file"));
    std::int64_t size = MINIPY_TRY(binary_size_argument(args, "readline"));
    return read_binary_line(file, size);
}

Result<Value> binary_readlines_method(Value self, const CallArgs& args) {
    BufferedFileObject* file = MINIPY_TRY(readable_binary(self, "readlines", "I/O operation on closed file."));
    std::int64_t hint = MINIPY_TRY(binary_size_argument(args, "readlines"));
    Value list = rt::make_list();
    auto* lines = list.as<rt::ListObject>();
    std::int64_t total = 0;
    for (;;) {
        Value line = MINIPY_TRY(read_binary_line(file, -1));
        auto size = static_cast<std::int64_t>(rt::bytes_view(line).size());
        if (size == 0) break;
        lines->items.push_back(line);
        total += size;
        if (hint > 0 && total >= hint) break;
    }
    return list;
}

Result<void> binary_write(BufferedFileObject* file, Value data) {
    if (!rt::is_bytes(data))
        return rt::raise_error(rt::g_exc.TypeError, "a bytes-like object is required, not '{}'", {rt::type_name(data)});
    if (!file->input.empty()) discard_read_ahead(file);
    file->pending.append(rt::bytes_view(data));
    if (file->write_through || file->pending.size() >= FileCore::kBlockSize) return flush_pending(file);
    return {};
}

Result<BufferedFileObject*> writable_binary(Value self, const char* method) {
    BufferedFileObject* file = MINIPY_TRY(self_binary(self, method));
    // CPython checks writability first: a closed read-only file says "write".
    if (!file->writable) return rt::raise_error(rt::g_exc.OSError, "write");
    if (file->closed) return closed_file_error("write to closed file");
    return file;
}

Result<Value> binary_write_method(Value self, const CallArgs& args) {
    BufferedFileObject* file = MINIPY_TRY(writable_binary(self, "write"));
    MINIPY_TRY(rt::check_positional(args, "write", 1, 1));
    MINIPY_TRY(binary_write(file, args[0]));
    return rt::make_int(static_cast<std::int64_t>(rt::bytes_view(args[0]).size()));
}

Result<Value> binary_writelines_method(Value self, const CallArgs& args) {
    BufferedFileObject* file = MINIPY_TRY(open_binary(self, "writelines"));
    MINIPY_TRY(rt::check_positional(args, "writelines", 1, 1));
    if (!file->writable) return rt::raise_error(rt::g_exc.OSError, "write");
    rt::Root it(MINIPY_TRY(rt::iter(args[0])));
    for (;;) {
        Value line = MINIPY_TRY(rt::next(it.get()));
        if (line.is_exhausted()) break;
        MINIPY_TRY(binary_write(file, line));
    }
    return Value::none();
}

Result<Value> binary_flush_method(Value self, const CallArgs& args) {
    BufferedFileObject* file = MINIPY_TRY(open_binary(self, "flush"));
    MINIPY_TRY(rt::check_positional(args, "flush", 0, 0));
    MINIPY_TRY(flush_pending(file));
    return Value::none();
}

Result<Value> binary_close_method(Value self, const CallArgs& args) {
    BufferedFileObject* file = MINIPY_TRY(self_binary(self, "close"));
    MINIPY_TRY(rt::check_positional(args, "close", 0, 0));
    MINIPY_TRY(close_file(file));
    return Value::none();
}

Result<Value> binary_enter_method(Value self, const CallArgs& args) {
    MINIPY_TRY(open_binary(self, "__enter__"));
    MINIPY_TRY(rt::check_positional(args, "__enter__", 0, 0));
    return self;
}

Result<Value> binary_exit_method(Value self, const CallArgs&) {
    BufferedFileObject* file = MINIPY_TRY(self_binary(self, "__exit__"));
    MINIPY_TRY(close_file(file));
    return Value::none();
}

Result<Value> binary_fileno_method(Value self, const CallArgs& args) {
    BufferedFileObject* file = MINIPY_TRY(open_binary(self, "fileno", "I/O operation on closed file"));
    MINIPY_TRY(rt::check_positional(args, "fileno", 0, 0));
    return rt::make_int(file->fd);
}

Result<Value> binary_isatty_method(Value self, const CallArgs& args) {
    BufferedFileObject* file = MINIPY_TRY(open_binary(self, "isatty", "I/O operation on closed file"));
    MINIPY_TRY(rt::check_positional(args, "isatty", 0, 0));
    return Value::boolean(::isatty(file->fd) == 1);
}

Result<Value> binary_readable_method(Value self, const CallArgs& args) {
    BufferedFileObject* file = MINIPY_TRY(open_binary(self, "readable", "I/O operation on closed file"));
    MINIPY_TRY(rt::check_positional(args, "readable", 0, 0));
    return Value::boolean(file->readable);
}

Result<Value> binary_writable_method(Value self, const CallArgs& args) {
    BufferedFileObject* file = MINIPY_TRY(open_binary(self, "writable", "I/O operation on closed file"));
    MINIPY_TRY(rt::check_positional(args, "writable", 0, 0));
    return Value::boolean(file->writable);
}

Result<Value> binary_iter(Value self) {
    MINIPY_TRY(open_binary(self, "__iter__"));
    return self;
}

Result<Value> binary_next(Value self) {
    BufferedFileObject* file = MINIPY_TRY(readable_binary(self, "__next__", "readline of closed file"));
    Value line = MINIPY_TRY(read_binary_line(file, -1));
    return rt::bytes_view(line).empty() ? Value::exhausted() : line;
}

Result<Value> binary_getattr(Value self, rt::StrObject* name) {
    auto* file = self.as<BufferedFileObject>();
    std::string_view attr = name->view();
    if (attr == "closed") return Value::boolean(file->closed);
    if (attr == "name") return file->name_is_fd ? rt::make_int(file->fd) : rt::make_str(file->name);
    if (attr == "mode") return rt::make_str(file->mode);
    return rt::generic_getattr(self, name);
}

Result<Value> binary_repr(Value self) {
    auto* file = self.as<BufferedFileObject>();
    const char* kind = file->readable && file->writable ? "BufferedRandom" : file->readable ? "BufferedReader"
                                                                                           : "BufferedWriter";
    return rt::make_str(std::string("<_io.") + kind + " " + name_repr(*file) + ">");
}

// ---- open() -------------------------------------------------------------------

// What open()'s mode string asks for.
struct OpenMode {
    bool creating = false, reading = false, writing = false, appending = false, updating = false;
    bool text = false, binary = false;
};

// CPython 3.11's _io.open and FileIO checks, in their order and wording.
Result<OpenMode> parse_mode(std::string_view mode) {
    OpenMode m;
    for (std::size_t i = 0; i < mode.size(); ++i) {
        char c = mode[i];
        bool* flag = nullptr;
        switch (c) {
            case 'x': flag = &m.creating; break;
            case 'r': flag = &m.reading; break;
            case 'w': flag = &m.writing; break;
            case 'a': flag = &m.appending; break;
            case '+': flag = &m.updating; break;
            case 't': flag = &m.text; break;
            case 'b': flag = &m.binary; break;
            default: break;
        }
        if (!flag || mode.find(c, i + 1) != std::string_view::npos)
            return rt::raise_error(rt::g_exc.ValueError, "invalid mode: '{}'", {mode});
        *flag = true;
    }
    if (m.text && m.binary) return rt::raise_error(rt::g_exc.ValueError, "can't have text and binary mode at once");
    int kinds = m.creating + m.reading + m.writing + m.appending;
    if (kinds > 1) return rt::raise_error(rt::g_exc.ValueError, "must have exactly one of create/read/write/append mode");
    if (kinds == 0)
        return rt::raise_error(rt::g_exc.ValueError,
                               "Must have exactly one of create/read/write/append mode and at most one plus");
    return m;
}

// FileIO's mode attribute: "xb", "ab+", "rb+", "rb" or "wb".
std::string binary_mode_name(const OpenMode& m) {
    std::string base = m.creating ? "xb" : m.appending ? "ab" : m.reading || m.updating ? "rb" : "wb";
    return m.updating ? base + "+" : base;
}

// An optional str argument of open(): None when None or absent.
Result<Value> optional_str(Value v, const char* what) {
    if (v.is_null() || v.is_none()) return Value::none();
    if (!rt::is_str(v))
        return rt::raise_error(rt::g_exc.TypeError, "open() argument '{}' must be str or None, not {}",
                               {what, rt::type_name(v)});
    return v;
}

Result<Newline> parse_newline(Value v) {
    if (v.is_none()) return Newline::Universal;
    std::string_view s = rt::str_view(v);
    if (s.empty()) return Newline::Untranslated;
    if (s == "\n") return Newline::Lf;
    if (s == "\r") return Newline::Cr;
    if (s == "\r\n") return Newline::CrLf;
    return rt::raise_error(rt::g_exc.ValueError, "illegal newline value: {}", {s});
}

// open(2) with EINTR retried; a directory opened for reading is refused
// afterwards, as FileIO does.
Result<int> open_path(const std::string& path, const OpenMode& m) {
    int flags = O_CLOEXEC;
    if (m.updating) flags |= O_RDWR;
    else flags |= m.reading ? O_RDONLY : O_WRONLY;
    if (m.creating) flags |= O_CREAT | O_EXCL;
    if (m.writing) flags |= O_CREAT | O_TRUNC;
    if (m.appending) flags |= O_CREAT | O_APPEND;
    int fd = static_cast<int>(MINIPY_TRY(sig::retry_blocking([&] { return ::open(path.c_str(), flags, 0666); })));
    if (fd < 0) return rt::raise_os_error(errno, path);
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        return rt::raise_os_error(EISDIR, path);
    }
    return fd;
}

// The encoding's characters are single bytes (ascii, latin-1) rather than
// UTF-8 sequences; LookupError for an encoding the codecs do not know.
// Asking the codec keeps the list of spellings in one place.
Result<bool> single_byte_encoding(std::string_view encoding) {
    Value decoded = MINIPY_TRY(rt::decode_bytes("\xC3\xA9", encoding, "replace"));
    return decoded.as<rt::StrObject>()->length != 1;
}

}  // namespace

rt::TypeObject* buffered_file_type() {
    static rt::TypeObject* type = [] {
        rt::TypeObject* t = rt::make_builtin_type("BufferedFile", nullptr);
        t->slots.repr = binary_repr;
        t->slots.getattr = binary_getattr;
        t->slots.iter = binary_iter;
        t->slots.next = binary_next;
        rt::add_method(t, "read", binary_read_method);
        rt::add_method(t, "readline", binary_readline_method);
        rt::add_method(t, "readlines", binary_readlines_method);
        rt::add_method(t, "write", binary_write_method);
        rt::add_method(t, "writelines", binary_writelines_method);
        rt::add_method(t, "flush", binary_flush_method);
        rt::add_method(t, "close", binary_close_method);
        rt::add_method(t, "fileno", binary_fileno_method);
        rt::add_method(t, "isatty", binary_isatty_method);
        rt::add_method(t, "readable", binary_readable_method);
        rt::add_method(t, "writable", binary_writable_method);
        rt::add_method(t, "__enter__", binary_enter_method);
        rt::add_method(t, "__exit__", binary_exit_method);
        return t;
    }();
    return type;
}

Result<Value> builtin_open(Value, const CallArgs& args) {
    Value a[8];  // file, mode, buffering, encoding, errors, newline, closefd, opener
    MINIPY_TRY(rt::bind_args(args, "open",
                             {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1, a));
    Value file = a[0];
    std::string_view mode_text = "r";
    if (!a[1].is_null()) {
        if (!rt::is_str(a[1]))
            return rt::raise_error(rt::g_exc.TypeError, "open() argument 'mode' must be str, not {}", {rt::type_name(a[1])});
        mode_text = rt::str_view(a[1]);
    }
    std::int64_t buffering = a[2].is_null() ? -1 : MINIPY_TRY(rt::as_index(a[2], "buffering"));
    Value encoding = MINIPY_TRY(optional_str(a[3], "encoding"));
    Value errors = MINIPY_TRY(optional_str(a[4], "errors"));
    Value newline_arg = MINIPY_TRY(optional_str(a[5], "newline"));
    bool closefd = a[6].is_null() || MINIPY_TRY(rt::truthy(a[6]));
    if (!a[7].is_null() && !a[7].is_none())
        return rt::raise_error(rt::g_exc.NotImplementedError, "open(): the opener argument is not supported");

    if (!rt::is_str(file) && !rt::is_bytes(file) && !rt::is_int(file))
        return rt::raise_error(rt::g_exc.TypeError, "expected str, bytes or os.PathLike object, not {}",
                               {rt::type_name(file)});
    OpenMode m = MINIPY_TRY(parse_mode(mode_text));
    if (m.binary && !encoding.is_none())
        return rt::raise_error(rt::g_exc.ValueError, "binary mode doesn't take an encoding argument");
    if (m.binary && !errors.is_none())
        return rt::raise_error(rt::g_exc.ValueError, "binary mode doesn't take an errors argument");
    if (m.binary && !newline_arg.is_none())
        return rt::raise_error(rt::g_exc.ValueError, "binary mode doesn't take a newline argument");

    // CPython frees `open(p, 'w').write(s)`'s file, flushing it, as soon as
    // the statement ends; minipy's collector may free it much later. So
    // that opening the path next sees the text, hand every open file's
    // pending bytes to the kernel first (errors dropped, as CPython's
    // finaliser drops them).
    flush_open_files();
    // The raw file, as FileIO opens it.
    int fd = -1;
    std::string name;
    bool name_is_fd = rt::is_int(file);
    if (name_is_fd) {
        std::int64_t n = MINIPY_TRY(rt::as_index(file, "file"));
        if (n < 0) return rt::raise_error(rt::g_exc.ValueError, "negative file descriptor");
        fd = static_cast<int>(n);
    } else {
        name = rt::is_str(file) ? std::string(rt::str_view(file)) : std::string(rt::bytes_view(file));
        if (name.find('\0') != std::string::npos) return rt::raise_error(rt::g_exc.ValueError, "embedded null byte");
        if (!closefd) return rt::raise_error(rt::g_exc.ValueError, "Cannot use closefd=False with file name");
        fd = MINIPY_TRY(open_path(name, m));
    }
    bool readable = m.reading || m.updating;
    bool writable = !m.reading || m.updating;
    // An fd is scarcer than memory: CPython closes a dropped file at once,
    // minipy when the collector frees it. Count each file as 256 KiB of
    // payload, so a loop that drops its files schedules a collection
    // every 256 opens, well within the usual limit of 1024 fds.
    rt::g_heap.add_pressure(std::size_t{256} << 10);
    // Errors found once the raw file exists close it again, as CPython does.
    auto fail = [&]() -> rt::Error {
        if (closefd) ::close(fd);
        return rt::Error{};
    };

    if (m.binary) {
        auto* bf = rt::make<BufferedFileObject>(fd, name, binary_mode_name(m), readable, writable);
        bf->name_is_fd = name_is_fd;
        bf->owns_fd = closefd;
        bf->write_through = buffering == 0;
        bf->register_for_exit();
        return Value::object(bf);
    }
    if (buffering == 0) {
        (void)rt::raise_error(rt::g_exc.ValueError, "can't have unbuffered text I/O");
        return fail();
    }
    auto newline = parse_newline(newline_arg);
    if (newline.is_error()) return fail();
    std::string encoding_name = encoding.is_none() ? "UTF-8" : std::string(rt::str_view(encoding));
    auto single_byte = single_byte_encoding(encoding_name);
    if (single_byte.is_error()) return fail();

    Buffering mode = buffering == 1 || ::isatty(fd) == 1 ? Buffering::Line : Buffering::Block;
    auto* tf = rt::make<TextIOObject>(fd, name, readable, writable, mode);
    tf->mode = std::string(mode_text);
    tf->name_is_fd = name_is_fd;
    tf->owns_fd = closefd;
    tf->encoding = encoding_name;
    if (!errors.is_none()) tf->errors = std::string(rt::str_view(errors));
    tf->single_byte = single_byte.value();
    tf->newline = newline.value();
    tf->register_for_exit();
    return Value::object(tf);
}

}  // namespace minipy::stdlib
