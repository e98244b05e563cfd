# int() of a float truncates toward zero.
print(int(3.9))  # expect: 3
print(int(-3.9))  # expect: -3
print(int(1e20))  # expect: 100000000000000000000
print(int(True))  # expect: 1
print(int())  # expect: 0
