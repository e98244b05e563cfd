"""tests/repl/test_repl.py: the REPL driven as a person would, in a real
terminal: tmux runs minipy in a detached session, send-keys types, and
capture-pane reads the screen. Every step waits for the screen to show
what the previous one produced (never a bare sleep), so the outcome does
not depend on timing; the deadlines only turn a hang into a failure.

Usage: test_repl.py --minipy PATH [CASE...]   (no CASE: all of them)
       test_repl.py --list                    (the case names, for ctest)
Registered in ctest as repl/CASE (tests/CMakeLists.txt)."""
import argparse
import os
import shlex
import subprocess
import sys
import tempfile
import time

DEADLINE = 10.0


class Terminal:
    """One tmux server and session running [command] in a 100x30 terminal."""

    count = 0

    def __init__(self, command, env):
        Terminal.count += 1
        self.socket = "minipy-repl-%d-%d" % (os.getpid(), Terminal.count)
        env_args = []
        for key, value in env.items():
            env_args += ["-e", "%s=%s" % (key, value)]
        # The shell keeps the pane open after minipy exits, so its status shows.
        shell = "%s; echo \"[exit status $?]\"; sleep 600" % command
        self.tmux("new-session", "-d", "-x", "100", "-y", "30", *env_args, shell)

    def tmux(self, *args):
        done = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True)
        if done.returncode != 0:
            raise AssertionError("tmux %s failed: %s" % (args[0], done.stderr.strip()))
        return done.stdout

    def keys(self, *keys):
        self.tmux("send-keys", "-t", "0", *keys)

    def type(self, text):
        self.tmux("send-keys", "-t", "0", "-l", text)

    def screen(self):
        return self.tmux("capture-pane", "-t", "0", "-p")

    def wait_for(self, text, count=1):
        """Waits until [text] appears [count] times on the screen."""
        end = time.monotonic() + DEADLINE
        while True:
            screen = self.screen()
            if screen.count(text) >= count:
                return screen
            if time.monotonic() > end:
                raise AssertionError("waited for %r (x%d); the screen shows:\n%s" % (text, count, screen))
            time.sleep(0.02)

    def wait_for_prompts(self, count):
        """Waits until [count] prompts (">>>" or "...") have been shown."""
        end = time.monotonic() + DEADLINE
        while True:
            screen = self.screen()
            shown = sum(line.startswith((">>>", "...")) for line in screen.splitlines())
            if shown >= count:
                return screen
            if time.monotonic() > end:
                raise AssertionError("waited for %d prompts; the screen shows:\n%s" % (count, screen))
            time.sleep(0.02)

    def close(self):
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)


def prompt_lines(screen):
    return [line.rstrip() for line in screen.splitlines() if line.strip()]


def case_multiline_function(term):
    term.wait_for(">>>")
    term.type("def double(x):")
    term.keys("Enter")
    term.wait_for("...")
    term.type("    return x * 2")
    term.keys("Enter")
    term.wait_for("...", 2)
    term.keys("Enter")
    term.wait_for(">>>", 2)
    term.type("double(21)")
    term.keys("Enter")
    term.wait_for("\n42\n")


def case_history_after_restart(term, minipy, env):
    term.wait_for(">>>")
    term.type("remembered = 'from the first session'")
    term.keys("Enter")
    term.wait_for(">>>", 2)
    term.keys("C-d")
    term.wait_for("[exit status 0]")
    second = Terminal(minipy + " -q", env)
    try:
        second.wait_for(">>>")
        second.keys("Up")
        second.wait_for(">>> remembered = 'from the first session'")
        second.keys("Enter")
        second.type("remembered")
        second.keys("Enter")
        second.wait_for("\n'from the first session'\n")
    finally:
        second.close()


def case_tab_completes_module_attribute(term):
    term.wait_for(">>>")
    term.type("import os")
    term.keys("Enter")
    term.wait_for(">>>", 2)
    term.type("os.getpp")
    term.keys("Tab")
    term.wait_for(">>> os.getppid(")
    term.type(") == os.getppid()")
    term.keys("Enter")
    term.wait_for("\nTrue\n")


