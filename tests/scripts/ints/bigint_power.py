# Ints have arbitrary precision: 2**200 does not overflow.
x = 2 ** 200
print(x)  # expect: 1606938044258990275541962092341162602522202993782792835301376
print(x + 1 - x)  # expect: 1
print(2 ** 64)  # expect: 18446744073709551616
print(2 ** 63 - 1)  # expect: 9223372036854775807
print(len(str(x)))  # expect: 61
