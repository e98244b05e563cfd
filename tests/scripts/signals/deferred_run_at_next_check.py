# SIGNALS.md 9: handlers left pending after a raising handler run at the
# next check point, even in a pure-Python loop: here the loop's back edge
# sees USR1 after HUP raised out of pthread_sigmask.
# oracle skip: CPython 3.11 leaves the eval breaker disarmed in this case (the HUP handler's own entry check consumed it), so USR1 waits for the next C-level PyErr_CheckSignals and the loop runs 10**7 times
import os
import signal

done = []

def hup(signum, frame):
    raise RuntimeError("HUP raised")

def usr1(signum, frame):
    done.append(frame.f_code.co_name)

signal.signal(signal.SIGHUP, hup)
signal.signal(signal.SIGUSR1, usr1)
sigs = [signal.SIGHUP, signal.SIGUSR1]
signal.pthread_sigmask(signal.SIG_BLOCK, sigs)
os.kill(os.getpid(), signal.SIGHUP)
os.kill(os.getpid(), signal.SIGUSR1)
n = 0
try:
    signal.pthread_sigmask(signal.SIG_UNBLOCK, sigs)
except RuntimeError:
    while not done:
        n += 1
        if n == 10**7:
            break
print(done, n <= 1)  # expect: ['<module>'] True
