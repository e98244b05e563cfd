// runtime/thread_state.cpp: the registry of thread states. Every change
// happens under the GIL (or before a second thread exists), like every
// read by the collector.
#include "runtime/thread_state.h"

#include <algorithm>
#include <pthread.h>

namespace minipy::rt {

thread_local constinit ThreadState* g_thread = nullptr;
int g_recursion_limit = 1000;

namespace {

ThreadState* g_main_state = nullptr;

std::vector<ThreadState*>& registry() {
    static auto* threads = new std::vector<ThreadState*>;
    return *threads;
}

}  // namespace

ThreadState::ThreadState() : breaker(&m_own_breaker) {}

void ThreadState::trace(Tracer& t) {
    t.mark(pending_exception);
    t.mark(handled);
    t.mark(outer_handled);
    for (Value* v : value_roots) t.mark(*v);
    for (std::vector<Value>* vec : vector_roots)
        for (Value v : *vec) t.mark(v);
}

ThreadState* main_thread_state() { return g_main_state; }

void register_thread(ThreadState* state) {
    if (!g_main_state) {
        g_main_state = state;
        state->breaker = &sig::g_main_breaker;
        state->ident = static_cast<unsigned long>(pthread_self());
    }
    registry().push_back(state);
}

void unregister_thread(ThreadState* state) {
    auto& threads = registry();
    threads.erase(std::find(threads.begin(), threads.end(), state));
}

const std::vector<ThreadState*>& all_threads() { return registry(); }

}  // namespace minipy::rt
