# The common math functions.
import math
print(math.gcd(12, 18), math.gcd(0, 5))  # expect: 6 5
print(math.factorial(10))  # expect: 3628800
print(math.fabs(-2), math.trunc(-2.7), math.trunc(2.7))  # expect: 2.0 -2 2
print(math.log(math.e), math.log(8, 2), math.log10(1000))  # expect: 1.0 3.0 3.0
print(math.exp(0), math.exp(1) == math.e)  # expect: 1.0 True
print(math.sin(0), math.cos(0))  # expect: 0.0 1.0
print(math.isclose(math.sin(math.pi), 0, abs_tol=1e-9))  # expect: True
print(math.isclose(0.1 + 0.2, 0.3))  # expect: True
