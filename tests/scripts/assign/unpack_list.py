# Unpacking into tuple and list targets from any iterable.
a, b = [1, 2]
[c, d] = "xy"
(e, f) = range(2)
print(a, b, c, d, e, f)  # expect: 1 2 x y 0 1
g, = [42]
print(g)  # expect: 42
xs = [0, 0]
xs[0], xs[1] = 5, 6
print(xs)  # expect: [5, 6]
