# from math import names, with renaming.
from math import sqrt, pi as PI
print(sqrt(9))  # expect: 3.0
print(PI)  # expect: 3.141592653589793
print(round(PI * 2, 4))  # expect: 6.2832
