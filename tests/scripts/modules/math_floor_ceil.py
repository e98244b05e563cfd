# floor and ceil return ints, also for big values.
import math
print(math.floor(3.7), math.ceil(3.2))  # expect: 3 4
print(math.floor(-3.7), math.ceil(-3.2))  # expect: -4 -3
print(type(math.floor(1.5)).__name__)  # expect: int
print(math.floor(1e20))  # expect: 100000000000000000000
print(math.ceil(5))  # expect: 5
