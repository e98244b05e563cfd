# math.sqrt of a negative raises ValueError.
import math
print(math.sqrt(0.25), math.sqrt(81))  # expect: 0.5 9.0
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)  # expect: math domain error
print(math.hypot(3, 4))  # expect: 5.0
