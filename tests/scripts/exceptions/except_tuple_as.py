# except (A, B) as e catches either type and binds the exception.
def attempt(kind):
    try:
        if kind == 0:
            1 / 0
        else:
            [][1]
    except (ZeroDivisionError, IndexError) as e:
        print(type(e).__name__, e)
attempt(0)  # expect: ZeroDivisionError division by zero
attempt(1)  # expect: IndexError list index out of range