def case_ctrl_c_discards_half_a_line(term):
    term.wait_for(">>>")
    term.type("print('this must not run'")
    term.keys("C-c")
    term.wait_for("\nKeyboardInterrupt\n")
    term.wait_for(">>>", 2)
    term.type("6 * 7")
    term.keys("Enter")
    screen = term.wait_for("\n42\n")
    assert "this must not run\n" not in screen, screen


def interrupt_running(term, setup, statement):
    """Runs [setup] lines (a block ends with an empty line), then
    [statement] after printing a marker, and Ctrl-C once the marker shows."""
    term.wait_for(">>>")
    for typed, line in enumerate(setup, start=1):
        term.type(line)
        term.keys("Enter")
        # One prompt (">>>" or "...") per line typed so far, plus the first.
        term.wait_for_prompts(typed + 1)
    term.type("print('started'); " + statement)
    term.keys("Enter")
    term.wait_for("\nstarted\n")
    term.keys("C-c")
    screen = term.wait_for("\nKeyboardInterrupt\n")
    assert "Traceback (most recent call last):" in screen, screen
    term.wait_for_prompts(len(setup) + 2)
    # The session goes on with what was defined before.
    term.type("'still here'")
    term.keys("Enter")
    term.wait_for("\n'still here'\n")


def case_ctrl_c_in_busy_loop(term):
    interrupt_running(term, ["def spin():", "    while True: pass", ""], "spin()")


def case_ctrl_c_in_sleep(term):
    interrupt_running(term, ["import time"], "time.sleep(100)")


def case_ctrl_c_in_long_builtin(term):
    interrupt_running(term, [], "sum(range(10**12))")


def case_ctrl_c_in_thread_join(term):
    interrupt_running(
        term,
        ["import threading, time", "t = threading.Thread(target=time.sleep, args=(100,), daemon=True)"],
        "t.start(); t.join()")


def case_ctrl_c_in_input(term):
    interrupt_running(term, [], "input()")


def case_sigint_handler_at_prompt(term):
    term.wait_for(">>>")
    term.type("import signal")
    term.keys("Enter")
    term.wait_for(">>>", 2)
    term.type("old = signal.signal(signal.SIGINT, lambda s, f: print('handler ran', s))")
    term.keys("Enter")
    term.wait_for(">>>", 3)
    term.keys("C-c")
    term.wait_for("handler ran 2")
    # The handler returned: the prompt stays usable.
    term.type("'after'")
    term.keys("Enter")
    term.wait_for("\n'after'\n")


def case_ctrl_d_exits_0(term):
    term.wait_for(">>>")
    term.keys("C-d")
    term.wait_for("[exit status 0]")


def case_exit_call_status(term):
    term.wait_for(">>>")
    term.type("exit(3)")
    term.keys("Enter")
    term.wait_for("[exit status 3]")


def case_banner(term):
    screen = term.wait_for(">>>")
    assert prompt_lines(screen)[0].startswith("minipy "), screen


CASES = {
    name[len("case_"):]: fn for name, fn in sorted(globals().items()) if name.startswith("case_")
}
# Cases started with the banner; the others use -q.
WITH_BANNER = {"banner"}


def run_case(name, minipy):
    with tempfile.TemporaryDirectory() as home:
        env = {"MINIPY_HISTORY": os.path.join(home, "history"), "HOME": home, "TERM": "xterm"}
        command = shlex.quote(minipy) + ("" if name in WITH_BANNER else " -q")
        term = Terminal(command, env)
        try:
            fn = CASES[name]
            if fn.__code__.co_argcount == 3:
                fn(term, shlex.quote(minipy), env)
            else:
                fn(term)
        finally:
            term.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--minipy")
    parser.add_argument("--list", action="store_true", help="print the case names (for ctest)")
    parser.add_argument("cases", nargs="*")
    args = parser.parse_args()
    if args.list:
        print(";".join(CASES))
        return
    if not args.minipy:
        parser.error("--minipy is required")
    failed = 0
    for name in args.cases or CASES:
        try:
            run_case(name, os.path.abspath(args.minipy))
            print("PASS", name)
        except AssertionError as e:
            failed += 1
            print("FAIL", name + ":", e)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
