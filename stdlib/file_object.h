// stdlib/file_object.h: what every file object shares, the binary file type,
// and the open() builtin.
//
// FileCore is the descriptor-level half of a file object: the fd, the bytes
// written but not yet handed to write(2), the bytes read ahead but not yet
// returned, and the open/closed state. TextIOWrapper (textio.h) and
// BufferedFile (here, CPython's BufferedReader/Writer/Random in one type)
// are each an rt::Object plus a FileCore. Files made by open() are
// registered while alive so the exit path flushes them (CPython does it in
// their finalisers), and a file that becomes garbage is flushed and closed
// by ~FileCore when the collector frees it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace minipy::stdlib {

struct FileCore {
    static constexpr std::size_t kBlockSize = 8192;

    int fd;
    std::string name;          // the path, or "<stdout>" for the standard streams
    bool name_is_fd = false;   // open(3): f.name is the int 3
    std::string mode;          // f.mode: as given to open() for text, FileIO's "rb+" etc. for binary
    bool readable;
    bool writable;
    bool owns_fd = false;      // close(2) the fd on close(): open() with closefd=True
    bool closed = false;
    bool registered = false;   // in the exit-flush list (files from open())
    std::string pending;       // written by Python, not yet handed to write(2)
    std::string input;         // read from the fd, not yet returned to Python
    std::size_t input_pos = 0;

    FileCore(int fd, std::string name, std::string mode, bool readable, bool writable);
    // Runs when the collector frees the object: writes what is pending and
    // closes an owned fd. It must not allocate or raise (it runs in the
    // sweep), so errors are dropped, as CPython's finaliser reports and drops them.
    ~FileCore();
    FileCore(const FileCore&) = delete;
    FileCore& operator=(const FileCore&) = delete;

    std::string_view unread() const { return std::string_view(input).substr(input_pos); }
    // Drops the first [n] unread bytes.
    void consume(std::size_t n);
    // Adds this file to the exit-flush list.
    void register_for_exit();
};

// Writes all of [data] to [fd], retrying after EINTR (running signal
// handlers first, as PEP 475 asks) and raising OSError subclasses.
rt::Result<void> write_all(int fd, std::string_view data);
// Appends the next chunk read from [file]'s fd to its input buffer; false
// at end of file (not sticky: a terminal can deliver more after Ctrl-D).
rt::Result<bool> fill_input(FileCore* file);
// Hands the pending bytes to write(2).
rt::Result<void> flush_pending(FileCore* file);
// Before a write on a file that also reads ('+' modes): moves the fd back
// over the read-ahead, so the write lands where Python's reading stopped.
void discard_read_ahead(FileCore* file);
// Flushes, marks closed and closes an owned fd; a second call does nothing.
// The flush error, if any, is raised after the fd is closed.
rt::Result<void> close_file(FileCore* file);
// "name='x.txt'" or "name=3", for the reprs.
std::string name_repr(const FileCore& file);
// ValueError("I/O operation on closed file.") and its variants.
rt::Error closed_file_error(std::string_view message = "I/O operation on closed file.");

// Flushes every file open() made that is still open; errors are dropped
// (CPython reports them as "Exception ignored" and exits normally).
void flush_open_files();

// The binary file type (repr BufferedReader, BufferedWriter or BufferedRandom).
rt::TypeObject* buffered_file_type();

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None).
rt::Result<rt::Value> builtin_open(rt::Value self, const rt::CallArgs& args);

}  // namespace minipy::stdlib
