// runtime/heap.cpp: the mark-sweep collector. Marking uses the Tracer's gray
// stack, so a million-element linked structure never overflows the C++ stack.
#include "runtime/heap.h"

#include <algorithm>
#include <cstdlib>

#include "runtime/thread_state.h"

namespace minipy::rt {

Heap g_heap;

void Heap::link(Object* obj) {
    obj->gc_next = m_all;
    m_all = obj;
    ++m_live;
    // Reaching the threshold only asks for a collection; the eval loop
    // runs it at its next safe point, where every live value is rooted.
    if (++m_allocated_since_gc == m_threshold) schedule();
}

std::size_t Heap::initial_threshold() {
    const char* env = std::getenv("MINIPY_GC_THRESHOLD");
    long n = env ? std::strtol(env, nullptr, 10) : 0;
    return n > 0 ? static_cast<std::size_t>(n) : kDefaultThreshold;
}

void Heap::schedule() { g_thread->breaker->set(sig::kGcScheduled); }

void Heap::collect() {
    Tracer tracer;
    for (Object* o : m_permanent) tracer.mark(o);
    // Runs under the GIL: the other threads wait for it or sit in a
    // blocking call, and both keep their values in their frames and roots.
    for (ThreadState* thread : all_threads()) thread->trace(tracer);
    for (auto& fn : m_root_tracers) fn(tracer);

    auto& gray = tracer.gray();
    while (!gray.empty()) {
        Object* o = gray.back();
        gray.pop_back();
        tracer.mark(o->type);
        o->trace(tracer);
    }

    Object** link = &m_all;
    std::size_t live = 0;
    while (Object* o = *link) {
        if (o->gc_marked) {
            o->gc_marked = false;
            ++live;
            link = &o->gc_next;
        } else {
            *link = o->gc_next;
            delete o;
        }
    }
    m_live = live;
    m_allocated_since_gc = 0;
    m_bytes_since_gc = 0;
    // Grow with the live set so collection stays amortised O(allocation).
    // Under MINIPY_GC_THRESHOLD the threshold grows four times slower, so
    // collections stay frequent but a big live set is not rescanned O(n^2).
    m_threshold = std::max(m_base_threshold, m_stress ? live / 4 : live);
    ++m_collections;
}

}  // namespace minipy::rt
