# An exception raised in a handler replaces the original.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("converted")
except ValueError as e:
    print("got", e)  # expect: got converted
except ZeroDivisionError:
    print("not reached")
