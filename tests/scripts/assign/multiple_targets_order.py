# Targets are assigned left to right after the value is evaluated.
xs = [0, 0, 0]
i = 0
i, xs[i] = 1, 9
print(i, xs)  # expect: 1 [0, 9, 0]
a = b = c = len(xs)
print(a + b + c)  # expect: 9
