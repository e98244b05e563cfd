# select.select with a timeout and nothing ready returns three empty lists
# after about the timeout; the timeout's type and sign are checked.
import os
import select
import time

r, w = os.pipe()
start = time.monotonic()
print(select.select([r], [], [], 0.1))  # expect: ([], [], [])
elapsed = time.monotonic() - start
print(0.1 <= elapsed < 2)  # expect: True
print(select.select([], [], [], 0))  # expect: ([], [], [])
try:
    select.select([r], [], [], -1)
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: timeout must be non-negative
try:
    select.select([r], [], [], "1")
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: timeout must be a float or None
os.close(r)
os.close(w)
