# Module attributes are reachable through the module object.
import sys
import math
print(type(math).__name__)  # expect: module
print(math.__name__, sys.__name__)  # expect: math sys
print(callable(math.sqrt))  # expect: True
