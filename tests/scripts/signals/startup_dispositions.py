# SIGNALS.md 5, 17, 18: at start-up (the runner starts us with every signal
# at its default) getsignal() reports default_int_handler for SIGINT,
# SIG_IGN for SIGPIPE and SIGXFSZ, and SIG_DFL for every other signal,
# SIGKILL and SIGSTOP and the real-time ones included (never None: no
# C-level handler was there when the module started).
import signal

others = {}
for sig in sorted(signal.valid_signals()):
    h = signal.getsignal(sig)
    if h is signal.default_int_handler:
        print("default_int_handler:", repr(sig))
    elif h is signal.SIG_IGN:
        print("SIG_IGN:", repr(sig))
    elif h is not signal.SIG_DFL:
        print("unexpected:", int(sig), repr(h))
    else:
        others[int(sig)] = True
# expect: default_int_handler: <Signals.SIGINT: 2>
# expect: SIG_IGN: <Signals.SIGPIPE: 13>
# expect: SIG_IGN: <Signals.SIGXFSZ: 25>
print(len(others), signal.SIGKILL in others, signal.SIGSTOP in others, signal.SIGRTMAX in others)  # expect: 59 True True True
print(signal.getsignal(signal.SIGRTMIN + 1) is signal.SIG_DFL)  # expect: True
