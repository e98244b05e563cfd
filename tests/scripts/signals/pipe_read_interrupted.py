# PEP 475: os.read on a pipe interrupted by a handler that returns resumes;
# one interrupted by a raising handler raises.
import os
import signal

r, w = os.pipe()

def writer(signum, frame):
    os.write(w, b"data")

signal.signal(signal.SIGALRM, writer)
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(os.read(r, 10))  # expect: b'data'

def raiser(signum, frame):
    raise TimeoutError("read timed out")

signal.signal(signal.SIGALRM, raiser)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    os.read(r, 10)
except TimeoutError as e:
    print(e)  # expect: read timed out
