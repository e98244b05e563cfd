# wait(timeout) and poll(): TimeoutExpired with CPython's message while the
# child runs, then the real status once it is killed; wait(0) polls.
import subprocess

p = subprocess.Popen(["sh", "-c", "read x"], stdin=subprocess.PIPE)
print(p.poll())  # expect: None
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e)  # expect: Command '['sh', '-c', 'read x']' timed out after 0.2 seconds
    print(e.cmd, e.timeout, e.output, e.stdout, e.stderr)  # expect: ['sh', '-c', 'read x'] 0.2 None None None
    print(isinstance(e, subprocess.SubprocessError))  # expect: True
try:
    p.wait(0)
except subprocess.TimeoutExpired as e:
    print(e)  # expect: Command '['sh', '-c', 'read x']' timed out after 0 seconds
print(p.returncode)  # expect: None
p.stdin.close()  # `read` sees end of file and fails
print(p.wait(timeout=5))  # expect: 1
print(p.wait(0), p.poll())  # expect: 1 1

p = subprocess.Popen(["sh", "-c", "read x"], stdin=subprocess.PIPE)
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired:
    p.kill()
print(p.wait(timeout=5))  # expect: -9
p.stdin.close()
print(str(subprocess.TimeoutExpired("cmd", 1.5)))  # expect: Command 'cmd' timed out after 1.5 seconds
print(repr(subprocess.TimeoutExpired(["a"], 2)))  # expect: TimeoutExpired(['a'], 2)
