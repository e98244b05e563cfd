# SIGNALS.md 19 seen from the parent: a child interpreter ending with an
# uncaught KeyboardInterrupt dies by SIGINT (subprocess reports -2, a shell
# $? is 130) after its finally ran; one that catches it exits 0; a
# KeyboardInterrupt in a non-main thread leaves the exit status 0.
import subprocess
import sys

def child(code):
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr.splitlines()[-1:]

uncaught = "import os, signal\ntry:\n    os.kill(os.getpid(), signal.SIGINT)\nfinally:\n    print('finally')"
print(child(uncaught))  # expect: (-2, 'finally\n', ['KeyboardInterrupt'])
caught = "import os, signal\ntry:\n    os.kill(os.getpid(), signal.SIGINT)\nexcept KeyboardInterrupt:\n    print('caught')"
print(child(caught))  # expect: (0, 'caught\n', [])
in_thread = "import threading\ndef f():\n    raise KeyboardInterrupt\nt = threading.Thread(target=f)\nt.start()\nt.join()\nprint('main ends')"
print(child(in_thread))  # expect: (0, 'main ends\n', ['KeyboardInterrupt'])
r = subprocess.run(["sh", "-c", '"$0" -c "$1" 2>/dev/null; echo "status $?"', sys.executable, uncaught],
                   capture_output=True, text=True)
print(repr(r.stdout))  # expect: 'finally\nstatus 130\n'
