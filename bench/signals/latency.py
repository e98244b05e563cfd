# bench/signals/latency.py STATE SAMPLES CAP INTERVAL N: how long a signal
# waits for its Python handler while the main thread is in STATE:
#   busy     a pure-Python loop,
#   sleep    time.sleep(3600) (a handler that returns lets the sleep resume),
#   builtin  sum(range(N)) called over and over (a long native builtin).
# A one-shot SIGALRM timer (setitimer ITIMER_REAL, INTERVAL seconds) is armed
# at a known perf_counter instant; the handler reads the clock first thing,
# records now - (arm time + INTERVAL), and re-arms. It stops, by raising Done
# out of whatever the main thread is doing, after SAMPLES handler calls or
# once CAP seconds have passed (checked in the handler, so in CPython's
# builtin state only when a call returns). Prints
#   samples K calls C elapsed S
#   <K latencies in microseconds>
# Run by scripts/signal-latency on minipy and CPython side by side.
import signal
import sys
import time

STATE = sys.argv[1]
SAMPLES = int(sys.argv[2])
CAP = float(sys.argv[3])
INTERVAL = float(sys.argv[4])
N = int(sys.argv[5])

clock = time.perf_counter
setitimer = signal.setitimer
ITIMER_REAL = signal.ITIMER_REAL
latencies = []
expected = [0.0]
start = [0.0]


class Done(Exception):
    pass


def arm():
    # The timer starts somewhere inside setitimer: take the middle.
    before = clock()
    setitimer(ITIMER_REAL, INTERVAL)
    after = clock()
    expected[0] = (before + after) / 2 + INTERVAL


def handler(signum, frame):
    now = clock()
    latencies.append(now - expected[0])
    if len(latencies) >= SAMPLES or now - start[0] >= CAP:
        raise Done()
    arm()


def busy():
    i = 0
    while True:
        i += 1


def sleep():
    while True:
        time.sleep(3600)


calls = [0]


def builtin():
    while True:
        sum(range(N))
        calls[0] += 1


body = {"busy": busy, "sleep": sleep, "builtin": builtin}[STATE]
signal.signal(signal.SIGALRM, handler)
start[0] = clock()
arm()
try:
    body()
except Done:
    pass
elapsed = clock() - start[0]
print("samples %d calls %d elapsed %.3f" % (len(latencies), calls[0], elapsed))
print(" ".join(["%.1f" % (x * 1e6) for x in latencies]))
