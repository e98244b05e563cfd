# run(input=...): bytes and str input reach the child's stdin, which then
# sees end of file; misuse of input/stdin/capture_output raises ValueError.
import subprocess

print(subprocess.run(["cat"], input=b"bytes in", capture_output=True).stdout)  # expect: b'bytes in'
print(subprocess.run(["wc", "-l"], input="1\n2\n3\n", capture_output=True, text=True).stdout.strip())  # expect: 3
print(subprocess.run(["cat"], input=b"", capture_output=True).stdout)  # expect: b''
r = subprocess.run(["sh", "-c", "read a; read b; echo \"$b-$a\""], input="first\nsecond\n", stdout=subprocess.PIPE, text=True)
print(r.stdout, end="")  # expect: second-first
# A child that exits without reading its input is no error (EPIPE ignored).
r = subprocess.run(["true"], input=b"x" * 200000)
print(r.returncode)  # expect: 0

try:
    subprocess.run(["cat"], input=b"x", stdin=subprocess.PIPE)
except ValueError as e:
    print(e)  # expect: stdin and input arguments may not both be used.
try:
    subprocess.run(["true"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print(e)  # expect: stdout and stderr arguments may not be used with capture_output.
try:
    subprocess.check_output(["true"], stdout=subprocess.PIPE)
except ValueError as e:
    print(e)  # expect: stdout argument not allowed, it will be overridden.
try:
    subprocess.Popen(["true"], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print(e)  # expect: Cannot disambiguate when both text and universal_newlines are supplied but different. Pass one or the other.
