# Slices make copies; steps and negative bounds work.
xs = [0, 1, 2, 3, 4, 5]
print(xs[1:4])  # expect: [1, 2, 3]
print(xs[::2])  # expect: [0, 2, 4]
print(xs[::-2])  # expect: [5, 3, 1]
print(xs[-2:])  # expect: [4, 5]
ys = xs[:]
ys[0] = 99
print(xs[0], ys[0])  # expect: 0 99
