// runtime/runtime.h: start-up of the object model: creates every built-in
// type, exception type and singleton, in dependency order.
#pragma once

namespace minipy::rt {

// Idempotent; must run before any other rt:: function.
void init_runtime();

}  // namespace minipy::rt
