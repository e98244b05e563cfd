# communicate(timeout): TimeoutExpired carries the output read so far; the
# documented recovery (kill, then communicate() again) returns all of it.
# The child's stdin is a pipe the test holds, so it waits as long as needed.
import os
import subprocess

r, w = os.pipe()
p = subprocess.Popen(["sh", "-c", "echo first; echo err >&2; read x; echo never"],
                     stdin=r, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
os.close(r)
print(p.stdout.readline())  # expect: b'first\n'
try:
    p.communicate(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e)  # expect: Command '['sh', '-c', 'echo first; echo err >&2; read x; echo never']' timed out after 0.2 seconds
    print(e.stdout, e.stderr)  # expect: None b'err\n'
p.kill()
print(p.communicate())  # expect: (b'', b'err\n')
print(p.returncode)  # expect: -9
os.close(w)

# Text mode: the same, decoded when communicate() finishes.
r, w = os.pipe()
p = subprocess.Popen(["sh", "-c", "echo out; read x; echo after $x"], stdin=r, stdout=subprocess.PIPE, text=True)
os.close(r)
print(p.stdout.readline(), end="")  # expect: out
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.stdout)  # expect: TimeoutExpired None
os.write(w, b"x\n")
os.close(w)
print(p.communicate())  # expect: ('after x\n', None)
print(p.returncode)  # expect: 0
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.communicate(b"once")
try:
    p.communicate(input=b"late")
except ValueError as e:
    print(e)  # expect: Cannot send input after starting communication
