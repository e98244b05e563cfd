# Iterative binary search over a sorted list.
def search(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
xs = list(range(0, 100, 3))
print(search(xs, 27), search(xs, 28))  # expect: 9 -1
print(search(xs, 0), search(xs, 99))  # expect: 0 33
print(search([], 1))  # expect: -1
