# SIGNALS.md 18 and the startup rule: SIGPIPE and SIGXFSZ are ignored in
# the interpreter, so a write to a pipe with no reader fails with
# BrokenPipeError instead of killing the process; children started by
# subprocess get the default back (restore_signals=True), unless
# restore_signals=False.
import os
import signal
import subprocess

print(repr(signal.getsignal(signal.SIGPIPE)), repr(signal.getsignal(signal.SIGXFSZ)))
# expect: <Handlers.SIG_IGN: 1> <Handlers.SIG_IGN: 1>
r, w = os.pipe()
os.close(r)
try:
    os.write(w, b"x")
except BrokenPipeError as e:
    print(type(e).__name__, e.errno, isinstance(e, OSError))  # expect: BrokenPipeError 32 True
os.close(w)
for sig in ("PIPE", "XFSZ"):
    cmd = ["sh", "-c", "kill -%s $$; echo survived" % sig]
    print(sig, subprocess.run(cmd, capture_output=True).returncode,
          subprocess.run(cmd, capture_output=True, restore_signals=False).stdout)
# expect: PIPE -13 b'survived\n'
# expect: XFSZ -25 b'survived\n'
