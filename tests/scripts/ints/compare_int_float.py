# Comparisons between ints and floats are exact.
print(1 == 1.0)  # expect: True
print(2 < 2.5)  # expect: True
print(3 >= 3.0)  # expect: True
print(2 ** 53 + 1 == 2.0 ** 53)  # expect: False
print(10 ** 20 > 1e19)  # expect: True
print(-1 < -0.5)  # expect: True
