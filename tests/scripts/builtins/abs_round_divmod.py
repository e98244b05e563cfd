# abs, round and divmod over ints and floats.
print(abs(-3), abs(-3.5), abs(2))  # expect: 3 3.5 2
print(round(3.14159, 2), round(-0.5), round(1.5))  # expect: 3.14 0 2
print(divmod(9, 4), divmod(-9, 4), divmod(9.0, 4))  # expect: (2, 1) (-3, 3) (2.0, 1.0)
