# int() of a non-numeric string.
n = int("abc")  # expect runtime error: ValueError: invalid literal for int() with base 10: 'abc'
