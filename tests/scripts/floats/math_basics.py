# math.sqrt, pi, floor, ceil, inf, isnan.
import math
print(math.sqrt(16))  # expect: 4.0
print(math.sqrt(2))  # expect: 1.4142135623730951
print(math.pi)  # expect: 3.141592653589793
print(math.floor(-2.5))  # expect: -3
print(math.ceil(-2.5))  # expect: -2
print(math.floor(7.9), math.ceil(7.1))  # expect: 7 8
print(math.inf)  # expect: inf
print(math.isnan(float("nan")))  # expect: True
print(math.isnan(1.0))  # expect: False
