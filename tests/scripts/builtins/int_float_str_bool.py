# Conversions between the scalar types.
print(int("12") + int(3.99) + int(True))  # expect: 16
print(float(2), float("-1.25"), float(True))  # expect: 2.0 -1.25 1.0
print(str(12) + str(0.5))  # expect: 120.5
print(bool("False"), bool(0.0), bool(-1))  # expect: True False True
print(repr("x"), repr(1), repr([1, "y"]))  # expect: 'x' 1 [1, 'y']
