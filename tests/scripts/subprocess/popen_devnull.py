# DEVNULL as stdin (the child reads end of file at once), as stdout and as
# stderr (the output disappears).
import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
print(p.communicate())  # expect: (b'', None)
print(p.returncode)  # expect: 0

r = subprocess.run(["sh", "-c", "echo to-null; echo err >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(r)  # expect: CompletedProcess(args=['sh', '-c', 'echo to-null; echo err >&2'], returncode=0, stderr=b'err\n')
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
print(r.stdout, r.stderr)  # expect: b'out\n' None
r = subprocess.run(["sh", "-c", "cat; echo done"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
print(r.stdout)  # expect: b'done\n'
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)  # expect: -1 -2 -3
