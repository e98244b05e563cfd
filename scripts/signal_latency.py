"""scripts/signal_latency.py: the signal latency tables (run through
scripts/signal-latency, with CPython).

1. Delivery-to-handler latency: runs bench/signals/latency.py on minipy and
   CPython, alternately, in each state of the main thread (busy loop,
   time.sleep, long native builtin). A one-shot SIGALRM timer is armed at a
   known perf_counter instant; the handler's first line reads the clock; the
   latency is that reading minus the timer's expiry. Prints p50/p99/max in
   microseconds per interpreter and state (the median of each over --runs
   runs when --runs > 1).
2. SIGINT to exit: starts bench/signals/sigint.py in each state with SIGINT
   at its default handling, waits for its "ready" line, sends SIGINT and
   times until the process is reaped; checks it died by SIGINT (returncode
   -2) after a KeyboardInterrupt traceback. Prints p50/max in milliseconds.
Timing thresholds belong here, never in unit tests."""
import argparse
import math
import os
import select
import signal
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "..", "bench", "signals")
LATENCY = os.path.join(PROGRAMS, "latency.py")
SIGINT_PROGRAM = os.path.join(PROGRAMS, "sigint.py")
STATES = ["busy", "sleep", "builtin"]


def percentile(sorted_values, p):
    """Nearest-rank percentile of an ascending list."""
    rank = max(1, math.ceil(p / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


def tail(text, lines=8):
    return "\n".join(text.strip().splitlines()[-lines:])


def run_latency(interp, state, args):
    """One run of latency.py: (samples, calls, elapsed, [latency us]) or an error string."""
    cmd = [interp, LATENCY, state, str(args.samples), str(args.cap), str(args.interval),
           str(args.builtin_n)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=args.cap * 4 + 60)
    except subprocess.TimeoutExpired:
        return "timed out: " + " ".join(cmd)
    lines = proc.stdout.splitlines()
    if proc.returncode != 0 or len(lines) < 2 or not lines[0].startswith("samples "):
        return "exit %d: %s\n%s" % (proc.returncode, " ".join(cmd), tail(proc.stdout + proc.stderr))
    words = lines[0].split()
    values = sorted(float(v) for v in lines[1].split())
    return int(words[1]), int(words[3]), float(words[5]), values


def run_sigint(interp, state, args):
    """One SIGINT-to-exit measurement: (seconds, ok, detail)."""
    cmd = [interp, SIGINT_PROGRAM, state, str(args.exit_builtin_n)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # A watchdog rather than wait(timeout=): Popen.wait with a timeout polls
    # with sleeps, which would blur the measurement.
    watchdog = threading.Timer(args.exit_timeout, proc.kill)
    watchdog.start()
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 30)
        line = proc.stdout.readline() if ready else b""
        if line.strip() != b"ready":
            proc.kill()
            proc.wait()
            return None, False, "no 'ready' line: %r %s" % (line, tail(proc.stderr.read().decode()))
        time.sleep(args.settle)  # let the program enter its state
        start = time.perf_counter()
        os.kill(proc.pid, signal.SIGINT)
        proc.wait()
        elapsed = time.perf_counter() - start
    finally:
        watchdog.cancel()
    err = proc.stderr.read().decode(errors="replace")
    out = proc.stdout.read().decode(errors="replace")
    ok = proc.returncode == -signal.SIGINT and "KeyboardInterrupt" in err
    detail = "" if ok else "returncode %d: %s\n%s" % (proc.returncode, " ".join(cmd),
                                                       tail(out + err))
    return elapsed, ok, detail


def latency_table(interps, args):
    results = {}  # (name, state) -> list of per-run (samples, calls, elapsed, p50, p99, max)
    problems = []
    for state in STATES:
        for _ in range(args.runs):
            for name, interp in interps:
                r = run_latency(interp, state, args)
                if isinstance(r, str):
                    problems.append("%s %s: %s" % (name, state, r))
                    continue
                samples, calls, elapsed, values = r
                stats = (samples, calls, elapsed, percentile(values, 50), percentile(values, 99),
                         values[-1])
                results.setdefault((name, state), []).append(stats)
    runs = " (median of %d runs)" % args.runs if args.runs > 1 else ""
    print("Signal delivery to handler latency, microseconds%s" % runs)
    print("(SIGALRM from a one-shot setitimer every %g ms; latency = first line of the handler -"
          " timer expiry; at most %d samples or %g s per state)"
          % (args.interval * 1e3, args.samples, args.cap))
    print(("%-9s" % "" + "".join(" | %-43s" % name for name, _ in interps)).rstrip())
    print("%-9s" % "state" + " | %7s %11s %11s %11s" % ("samples", "p50", "p99", "max") * len(interps))
    notes = []
    for state in STATES:
        row = "%-9s" % state
        for name, _ in interps:
            runs_stats = results.get((name, state))
            if not runs_stats:
                row += " | %7s %11s %11s %11s" % ("-", "FAILED", "-", "-")
                continue
            med = [statistics.median(s[i] for s in runs_stats) for i in range(6)]
            row += " | %7d %11.0f %11.0f %11.0f" % (med[0], med[3], med[4], med[5])
            if med[0] < args.samples:
                notes.append("%s %s: capped at %g s, got %d samples (%d sum() calls of N=%d "
                             "returned in %.1f s)" % (name, state, args.cap, med[0], med[1],
                                                      args.builtin_n, med[2]))
        print(row)
    for n in notes:
        print("  note: " + n)
    if any(state == "builtin" for state in STATES):
        print("  note: builtin = sum(range(%d)) in a loop. CPython runs handlers only when the\n"
              "        builtin returns (SIGNALS.md), so each of its samples is about one call's\n"
              "        duration; minipy's native loop polls the eval breaker." % args.builtin_n)
    return problems


def exit_table(interps, args):
    times = {}
    failures = {}
    problems = []
    for state in STATES:
        for _ in range(args.exit_runs):
            for name, interp in interps:
                elapsed, ok, detail = run_sigint(interp, state, args)
                if elapsed is not None:
                    times.setdefault((name, state), []).append(elapsed)
                if not ok:
                    failures[(name, state)] = failures.get((name, state), 0) + 1
                    problems.append("%s %s: %s" % (name, state, detail))
    print("SIGINT to process exit, milliseconds (%d runs per state; SIGINT %g ms after 'ready';"
          " ok = died by SIGINT after a KeyboardInterrupt traceback)"
          % (args.exit_runs, args.settle * 1e3))
    print(("%-9s" % "" + "".join(" | %-26s" % name for name, _ in interps)).rstrip())
    print("%-9s" % "state" + " | %6s %9s %9s" % ("ok", "p50", "max") * len(interps))
    for state in STATES:
        row = "%-9s" % state
        for name, _ in interps:
            values = sorted(times.get((name, state), []))
            bad = failures.get((name, state), 0)
            okcol = "%d/%d" % (args.exit_runs - bad, args.exit_runs)
            if values:
                row += " | %6s %9.1f %9.1f" % (okcol, percentile(values, 50) * 1e3, values[-1] * 1e3)
            else:
                row += " | %6s %9s %9s" % (okcol, "-", "-")
        print(row)
    if any(state == "builtin" for state in STATES):
        print("  note: builtin = one sum(range(%d)); CPython exits only when it returns."
              % args.exit_builtin_n)
    return problems


def main():
    parser = argparse.ArgumentParser(
        description="Signal delivery-to-handler latency and SIGINT-to-exit time, minipy vs CPython.")
    parser.add_argument("--minipy", required=True)
    parser.add_argument("--python", required=True)
    parser.add_argument("--samples", type=int, default=1000, help="signals per state and run")
    parser.add_argument("--cap", type=float, default=5.0, help="seconds per state and run")
    parser.add_argument("--interval", type=float, default=0.001, help="timer delay, seconds")
    parser.add_argument("--runs", type=int, default=1,
                        help="latency runs per state; the table shows medians")
    parser.add_argument("--builtin-n", type=int, default=5 * 10**7,
                        help="N of the latency builtin state's sum(range(N))")
    parser.add_argument("--exit-runs", type=int, default=20, help="SIGINT-to-exit runs per state")
    parser.add_argument("--exit-builtin-n", type=int, default=3 * 10**8,
                        help="N of the SIGINT builtin state's sum(range(N))")
    parser.add_argument("--settle", type=float, default=0.02,
                        help="seconds between 'ready' and SIGINT")
    parser.add_argument("--exit-timeout", type=float, default=60.0,
                        help="kill a SIGINT run that has not exited after this many seconds")
    parser.add_argument("--only", choices=["latency", "exit"], help="print one table")
    parser.add_argument("--states", default=",".join(STATES),
                        help="comma-separated subset of " + ",".join(STATES))
    args = parser.parse_args()
    # The programs must start with SIGINT at its default disposition (so the
    # interpreter installs default_int_handler); an ignored SIGINT would be
    # inherited across exec, a Python-level handler is not.
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    STATES[:] = [s for s in args.states.split(",") if s in ("busy", "sleep", "builtin")]
    interps = [("minipy", args.minipy), ("cpython", args.python)]
    problems = []
    if args.only != "exit":
        problems += latency_table(interps, args)
        sys.stdout.flush()
    if args.only is None:
        print()
    if args.only != "latency":
        problems += exit_table(interps, args)
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("- " + p)
        sys.exit(1)


if __name__ == "__main__":
    main()
