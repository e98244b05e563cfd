# An error inside a comprehension points at the comprehension's line.
values = [1, 2, 0, 4]
try:
    print([10 // v for v in values])
except ZeroDivisionError as e:
    print("caught:", e)  # expect: caught: integer division or modulo by zero
print([v for v in values if v])  # expect: [1, 2, 4]
inverse = [1 / v for v in values]  # expect runtime error: ZeroDivisionError: division by zero
