// runtime/heap.h: allocation and the mark-sweep collector.
//
// Allocation never collects on the spot: when enough objects have been made
// since the last collection it only *schedules* one (the GC_SCHEDULED bit of
// the eval breaker), and the eval loop collects at its next safe point, where
// every live value is in a frame, on a VM stack, or in a Root/RootVector that
// C++ code holds. That keeps native code free of rooting except where it
// calls back into the VM while holding heap values.
#pragma once

#include <cstddef>
#include <functional>
#include <new>
#include <utility>
#include <vector>

#include "runtime/object.h"
#include "runtime/thread_state.h"

namespace minipy::rt {

class Heap {
public:
    template <class T, class... Args>
    T* make(Args&&... args) {
        T* obj = new T(std::forward<Args>(args)...);
        link(obj);
        return obj;
    }

    // Marks everything reachable from the roots and frees the rest.
    void collect();
    // Counts the payload bytes of a new object (a list's items, a str's
    // text), so that a few huge objects schedule a collection as surely
    // as many small ones do.
    void add_pressure(std::size_t bytes) {
        m_bytes_since_gc += bytes;
        if (m_bytes_since_gc >= kByteThreshold && m_bytes_since_gc - bytes < kByteThreshold) schedule();
    }
    bool collection_due() const { return m_allocated_since_gc >= m_threshold || m_bytes_since_gc >= kByteThreshold; }

    // Extra root sets (the module table, the signal handlers): called during
    // mark, after every thread's own roots (ThreadState::trace).
    void add_root_tracer(std::function<void(Tracer&)> fn) { m_root_tracers.push_back(std::move(fn)); }
    // Objects that live for the whole process (types, interned strings).
    void add_permanent(Object* o) { m_permanent.push_back(o); }

    std::size_t live_objects() const { return m_live; }
    std::size_t collections() const { return m_collections; }

private:
    void link(Object* obj);
    void schedule();
    // 100000 objects, or MINIPY_GC_THRESHOLD: tests set it low so that
    // collections run constantly and a missing root shows up at once.
    static std::size_t initial_threshold();
    static constexpr std::size_t kByteThreshold = std::size_t{64} << 20;
    static constexpr std::size_t kDefaultThreshold = 100000;

    Object* m_all = nullptr;
    std::size_t m_live = 0;
    std::size_t m_allocated_since_gc = 0;
    std::size_t m_bytes_since_gc = 0;
    const std::size_t m_base_threshold = initial_threshold();
    // Set by MINIPY_GC_THRESHOLD (see collect()).
    const bool m_stress = m_base_threshold != kDefaultThreshold;
    std::size_t m_threshold = m_base_threshold;
    std::size_t m_collections = 0;
    std::vector<std::function<void(Tracer&)>> m_root_tracers;
    std::vector<Object*> m_permanent;
};

extern Heap g_heap;

template <class T, class... Args>
T* make(Args&&... args) {
    return g_heap.make<T>(std::forward<Args>(args)...);
}

// Keeps one Value alive across calls that may collect (scoped, LIFO).
class Root {
public:
    explicit Root(Value v = Value::null()) : m_value(v) { g_thread->value_roots.push_back(&m_value); }
    ~Root() { g_thread->value_roots.pop_back(); }
    Root(const Root&) = delete;
    Root& operator=(const Root&) = delete;
    Value get() const { return m_value; }
    void set(Value v) { m_value = v; }
    template <class T> T* as() const { return m_value.as<T>(); }

private:
    Value m_value;
};

// Keeps a vector of Values alive across calls that may collect (scoped, LIFO).
class RootVector {
public:
    explicit RootVector(std::vector<Value>& v) { g_thread->vector_roots.push_back(&v); }
    ~RootVector() { g_thread->vector_roots.pop_back(); }
    RootVector(const RootVector&) = delete;
    RootVector& operator=(const RootVector&) = delete;
};

}  // namespace minipy::rt
