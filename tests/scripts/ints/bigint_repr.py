# str() and repr() of big ints agree; hex of a big int.
x = 12345678901234567890123456789
print(repr(x))  # expect: 12345678901234567890123456789
print(str(-x))  # expect: -12345678901234567890123456789
print(hex(2 ** 100))  # expect: 0x10000000000000000000000000
print(x == 12345678901234567890123456789)  # expect: True
print(type(x))  # expect: <class 'int'>
