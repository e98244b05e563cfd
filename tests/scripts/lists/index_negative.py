# Negative indexes count from the end; assignment through them.
xs = [1, 2, 3]
xs[-1] = 30
print(xs)  # expect: [1, 2, 30]
print(xs[-3])  # expect: 1
xs[0] += 100
print(xs)  # expect: [101, 2, 30]
