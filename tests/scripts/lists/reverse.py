# reverse() in place and slicing for a reversed copy.
xs = [1, 2, 3]
xs.reverse()
print(xs)  # expect: [3, 2, 1]
print(xs[::-1])  # expect: [1, 2, 3]
print(xs)  # expect: [3, 2, 1]
print(list(reversed(xs)))  # expect: [1, 2, 3]
