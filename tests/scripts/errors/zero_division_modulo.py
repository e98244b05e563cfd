# Modulo by zero (CPython 3.11: "integer modulo by zero", unlike //).
print(7 % 0)  # expect runtime error: ZeroDivisionError: integer modulo by zero
