#!/usr/bin/env python3
"""Golden script test runner for minipy (stdlib only).

Runs test scripts through an interpreter and checks the expectations written
as comments in each file (Wren's `// expect:` convention, Python comments):

    # expect: TEXT                 next stdout line is TEXT
    # expect runtime error: LINE   last stderr line is LINE, exit 1, innermost
                                   traceback entry is this directive's line
    # expect syntax error: LINE    stderr names `line N` (this line), last
                                   stderr line is LINE, exit 1
    # expect status: N             exit status N (128+S for death by signal S)
    # stdin: TEXT                  a line fed on stdin (they accumulate)
    # skip: WHY                    not run; reported as SKIP
    # oracle skip: WHY             runs on minipy, but not under --oracle
    # nontest                      helper module, silently ignored

Sidecar files from the seed corpus are also honoured: NAME.out (exact
stdout), NAME.status (exit status) and NAME.err_last (last stderr line).

Usage:
    golden.py --interp PATH [--timeout 5] FILE...        check expectations
    golden.py --interp CPYTHON --oracle FILE...          the same checks, on
                                                         CPython 3.11 itself
    golden.py --oracle PATH FILE...                      (same as above)
    golden.py --interp A --diff-with B FILE...           differential: compare
                                   stdout, exit status and last stderr line

Prints `PASS name`, `FAIL name: reason` or `SKIP name: why` per file, then
`N passed, M failed` (and `, K skipped`). Exits 0 when nothing failed.
"""

import argparse
import difflib
import os
import re
import shutil
import signal
import subprocess
import sys

# Order matters: the specific `expect ...:` forms before plain `expect:`.
DIRECTIVES = [
    ("runtime_error", re.compile(r"#\s*expect runtime error:\s?(.*)$")),
    ("syntax_error", re.compile(r"#\s*expect syntax error:\s?(.*)$")),
    ("status", re.compile(r"#\s*expect status:\s*(-?\d+)\s*$")),
    ("expect", re.compile(r"#\s*expect:\s?(.*)$")),
    ("stdin", re.compile(r"#\s*stdin:\s?(.*)$")),
    ("oracle_skip", re.compile(r"#\s*oracle skip:\s*(.*)$")),
    ("skip", re.compile(r"#\s*skip:\s*(.*)$")),
    ("nontest", re.compile(r"#\s*nontest\s*$")),
]

TRACEBACK_ENTRY = re.compile(r'^\s*File "[^"]*", line (\d+)')
MAX_DIFF_LINES = 24


class Spec:
    """Everything a test file promises about one run."""

    def __init__(self):
        self.expect = []          # expected stdout lines, in order
        self.exact_stdout = None  # from NAME.out: the whole stdout
        self.runtime_error = None  # (line number, last stderr line)
        self.syntax_error = None   # (line number, last stderr line)
        self.err_last = None       # from NAME.err_last
        self.status = None         # explicit status (directive or sidecar)
        self.stdin = []
        self.skip = None
        self.oracle_skip = None
        self.nontest = False

    def expected_status(self):
        if self.status is not None:
            return self.status
        if self.runtime_error or self.syntax_error:
            return 1
        return 0

    def stdin_bytes(self):
        if not self.stdin:
            return b""
        return ("\n".join(self.stdin) + "\n").encode("utf-8")


