# SIGNALS.md 22: a signal already tripped whose disposition becomes SIG_IGN
# or SIG_DFL before its turn at the check is skipped, with an unraisable
# OSError("Signal N ignored due to race condition") on sys.stderr. Made
# deterministic with signals handled in ascending order: HUP's handler
# changes USR1 and USR2 while their flags are set, in the same check.
import os
import signal
import sys

class Capture:
    def __init__(self):
        self.text = ""
    def write(self, s):
        self.text += s
        return len(s)
    def flush(self):
        pass

log = []

def hup(signum, frame):
    log.append("HUP")
    signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    signal.signal(signal.SIGUSR2, signal.SIG_DFL)

signal.signal(signal.SIGHUP, hup)
for s in (signal.SIGUSR1, signal.SIGUSR2):
    signal.signal(s, lambda signum, frame: log.append(signum))
sigs = [signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2]
signal.pthread_sigmask(signal.SIG_BLOCK, sigs)
for s in sigs:
    os.kill(os.getpid(), s)
sys.stderr = Capture()
signal.pthread_sigmask(signal.SIG_UNBLOCK, sigs)
captured = sys.stderr.text
sys.stderr = sys.__stderr__
print(log)  # expect: ['HUP']
for line in captured.splitlines():
    if not line.startswith((" ", "Traceback")):
        print(line)
# expect: OSError: Signal 10 ignored due to race condition
# expect: OSError: Signal 12 ignored due to race condition
print("still alive")  # expect: still alive
