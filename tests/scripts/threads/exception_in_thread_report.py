# The report of an uncaught exception in a thread is written to sys.stderr
# (captured here by a replacement object): a first line naming the thread,
# the traceback header, the target's frame with its line, the exception.
import sys
import threading

class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

def boom():
    raise KeyError("missing")

def report(thread):
    cap = Capture()
    saved = sys.stderr
    sys.stderr = cap
    thread.start()
    thread.join()
    sys.stderr = saved
    lines = "".join(cap.parts).splitlines()
    print(lines[0])
    print(lines[1])
    pieces = lines[-3].split('"')
    print(pieces[0].strip(), pieces[1][pieces[1].rfind("/") + 1:] + pieces[2])
    print(lines[-2].strip())
    print(lines[-1])

report(threading.Thread(target=boom))
# expect: Exception in thread Thread-1 (boom):
# expect: Traceback (most recent call last):
# expect: File exception_in_thread_report.py, line 19, in boom
# expect: raise KeyError("missing")
# expect: KeyError: 'missing'
report(threading.Thread(target=boom, name="named"))
# expect: Exception in thread named:
# expect: Traceback (most recent call last):
# expect: File exception_in_thread_report.py, line 19, in boom
# expect: raise KeyError("missing")
# expect: KeyError: 'missing'
print("main continues")  # expect: main continues