def read_text(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def parse(path):
    spec = Spec()
    for lineno, line in enumerate(read_text(path).splitlines(), start=1):
        if "#" not in line:
            continue
        for kind, rx in DIRECTIVES:
            m = rx.search(line)
            if not m:
                continue
            if kind == "expect":
                spec.expect.append(m.group(1))
            elif kind == "runtime_error":
                spec.runtime_error = (lineno, m.group(1).rstrip())
            elif kind == "syntax_error":
                spec.syntax_error = (lineno, m.group(1).rstrip())
            elif kind == "status":
                spec.status = int(m.group(1))
            elif kind == "stdin":
                spec.stdin.append(m.group(1))
            elif kind == "skip":
                spec.skip = m.group(1).strip() or "skipped"
            elif kind == "oracle_skip":
                spec.oracle_skip = m.group(1).strip() or "skipped"
            elif kind == "nontest":
                spec.nontest = True
            break
    stem = os.path.splitext(path)[0]
    if os.path.exists(stem + ".out"):
        spec.exact_stdout = read_text(stem + ".out")
    if os.path.exists(stem + ".status"):
        text = read_text(stem + ".status").strip()
        if text:
            spec.status = int(text)
    if os.path.exists(stem + ".err_last"):
        lines = read_text(stem + ".err_last").splitlines()
        spec.err_last = lines[-1] if lines else ""
    return spec


def reset_signals():
    """Runs in the child before exec: default dispositions, nothing blocked.

    Ignored signals survive exec, so a runner started with SIGINT ignored
    (a background job, nohup) would otherwise hide KeyboardInterrupt.
    """
    for sig in signal.valid_signals():
        if sig in (signal.SIGKILL, signal.SIGSTOP):
            continue
        try:
            signal.signal(sig, signal.SIG_DFL)
        except (OSError, ValueError, RuntimeError):
            pass
    signal.pthread_sigmask(signal.SIG_SETMASK, [])


class Run:
    def __init__(self, stdout, stderr, status, timed_out):
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
        self.timed_out = timed_out

    def stdout_lines(self):
        lines = self.stdout.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        return lines

    def last_stderr_line(self):
        lines = [l for l in self.stderr.rstrip("\n").split("\n")]
        return lines[-1].rstrip("\r") if lines else ""

    def innermost_traceback_line(self):
        found = None
        for line in self.stderr.splitlines():
            m = TRACEBACK_ENTRY.match(line)
            if m:
                found = int(m.group(1))
        return found


def run(interp, path, stdin_data, timeout):
    directory = os.path.dirname(os.path.abspath(path))
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # keep __pycache__ out of tests/
    for var in ("PYTHONSTARTUP", "PYTHONINSPECT", "PYTHONWARNINGS"):
        env.pop(var, None)
    proc = subprocess.Popen(
        [interp, os.path.basename(path)],
        cwd=directory,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=reset_signals,
        start_new_session=True,  # so a timeout can kill grandchildren too
    )
    timed_out = False
    try:
        out, err = proc.communicate(stdin_data, timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            proc.kill()
        out, err = proc.communicate()
    status = proc.returncode
    if status < 0:
        status = 128 - status  # shell convention: -2 (SIGINT) is 130
    return Run(out.decode("utf-8", "replace"), err.decode("utf-8", "replace"),
               status, timed_out)


def short_diff(expected, actual, label_a="expected", label_b="actual"):
    lines = list(difflib.unified_diff(expected, actual, label_a, label_b,
                                      lineterm="", n=2))
    if len(lines) > MAX_DIFF_LINES:
        lines = lines[:MAX_DIFF_LINES] + ["... (%d more diff lines)"
                                          % (len(lines) - MAX_DIFF_LINES)]
    return "\n".join("    " + l for l in lines)


def stderr_tail(result, n=6):
    lines = result.stderr.rstrip("\n").split("\n")[-n:]
    return "\n".join("    | " + l for l in lines if l or len(lines) > 1)


def check(spec, result):
    """Returns a list of failure reasons (empty when the run matches)."""
    if result.timed_out:
        return ["timed out (partial stdout: %r)" % result.stdout[-200:]]
    problems = []
    if spec.exact_stdout is not None:
        if result.stdout != spec.exact_stdout:
            problems.append("stdout differs from .out\n" + short_diff(
                spec.exact_stdout.splitlines(), result.stdout.splitlines()))
    else:
        actual = result.stdout_lines()
        if actual != spec.expect:
            problems.append("stdout differs\n" + short_diff(spec.expect, actual))
    want_status = spec.expected_status()
    if result.status != want_status:
        problems.append("exit status %d, expected %d" % (result.status, want_status))
    for kind, expected in (("runtime error", spec.runtime_error),
                           ("syntax error", spec.syntax_error)):
        if expected is None:
            continue
        lineno, text = expected
        last = result.last_stderr_line()
        if last != text:
            problems.append("%s: last stderr line %r, expected %r" % (kind, last, text))
        if kind == "runtime error":
            got = result.innermost_traceback_line()
            if got != lineno:
                problems.append("runtime error: innermost traceback line %s, expected %d"
                                % (got, lineno))
        elif not re.search(r"\bline %d\b" % lineno, result.stderr):
            problems.append("syntax error: stderr does not mention line %d" % lineno)
    if spec.err_last is not None and result.last_stderr_line() != spec.err_last:
        problems.append("last stderr line %r, expected %r (.err_last)"
                        % (result.last_stderr_line(), spec.err_last))
    if problems and not (spec.runtime_error or spec.syntax_error or spec.err_last):
        if result.stderr.strip():
            problems.append("stderr:\n" + stderr_tail(result))
    return problems


def compare(result_a, result_b, name_a, name_b):
    """Differential mode: stdout, exit status and the last stderr line."""
    problems = []
    for label, r in ((name_a, result_a), (name_b, result_b)):
        if r.timed_out:
            problems.append("%s timed out" % label)
    if result_a.stdout != result_b.stdout:
        problems.append("stdout differs\n" + short_diff(
            result_b.stdout.splitlines(), result_a.stdout.splitlines(), name_b, name_a))
    if result_a.status != result_b.status:
        problems.append("exit status %d (%s) vs %d (%s)"
                        % (result_a.status, name_a, result_b.status, name_b))
    la, lb = result_a.last_stderr_line(), result_b.last_stderr_line()
    if la != lb:
        problems.append("last stderr line %r (%s) vs %r (%s)" % (la, name_a, lb, name_b))
    return problems


def test_name(path):
    parts = os.path.normpath(path).split(os.sep)
    name = "/".join(parts[-2:]) if len(parts) >= 2 else parts[-1]
    return name[:-3] if name.endswith(".py") else name


def resolve(interp):
    found = shutil.which(interp)
    if not found:
        sys.exit("golden.py: interpreter not found: %s" % interp)
    return os.path.abspath(found)  # scripts run with cwd = their own folder


def require_cpython_311(interp):
    out = subprocess.run(
        [interp, "-c", "import sys; print(sys.implementation.name, *sys.version_info[:2])"],
        capture_output=True, text=True)
    if out.stdout.split() != ["cpython", "3", "11"]:
        sys.exit("golden.py: --oracle needs CPython 3.11, %s reports %r"
                 % (interp, out.stdout.strip() or out.stderr.strip()))


def split_oracle_value(argv):
    """Accepts STYLE.md's `--oracle python3` form besides `--oracle` + `--interp`."""
    out = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg.startswith("--oracle="):
            out += ["--oracle", "--interp", arg.split("=", 1)[1]]
        elif (arg == "--oracle" and i + 1 < len(argv)
              and not argv[i + 1].startswith("-")
              and not argv[i + 1].endswith(".py")
              and not os.path.isdir(argv[i + 1])
              and shutil.which(argv[i + 1])):
            out += ["--oracle", "--interp", argv[i + 1]]
            i += 1
        else:
            out.append(arg)
        i += 1
    return out


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--interp", help="interpreter to run the scripts with")
    ap.add_argument("--oracle", action="store_true",
                    help="the interpreter is CPython 3.11: check the expectations hold there")
    ap.add_argument("--diff-with", metavar="PYTHON",
                    help="differential mode: compare with this interpreter")
    ap.add_argument("--timeout", type=float, default=5.0,
                    help="seconds per file and run (default 5)")
    ap.add_argument("-q", "--quiet", action="store_true", help="print only failures and the total")
    ap.add_argument("files", nargs="+", metavar="FILE")
    args = ap.parse_args(split_oracle_value(argv))
    if not args.interp:
        if args.oracle:
            args.interp = sys.executable
        else:
            ap.error("--interp is required")
    interp = resolve(args.interp)
    other = resolve(args.diff_with) if args.diff_with else None
    if args.oracle:
        require_cpython_311(interp)

    passed = failed = skipped = 0
    for path in args.files:
        name = test_name(path)
        if not os.path.isfile(path):
            print("FAIL %s: no such file" % name)
            failed += 1
            continue
        spec = parse(path)
        if spec.nontest:
            continue
        skip = spec.skip if not args.oracle else spec.oracle_skip
        if skip:
            print("SKIP %s: %s" % (name, skip))
            skipped += 1
            continue
        stdin_data = spec.stdin_bytes()
        result = run(interp, path, stdin_data, args.timeout)
        if other:
            problems = compare(result, run(other, path, stdin_data, args.timeout),
                               args.interp, args.diff_with)
        else:
            problems = check(spec, result)
        if problems:
            failed += 1
            print("FAIL %s: %s" % (name, "\n  ".join(problems)))
        else:
            passed += 1
            if not args.quiet:
                print("PASS %s" % name)
        sys.stdout.flush()

    summary = "%d passed, %d failed" % (passed, failed)
    if skipped:
        summary += ", %d skipped" % skipped
    print(summary)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
