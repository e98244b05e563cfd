# Functions return several values as a tuple.
def min_max(xs):
    return min(xs), max(xs)
lo, hi = min_max([3, 9, 1])
print(lo, hi)  # expect: 1 9
print(min_max([5]))  # expect: (5, 5)
def nothing():
    return
print(nothing())  # expect: None
