# An int too big for a double cannot become a float.
big = 10 ** 400
print(len(str(big)))  # expect: 401
x = float(big)  # expect runtime error: OverflowError: int too large to convert to float
