# Uncaught int division by zero.
print("before")  # expect: before
x = 1 / 0  # expect runtime error: ZeroDivisionError: division by zero
print("not reached")
