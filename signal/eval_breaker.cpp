// signal/eval_breaker.cpp: the breaker words the signal handler reaches.
// Namespace-scope atomics with static storage, constant-initialised, so
// the handler may touch them at any time, even before main().
#include "signal/eval_breaker.h"

namespace minipy::sig {

EvalBreaker g_main_breaker;
std::atomic<EvalBreaker*> g_gil_holder_breaker{nullptr};

}  // namespace minipy::sig
