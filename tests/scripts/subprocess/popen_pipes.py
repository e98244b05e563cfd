# Popen with stdin/stdout as PIPE: write and close stdin, readline, read,
# iteration over the lines, in binary and text mode; returncode after wait.
import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"one\ntwo\n")
p.stdin.write(b"three")
p.stdin.close()
print(p.stdout.readline())  # expect: b'one\n'
print(p.stdout.read())  # expect: b'two\nthree'
print(p.stdout.read())  # expect: b''
print(p.wait(), p.returncode)  # expect: 0 0
p.stdout.close()

p = subprocess.Popen(["sh", "-c", "for i in 1 2 3; do echo line $i; done"], stdout=subprocess.PIPE, text=True)
for line in p.stdout:
    print(repr(line))
# expect: 'line 1\n'
# expect: 'line 2\n'
# expect: 'line 3\n'
p.stdout.close()
print(p.wait())  # expect: 0

# A conversation: each answer is read before the next question is sent.
p = subprocess.Popen(["sh", "-c", "while read x; do echo \"got $x\"; done"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
for word in ["alpha", "beta"]:
    p.stdin.write(word + "\n")
    print(p.stdout.readline(), end="")
# expect: got alpha
# expect: got beta
p.stdin.close()
print(repr(p.stdout.readline()), p.wait())  # expect: '' 0
p.stdout.close()

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.stdin.writable(), p.stdout.readable(), p.stderr)  # expect: True True None
print(p.communicate(b"via communicate"))  # expect: (b'via communicate', None)
print(p.stdin.closed, p.stdout.closed)  # expect: True True
