# Float division by zero.
x = 2.5
print(x / 0)  # expect runtime error: ZeroDivisionError: float division by zero
