# divmod() and abs() on ints.
print(divmod(17, 5))  # expect: (3, 2)
print(divmod(-17, 5))  # expect: (-4, 3)
print(divmod(17, -5))  # expect: (-4, -3)
print(abs(-42))  # expect: 42
print(abs(0))  # expect: 0
print(abs(-(10 ** 25)))  # expect: 10000000000000000000000000
