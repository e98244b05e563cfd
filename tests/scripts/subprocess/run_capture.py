# subprocess.run: capture_output in bytes and text, stdout/stderr=PIPE, the
# CompletedProcess repr (None outputs left out), shell=True and returncode.
import subprocess

r = subprocess.run(["echo", "hello"], capture_output=True)
print(r)  # expect: CompletedProcess(args=['echo', 'hello'], returncode=0, stdout=b'hello\n', stderr=b'')
print(r.args, r.returncode, r.stdout, r.stderr)  # expect: ['echo', 'hello'] 0 b'hello\n' b''

r = subprocess.run("echo out; echo err >&2; exit 3", shell=True, capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)  # expect: 'out\n' 'err\n' 3

r = subprocess.run(["sh", "-c", "printf 'a\\r\\nb\\rc'"], stdout=subprocess.PIPE, text=True)
print(r)  # expect: CompletedProcess(args=['sh', '-c', "printf 'a\\r\\nb\\rc'"], returncode=0, stdout='a\nb\nc')

r = subprocess.run(["sh", "-c", "printf 'a\\r\\nb'"], stdout=subprocess.PIPE)
print(r.stdout)  # expect: b'a\r\nb'

r = subprocess.run(["true"])
print(r)  # expect: CompletedProcess(args=['true'], returncode=0)
print(r.check_returncode())  # expect: None

r = subprocess.run("exit 7", shell=True, stderr=subprocess.PIPE, universal_newlines=True)
print(r)  # expect: CompletedProcess(args='exit 7', returncode=7, stderr='')

r = subprocess.run(["sh", "-c", "echo $0 $1", "zero", "one"], capture_output=True, encoding="ascii")
print(r.stdout.strip())  # expect: zero one
r = subprocess.run(("echo", "tuple"), capture_output=True)
print(r.args, r.stdout)  # expect: ('echo', 'tuple') b'tuple\n'
