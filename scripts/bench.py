"""scripts/bench.py: the benchmark table (run through scripts/bench).

For each program, runs minipy and CPython alternately RUNS times, takes the
median wall time of each, and prints the ratio minipy/CPython. A program
whose minipy output differs from CPython's is reported as WRONG, not timed
as a success. Timing thresholds belong here, never in unit tests."""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DIRS = [os.path.join(HERE, "..", "..", "shared", "bench"), os.path.join(HERE, "..", "bench")]


def run(interp, path):
    start = time.perf_counter()
    proc = subprocess.run([interp, path], capture_output=True, text=True, timeout=600)
    return time.perf_counter() - start, proc.returncode, proc.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--minipy", required=True)
    parser.add_argument("--python", required=True)
    parser.add_argument("runs", nargs="?", type=int, default=3)
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    files = []
    for d in DIRS:
        if os.path.isdir(d):
            files += sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".py"))
    if args.names:
        files = [f for f in files if any(n in os.path.basename(f) for n in args.names)]
    print(f"{'program':<16} {'minipy s':>9} {'cpython s':>10} {'ratio':>7}  status")
    for path in files:
        name = os.path.basename(path)[:-3]
        mine, theirs, status = [], [], "ok"
        for _ in range(args.runs):
            t, rc, out_m = run(args.minipy, path)
            mine.append(t)
            t2, _, out_p = run(args.python, path)
            theirs.append(t2)
            if rc != 0 or out_m != out_p:
                status = "WRONG" if rc == 0 else f"FAILED (exit {rc})"
                break
        if status != "ok":
            print(f"{name:<16} {'-':>9} {'-':>10} {'-':>7}  {status}")
            continue
        m, p = statistics.median(mine), statistics.median(theirs)
        print(f"{name:<16} {m:9.3f} {p:10.3f} {m / p:7.2f}  {status}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
