# SIGNALS.md 6: out-of-range numbers, non-callable handlers, SIGKILL.
import signal

for call in (lambda: signal.signal(0, signal.SIG_DFL),
             lambda: signal.signal(signal.NSIG, signal.SIG_DFL),
             lambda: signal.getsignal(0),
             lambda: signal.strsignal(100),
             lambda: signal.signal(signal.SIGUSR1, 5),
             lambda: signal.signal(signal.SIGUSR1, None),
             lambda: signal.signal(signal.SIGKILL, lambda s, f: None)):
    try:
        call()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
# expect: ValueError signal number out of range
# expect: ValueError signal number out of range
# expect: ValueError signal number out of range
# expect: ValueError signal number out of range
# expect: TypeError signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object
# expect: TypeError signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object
# expect: OSError [Errno 22] Invalid argument
