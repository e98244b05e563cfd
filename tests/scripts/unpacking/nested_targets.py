# Nested unpacking targets, with a starred target at an inner level.
(a, b), c = [1, 2], 3
print(a, b, c)  # expect: 1 2 3
x, (y, *z) = "p", "qrs"
print(x, y, z)  # expect: p q ['r', 's']
[m, [n, o]] = (1, (2, 3))
print(m + n + o)  # expect: 6
i, j = j, i = 1, 2
print(i, j)  # expect: 2 1
