# An exception raised while handling another: only the last line is checked.
try:
    1 / 0
except ZeroDivisionError:
    raise KeyError("during handling")  # expect runtime error: KeyError: 'during handling'
