# A return in finally overrides the try's return and swallows exceptions.
def f():
    try:
        return 1
    finally:
        return 2
print(f())  # expect: 2
def g():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(g())  # expect: swallowed
