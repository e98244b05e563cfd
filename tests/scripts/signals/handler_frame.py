# SIGNALS.md item 1: the handler's frame is the frame that was running at
# the check point: the function that sent the signal, at the os.kill line.
import os
import signal


def handler(signum, frame):
    print(type(signum).__name__, signum)
    print(frame.f_code.co_name, frame.f_lineno)
    print(frame.f_back.f_code.co_name)


def victim():
    os.kill(os.getpid(), signal.SIGUSR1)


signal.signal(signal.SIGUSR1, handler)
victim()
# expect: int 10
# expect: victim 14
# expect: <module>
