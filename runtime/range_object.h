// runtime/range_object.h: range's behaviour (RangeObject itself is declared
// in misc_objects.h) and its iterator, which counts with plain int64s so
// `for i in range(n)` never allocates per step.
#pragma once

#include <cstdint>

#include "runtime/misc_objects.h"

namespace minipy::rt {

struct RangeIteratorObject : Object {
    std::int64_t next;
    std::int64_t step;
    std::int64_t remaining;
    RangeIteratorObject(std::int64_t first, std::int64_t step, std::int64_t count);
};

// An iterator over [range] backwards: what reversed(range) returns.
Value range_reversed(RangeObject* range);

// Fills the slots of range and range_iterator, and range's constructor.
// Idempotent; called when the builtins module is built.
void init_range_type();

}  // namespace minipy::rt
