# & | ^ ~ on positive and negative ints (two's complement semantics).
print(12 & 10)  # expect: 8
print(12 | 10)  # expect: 14
print(12 ^ 10)  # expect: 6
print(~5)  # expect: -6
print(~-1)  # expect: 0
print(-12 & 10)  # expect: 0
print(-12 | 10)  # expect: -2
print(-12 ^ 10)  # expect: -2
print(-1 & 0xFF)  # expect: 255
print((2 ** 70 - 1) & -(2 ** 64))  # expect: 1162144876643701751808
