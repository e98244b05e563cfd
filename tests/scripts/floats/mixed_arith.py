# int op float gives float; results print as floats.
print(1 + 2.0)  # expect: 3.0
print(3 * 0.5)  # expect: 1.5
print(10 - 0.25)  # expect: 9.75
print(2 ** 0.5)  # expect: 1.4142135623730951
print(4 ** 0.5)  # expect: 2.0
print(type(1 + 1.0).__name__)  # expect: float
