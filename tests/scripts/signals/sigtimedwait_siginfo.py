# sigtimedwait and sigwaitinfo take a blocked signal without running its
# handler and return a struct_siginfo (indexable, named fields); a timeout
# gives None; a negative timeout is a ValueError.
import os
import signal

def handler(signum, frame):
    print("handler must not run")

signal.signal(signal.SIGUSR1, handler)
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
os.kill(os.getpid(), signal.SIGUSR1)
info = signal.sigtimedwait([signal.SIGUSR1], 1)
print(type(info).__name__, len(info))  # expect: struct_siginfo 7
print(info.si_signo, info[0], info[-7])  # expect: 10 10 10
print(info.si_pid == os.getpid(), info.si_code == info[1])  # expect: True True
print(repr(info).startswith("signal.struct_siginfo(si_signo=10, si_code="))  # expect: True
print(signal.sigtimedwait([signal.SIGUSR1], 0.01))  # expect: None
try:
    signal.sigtimedwait([signal.SIGUSR1], -1)
except ValueError as e:
    print(e)  # expect: timeout must be non-negative
try:
    info[7]
except IndexError as e:
    print(e)  # expect: tuple index out of range
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.sigwaitinfo({signal.SIGUSR1}).si_signo)  # expect: 10
