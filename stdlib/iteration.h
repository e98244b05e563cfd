// stdlib/iteration.h: walking an arbitrary iterable from native code, with
// the rooting and breaker polling every such loop needs, written once for
// the builtins (sum, min, sorted, ...) and the modules (math.fsum, ...).
#pragma once

#include <vector>

#include "runtime/heap.h"
#include "runtime/ops.h"

namespace minipy::stdlib {

// Appends every item of [iterable] to [out]. [out] is rooted while this
// runs (items may come from a generator that collects); a caller that calls
// back into Python afterwards must root it itself.
rt::Result<void> collect_iterable(rt::Value iterable, std::vector<rt::Value>& out);

// Calls [body](item) for every item of [iterable]; [body] returns
// Result<bool>, false to stop early. The iterator and the current item stay
// rooted while [body] runs, and the loop polls the eval breaker so that
// `sum(range(10**9))` still sees Ctrl-C.
template <class Body>
rt::Result<void> for_each_item(rt::Value iterable, Body&& body) {
    rt::Root iterator(MINIPY_TRY(rt::iter(iterable)));
    rt::Root item;
    for (;;) {
        item.set(MINIPY_TRY(rt::next(iterator.get())));
        if (item.get().is_exhausted()) return {};
        if (!MINIPY_TRY(body(item.get()))) return {};
        MINIPY_TRY(rt::poll_breaker());
    }
}

}  // namespace minipy::stdlib
