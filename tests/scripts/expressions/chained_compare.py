# Chained comparisons: a < b < c is a < b and b < c.
x = 2
print(1 < x < 3)  # expect: True
print(1 < x > 3)  # expect: False
print(1 == 1 < 2)  # expect: True
print(3 > 2 > 1 > 0)  # expect: True
print(1 < 2 < 2)  # expect: False
print(1 != 2 != 1)  # expect: True
