# math.pi, math.e, math.inf, math.nan and math.tau.
import math
print(math.pi)  # expect: 3.141592653589793
print(math.e)  # expect: 2.718281828459045
print(math.tau)  # expect: 6.283185307179586
print(math.inf, -math.inf)  # expect: inf -inf
print(math.isnan(math.nan), math.isinf(math.inf))  # expect: True True
