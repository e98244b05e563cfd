# Augmented assignment for bitwise and shift operators.
x = 0b1100
x &= 0b1010
print(x)  # expect: 8
x |= 1
print(x)  # expect: 9
x ^= 0b11
print(x)  # expect: 10
x <<= 3
print(x)  # expect: 80
x >>= 2
print(x)  # expect: 20
