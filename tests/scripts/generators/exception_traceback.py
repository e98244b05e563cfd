# An exception raised inside a generator reaches the consumer; the
# traceback's innermost entry is the generator's own line.
def parse(items):
    for item in items:
        yield int(item)

try:
    for n in parse(["1", "x"]):
        print(n)                 # expect: 1
except ValueError as e:
    print("consumer caught:", e)  # expect: consumer caught: invalid literal for int() with base 10: 'x'

def broken():
    yield 1
    return 1 // 0  # expect runtime error: ZeroDivisionError: integer division or modulo by zero

def consumer():
    total = 0
    for v in broken():
        total += v
    return total

consumer()
