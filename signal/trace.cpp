// signal/trace.cpp: the --trace-breaker lines (see trace.h).
#include "signal/trace.h"

#include <cstring>
#include <ctime>
#include <string>
#include <unistd.h>

#include "signal/eval_breaker.h"

namespace minipy::sig {

bool g_trace_breaker = false;

namespace {

void write_line(const std::string& line) {
    std::string_view rest = line;
    while (!rest.empty()) {
        ssize_t n = ::write(STDERR_FILENO, rest.data(), rest.size());
        if (n <= 0) return;  // a trace line is not worth an error
        rest.remove_prefix(static_cast<std::size_t>(n));
    }
}

std::int64_t monotonic_ns() {
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<std::int64_t>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

}  // namespace

void trace_trip(std::uint32_t bits, std::string_view where) {
    static constexpr std::pair<std::uint32_t, const char*> kNames[] = {
        {kSignalsPending, "SIGNALS_PENDING"}, {kCallsToDo, "CALLS_TO_DO"},   {kGilDropRequest, "GIL_DROP_REQUEST"},
        {kAsyncExc, "ASYNC_EXC"},             {kGcScheduled, "GC_SCHEDULED"},
    };
    std::string line = "breaker: ";
    bool first = true;
    for (const auto& [bit, name] : kNames) {
        if (!(bits & bit)) continue;
        if (!first) line += '|';
        line += name;
        first = false;
    }
    line += " at ";
    line += where;
    line += '\n';
    write_line(line);
}

void trace_handler(int signum, std::int64_t arrived_ns) {
    const char* abbrev = ::sigabbrev_np(signum);
    std::string line = "breaker:   SIG" + std::string(abbrev ? abbrev : std::to_string(signum)) + " handler";
    if (arrived_ns > 0) line += " after " + std::to_string((monotonic_ns() - arrived_ns) / 1000) + " us";
    line += '\n';
    write_line(line);
}

}  // namespace minipy::sig
