# sys.setrecursionlimit raises the depth available.
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())  # expect: 5000
print(depth(3000))  # expect: 3000
