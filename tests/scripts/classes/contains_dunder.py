# `in` and `not in` call __contains__ and convert the result to bool.
class Range2:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi
    def __contains__(self, x):
        return self.lo <= x < self.hi
r = Range2(1, 5)
print(3 in r, 5 in r, 0 not in r)  # expect: True False True
class Weird:
    def __contains__(self, x):
        return x
print(1 in Weird(), 0 in Weird(), "" in Weird())  # expect: True False False
