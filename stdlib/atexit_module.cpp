// stdlib/atexit_module.cpp: the `atexit` module. Callbacks run last in,
// first out when the interpreter finalizes (Interpreter::finalize: after
// the non-daemon threads were joined, before the streams are flushed),
// also after an uncaught KeyboardInterrupt (SIGNALS.md 19).
#include <vector>

#include "runtime/args.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/tuple_object.h"
#include "stdlib/modules.h"
#include "vm/eval_helpers.h"
#include "vm/interpreter.h"

namespace minipy::stdlib {

using rt::CallArgs;
using rt::Result;
using rt::Value;

namespace {

struct Callback {
    Value function;
    Value args;    // a tuple
    Value kwargs;  // a dict, or null
};

std::vector<Callback>& callbacks() {
    static auto* list = [] {
        auto* l = new std::vector<Callback>;
        rt::g_heap.add_root_tracer([l](rt::Tracer& t) {
            for (const Callback& c : *l) {
                t.mark(c.function);
                t.mark(c.args);
                t.mark(c.kwargs);
            }
        });
        return l;
    }();
    return *list;
}

Result<Value> atexit_register(Value, const CallArgs& args) {
    if (args.nargs == 0) return rt::raise_error(rt::g_exc.TypeError, "register() takes at least 1 argument (0 given)");
    if (!rt::is_callable(args[0])) return rt::raise_error(rt::g_exc.TypeError, "the first argument must be callable");
    std::vector<Value> positional(args.args + 1, args.args + args.nargs);
    Callback callback{args[0], rt::make_tuple(std::move(positional)), Value::null()};
    rt::Root keep_args(callback.args);
    if (args.nkw() > 0) {
        auto* kwargs = rt::make<rt::DictObject>();
        callback.kwargs = Value::object(kwargs);
        for (std::size_t i = 0; i < args.nkw(); ++i)
            kwargs->set_str(args.kwnames->items[i].as<rt::StrObject>(), args.kwvalues()[i]);
    }
    callbacks().push_back(callback);
    return args[0];
}

Result<Value> atexit_unregister(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "unregister", 1, 1));
    auto& list = callbacks();
    for (std::size_t i = list.size(); i-- > 0;) {
        bool same = MINIPY_TRY(rt::equal(list[i].function, args[0]));
        if (same) list.erase(list.begin() + static_cast<std::ptrdiff_t>(i));
    }
    return Value::none();
}

Result<Value> atexit_ncallbacks(Value, const CallArgs& args) {
    MINIPY_TRY(rt::check_positional(args, "_ncallbacks", 0, 0));
    return rt::make_int(static_cast<std::int64_t>(callbacks().size()));
}

}  // namespace

void run_atexit_callbacks() {
    auto& list = callbacks();
    while (!list.empty()) {
        Callback callback = list.back();
        list.pop_back();
        rt::Root function(callback.function), args(callback.args), kwargs(callback.kwargs);
        if (vm::call_with_unpacked(function.get(), args.get(), kwargs.get()).is_error()) {
            rt::Root exc(rt::take_exception());
            vm::interpreter().print_unraisable(exc.get(), "in atexit callback", function.get());
        }
    }
}

rt::ModuleObject* make_atexit_module() {
    auto* module = rt::make_module("atexit").as<rt::ModuleObject>();
    rt::Root keep(Value::object(module));
    rt::add_function(module, "register", atexit_register);
    rt::add_function(module, "unregister", atexit_unregister);
    rt::add_function(module, "_ncallbacks", atexit_ncallbacks);
    return module;
}

}  // namespace minipy::stdlib
