// signal/eval_breaker.cpp: the main thread's breaker word. A namespace-scope
// atomic with static storage, so the signal handler may touch it at any time.
#include "signal/eval_breaker.h"

namespace minipy::sig {

EvalBreaker g_main_breaker;

}  // namespace minipy::sig
