# Bubble sort with an early exit when a pass makes no swaps.
def bubble(xs):
    xs = list(xs)
    passes = 0
    for end in range(len(xs) - 1, 0, -1):
        passes += 1
        swapped = False
        for i in range(end):
            if xs[i] > xs[i + 1]:
                xs[i], xs[i + 1] = xs[i + 1], xs[i]
                swapped = True
        if not swapped:
            break
    return xs, passes
print(bubble([5, 2, 9, 1, 5, 6]))  # expect: ([1, 2, 5, 5, 6, 9], 4)
print(bubble([1, 2, 3]))  # expect: ([1, 2, 3], 1)
print(bubble([]))  # expect: ([], 0)
