// cli/repl.h: the interactive loop (`minipy` on a terminal, or `-i`).
#pragma once

#include "runtime/dict_object.h"

namespace minipy::cli {

// How a session ended: the exit status, and whether the process must die
// by SIGINT (an uncaught KeyboardInterrupt, which the REPL never lets out).
struct SessionEnd {
    int status = 0;
    bool interrupted = false;
};

// Reads, compiles and runs statements in [globals] (the __main__
// namespace) until end of input, exit() or an uncaught SystemExit.
SessionEnd run_repl(rt::DictObject* globals, bool show_banner);

}  // namespace minipy::cli
