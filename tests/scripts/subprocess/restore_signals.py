# Children start with the dispositions CPython gives them: signals the
# parent handles are back at the default, SIGPIPE and SIGXFSZ too
# (restore_signals), while signals the script set to SIG_IGN stay ignored
# and the calling thread's mask is inherited, as in CPython.
import signal
import subprocess

def status_lines(**kwargs):
    out = subprocess.run(["grep", "-E", "^Sig(Blk|Ign)", "/proc/self/status"],
                         capture_output=True, text=True, **kwargs).stdout
    return [" ".join(line.split()) for line in out.splitlines()]

print(status_lines())
# expect: ['SigBlk: 0000000000000000', 'SigIgn: 0000000000000000']
print(status_lines(restore_signals=False))  # SIGPIPE (13) and SIGXFSZ (25) stay ignored
# expect: ['SigBlk: 0000000000000000', 'SigIgn: 0000000001001000']

signal.signal(signal.SIGUSR1, lambda signum, frame: None)
signal.signal(signal.SIGTERM, lambda signum, frame: None)
signal.signal(signal.SIGINT, lambda signum, frame: None)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
print(status_lines())  # SIGUSR2 (12) is ignored
# expect: ['SigBlk: 0000000000000000', 'SigIgn: 0000000000000800']
# Handled signals kill the child: their handlers were not inherited.
for name in ("USR1", "TERM", "INT"):
    print(name, subprocess.run(["sh", "-c", "kill -%s $$; echo survived" % name], capture_output=True))
# expect: USR1 CompletedProcess(args=['sh', '-c', 'kill -USR1 $$; echo survived'], returncode=-10, stdout=b'', stderr=b'')
# expect: TERM CompletedProcess(args=['sh', '-c', 'kill -TERM $$; echo survived'], returncode=-15, stdout=b'', stderr=b'')
# expect: INT CompletedProcess(args=['sh', '-c', 'kill -INT $$; echo survived'], returncode=-2, stdout=b'', stderr=b'')

signal.signal(signal.SIGUSR2, signal.SIG_DFL)
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGHUP, signal.SIGUSR1})
print(status_lines())  # SIGHUP (1) and SIGUSR1 (10) blocked
# expect: ['SigBlk: 0000000000000201', 'SigIgn: 0000000000000000']
signal.pthread_sigmask(signal.SIG_SETMASK, [])
print(status_lines())
# expect: ['SigBlk: 0000000000000000', 'SigIgn: 0000000000000000']
