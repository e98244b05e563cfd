# run(check=True), check_call, check_output and CalledProcessError: its
# attributes and CPython's messages for an exit status and for a signal.
import subprocess

try:
    subprocess.run(["sh", "-c", "echo partial; echo oops >&2; exit 2"], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(e)  # expect: Command '['sh', '-c', 'echo partial; echo oops >&2; exit 2']' returned non-zero exit status 2.
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)  # expect: 2 ['sh', '-c', 'echo partial; echo oops >&2; exit 2'] b'partial\n' b'partial\n' b'oops\n'
    print(repr(e))  # expect: CalledProcessError(2, ['sh', '-c', 'echo partial; echo oops >&2; exit 2'])
    print(isinstance(e, subprocess.SubprocessError), isinstance(e, Exception))  # expect: True True

try:
    subprocess.run("kill -TERM $$", shell=True, check=True)
except subprocess.CalledProcessError as e:
    print(e)  # expect: Command 'kill -TERM $$' died with <Signals.SIGTERM: 15>.

print(str(subprocess.CalledProcessError(-200, "x")))  # expect: Command 'x' died with unknown signal 200.
e = subprocess.CalledProcessError(1, "x", output="o")
e.stdout = "changed"
print(e.output, e.args)  # expect: changed (1, 'x')

print(subprocess.check_output(["echo", "out"]))  # expect: b'out\n'
print(subprocess.check_output("echo $((6*7))", shell=True, text=True), end="")  # expect: 42
print(subprocess.check_output(["cat"], input=b"fed"))  # expect: b'fed'
print(subprocess.check_output(["cat"], input=None, text=True) == "")  # expect: True
try:
    subprocess.check_output(["false"])
except subprocess.CalledProcessError as e:
    print(e, e.output)  # expect: Command '['false']' returned non-zero exit status 1. b''

print(subprocess.call(["sh", "-c", "exit 5"]))  # expect: 5
print(subprocess.check_call(["true"]))  # expect: 0
try:
    subprocess.check_call("exit 4", shell=True)
except subprocess.CalledProcessError as e:
    print(e)  # expect: Command 'exit 4' returned non-zero exit status 4.
print(subprocess.getstatusoutput("echo x; echo y >&2; exit 3"))  # expect: (3, 'x\ny')
print(repr(subprocess.getoutput("printf 'no newline\n\n'")))  # expect: 'no newline\n'
