# SIGNALS.md 17 (and the startup rule): default_int_handler is installed
# only if SIGINT was at its default at start-up. A child started by a shell
# that ignores SIGINT (`trap "" INT; exec ...`) keeps ignoring it:
# getsignal(SIGINT) is SIG_IGN and a SIGINT does nothing.
import subprocess
import sys

code = """import os, signal
h = signal.getsignal(signal.SIGINT)
print(h is signal.default_int_handler, repr(h) if h is signal.SIG_IGN else 'not SIG_IGN')
try:
    os.kill(os.getpid(), signal.SIGINT)
    print('survived')
except KeyboardInterrupt:
    print('KeyboardInterrupt')
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print('installed by hand: KeyboardInterrupt')
"""
for shell in ('exec "$0" -c "$1"', 'trap "" INT; exec "$0" -c "$1"'):
    r = subprocess.run(["sh", "-c", shell, sys.executable, code], capture_output=True, text=True)
    print(r.returncode, r.stdout.splitlines(), repr(r.stderr))
# expect: 0 ['True not SIG_IGN', 'KeyboardInterrupt', 'installed by hand: KeyboardInterrupt'] ''
# expect: 0 ['False <Handlers.SIG_IGN: 1>', 'survived', 'installed by hand: KeyboardInterrupt'] ''
