# The default recursion limit and changing it.
import sys
print(sys.getrecursionlimit())  # expect: 1000
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())  # expect: 2000
