// vm/vm_thread.h: a thread's interpreter state as the VM sees it: the
// runtime's ThreadState plus its chain of frames and their stack.
#pragma once

#include "runtime/thread_state.h"
#include "vm/frame.h"

namespace minipy::vm {

struct VmThread : rt::ThreadState {
    void trace(rt::Tracer& t) override;

    FrameStack frames;
    Frame* current_frame = nullptr;
    // Python call depth, checked against sys.getrecursionlimit().
    int depth = 0;
    // What a new thread is to call, held here (and so traced) from
    // start_new_thread until the thread has started the call.
    rt::Value start_callable = rt::Value::null();
    rt::Value start_args = rt::Value::null();
    rt::Value start_kwargs = rt::Value::null();
};

// The calling thread's state. Every thread that runs Python code was
// attached with a VmThread (the Interpreter for the main thread,
// _thread.start_new_thread for the others).
inline VmThread& vm_thread() { return *static_cast<VmThread*>(rt::g_thread); }

// _thread.start_new_thread: starts an OS thread that takes the GIL and
// calls callable(*args, **kwargs) (kwargs may be null); returns its ident.
rt::Result<rt::Value> start_new_thread(rt::Value callable, rt::Value args, rt::Value kwargs);
// How many threads started by start_new_thread are still running (_thread._count()).
int running_threads();

}  // namespace minipy::vm
