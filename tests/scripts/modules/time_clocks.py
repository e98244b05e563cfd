# The time module's clocks and sleep's argument checks.
import time

print(type(time.time()).__name__, type(time.time_ns()).__name__)  # expect: float int
a = time.monotonic_ns()
time.sleep(0.01)
print(time.monotonic_ns() - a >= 10_000_000)  # expect: True
print(time.perf_counter() <= time.perf_counter(), time.perf_counter_ns() > 0)  # expect: True True
print(abs(time.time() - time.time_ns() / 1e9) < 1)  # expect: True
try:
    time.sleep(-1)
except ValueError as e:
    print(e)  # expect: sleep length must be non-negative
time.sleep(0)
print("ok")  # expect: ok
