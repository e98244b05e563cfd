# Floor division and modulo also floor for big ints.
big = 10 ** 30 + 7
print(big // 3)  # expect: 333333333333333333333333333335
print(big % 3)  # expect: 2
print(-big // 3)  # expect: -333333333333333333333333333336
print(-big % 3)  # expect: 1
print(divmod(big, 10 ** 15))  # expect: (1000000000000000, 7)
