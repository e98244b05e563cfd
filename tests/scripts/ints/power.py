# ** with int operands; a negative exponent gives a float.
print(3 ** 4)  # expect: 81
print(2 ** -1)  # expect: 0.5
print(10 ** -2)  # expect: 0.01
print((-2) ** 3)  # expect: -8
print(-2 ** 2)  # expect: -4
print(2 ** 3 ** 2)  # expect: 512
print(0 ** 0)  # expect: 1
