// stdlib/iteration.cpp: collect_iterable, with the copy fast path for lists
// and tuples (no iterator object, no calls back into Python).
#include "stdlib/iteration.h"

#include "runtime/list_object.h"
#include "runtime/tuple_object.h"

namespace minipy::stdlib {

rt::Result<void> collect_iterable(rt::Value iterable, std::vector<rt::Value>& out) {
    if (rt::is_list(iterable)) {
        const auto& items = iterable.as<rt::ListObject>()->items;
        out.insert(out.end(), items.begin(), items.end());
        return {};
    }
    if (rt::is_tuple(iterable)) {
        const auto& items = iterable.as<rt::TupleObject>()->items;
        out.insert(out.end(), items.begin(), items.end());
        return {};
    }
    rt::RootVector keep(out);
    return for_each_item(iterable, [&](rt::Value item) -> rt::Result<bool> {
        out.push_back(item);
        return true;
    });
}

}  // namespace minipy::stdlib
