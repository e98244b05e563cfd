# Each division operator has its own ZeroDivisionError text (CPython 3.11).
def msg(f):
    try:
        f()
    except ZeroDivisionError as e:
        return str(e)
print(msg(lambda: 1 / 0))  # expect: division by zero
print(msg(lambda: 1 // 0))  # expect: integer division or modulo by zero
print(msg(lambda: 1 % 0))  # expect: integer modulo by zero
print(msg(lambda: divmod(1, 0)))  # expect: integer division or modulo by zero
print(msg(lambda: 1.0 / 0))  # expect: float division by zero
print(msg(lambda: 1.0 // 0))  # expect: float floor division by zero
print(msg(lambda: 1.0 % 0))  # expect: float modulo
print(msg(lambda: 0 ** -1))  # expect: 0.0 cannot be raised to a negative power
