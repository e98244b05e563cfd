# Caught built-in errors carry CPython's messages.
def msg(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
print(msg(lambda: 1 // 0))  # expect: ZeroDivisionError: integer division or modulo by zero
print(msg(lambda: 1.0 / 0))  # expect: ZeroDivisionError: float division by zero
print(msg(lambda: "abc"[10]))  # expect: IndexError: string index out of range
print(msg(lambda: (1, 2)[5]))  # expect: IndexError: tuple index out of range
print(msg(lambda: [].pop()))  # expect: IndexError: pop from empty list
print(msg(lambda: len(5)))  # expect: TypeError: object of type 'int' has no len()
print(msg(lambda: "a" * "b"))  # expect: TypeError: can't multiply sequence by non-int of type 'str'
print(msg(lambda: int(None)))  # expect: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
