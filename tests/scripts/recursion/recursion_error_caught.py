# Infinite recursion raises RecursionError, which can be caught.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("caught", type(e).__name__)  # expect: caught RecursionError
    print(isinstance(e, RuntimeError))  # expect: True
print("still alive")  # expect: still alive
