# str() and repr() of floats agree in Python 3.
x = 1.1 * 3
print(str(x))  # expect: 3.3000000000000003
print(repr(2.0))  # expect: 2.0
print(str(1e22))  # expect: 1e+22
print(str(-0.001))  # expect: -0.001
print(str(5e-324))  # expect: 5e-324
