# The innermost traceback entry is the line that raised.
def a(x):
    return b(x) + 1
def b(x):
    return c(x) * 2
def c(x):
    return 10 // x  # expect runtime error: ZeroDivisionError: integer division or modulo by zero
print(a(5))  # expect: 5
print(a(0))
