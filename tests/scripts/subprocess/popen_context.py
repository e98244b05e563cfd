# Popen as a context manager: the exit closes the pipes and waits for the
# child; the repr, args, pid and poll().
import os
import subprocess

with subprocess.Popen(["sh", "-c", "read x; echo \"[$x]\"; exit 3"], stdin=subprocess.PIPE,
                      stdout=subprocess.PIPE) as p:
    print(p)  # expect: <Popen: returncode: None args: ['sh', '-c', 'read x; echo "[$x]"; exit 3']>
    print(p.args[0], p.pid > 0, p.pid != os.getpid(), p.returncode)  # expect: sh True True None
    p.stdin.write(b"hi\n")
    p.stdin.flush()
    print(p.stdout.readline())  # expect: b'[hi]\n'
print(p.returncode, p.stdin.closed, p.stdout.closed)  # expect: 3 True True
print(p)  # expect: <Popen: returncode: 3 args: ['sh', '-c', 'read x; echo "[$x]"; exit 3']>
print(p.poll(), p.wait())  # expect: 3 3

with subprocess.Popen("exit 0", shell=True) as p:
    pass
print(p.returncode)  # expect: 0
p = subprocess.Popen(["echo", "a" * 100], stdout=subprocess.DEVNULL)
print(p)  # expect: <Popen: returncode: None args: ['echo', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...>
p.wait()
try:
    with subprocess.Popen(["cat"], stdin=subprocess.PIPE) as p:
        raise ValueError("in body")
except ValueError as e:
    print(e, p.returncode)  # expect: in body 0
