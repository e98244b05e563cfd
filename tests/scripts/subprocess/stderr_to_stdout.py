# stderr=STDOUT: the child's stderr goes where its stdout goes, in order.
import subprocess

r = subprocess.run(["sh", "-c", "echo a; echo b >&2; echo c"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout, r.stderr)  # expect: b'a\nb\nc\n' None
p = subprocess.Popen(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(p.stdout.readlines())  # expect: ['out\n', 'err\n']
p.stdout.close()
print(p.wait())  # expect: 0
print(subprocess.check_output("echo x >&2", shell=True, stderr=subprocess.STDOUT))  # expect: b'x\n'
