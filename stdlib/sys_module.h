// stdlib/sys_module.h: what the rest of the interpreter needs from the `sys`
// module: the start-up settings the CLI fills in (argv, path[0]), the module
// table the import machinery shares, the switch interval the GIL reads, and
// the standard streams print() and the exit path write through.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "runtime/dict_object.h"

namespace minipy::stdlib {

// sys.argv: the script path (or '' / '-c') followed by its arguments.
void set_sys_argv(std::vector<std::string> argv);
// sys.path[0]: the directory of the main script ('' for the REPL).
void set_sys_path0(std::string directory);
// sys.modules: name -> module, filled by the import machinery.
rt::DictObject* sys_modules();

// The current sys.stdout / sys.stderr / sys.stdin objects: whatever a
// script assigned, possibly None.
rt::Value sys_stdout();
rt::Value sys_stderr();
rt::Value sys_stdin();
// Writes to the current sys.stdout (nothing if it is None).
rt::Result<void> write_stdout(std::string_view text);
// Writes to the current sys.stderr (nothing if it is None). This is the
// channel of last resort for tracebacks, so a failure is dropped, as
// CPython drops errors while printing an uncaught exception.
void write_stderr(std::string_view text);
// Flushes the files open() made that are still open (dropping their
// errors), then sys.stdout and sys.stderr, and the original streams if a script
// replaced them, as CPython does at exit. False if a flush failed; the
// exception (e.g. BrokenPipeError) is then pending, for the caller to
// report as "Exception ignored" (CPython then exits with status 120), and
// [failed_stream] (if given) is the stream whose flush failed first.
bool flush_std_streams(rt::Value* failed_stream = nullptr);
// `minipy -u`: stdout and stderr write through, as with PYTHONUNBUFFERED.
void set_unbuffered_std_streams();

}  // namespace minipy::stdlib
