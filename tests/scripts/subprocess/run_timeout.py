# run(timeout=...): the child is killed and reaped, and TimeoutExpired
# propagates with CPython's message; likewise for check_output and call.
import subprocess

try:
    subprocess.run(["sleep", "30"], stdout=subprocess.PIPE, timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(e)  # expect: Command '['sleep', '30']' timed out after 0.3 seconds
    print(e.timeout, e.output)  # expect: 0.3 None
r = subprocess.run(["cat"], capture_output=True, text=True, timeout=5, input="in time")
print(r.stdout)  # expect: in time
try:
    subprocess.check_output(["sleep", "30"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.timeout)  # expect: TimeoutExpired 0.2
try:
    subprocess.call(["sleep", "30"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e)  # expect: Command '['sleep', '30']' timed out after 0.2 seconds
