# insert at positions, pop from the end or an index.
xs = [1, 2, 3]
xs.insert(0, 0)
xs.insert(100, 9)
xs.insert(-1, 8)
print(xs)  # expect: [0, 1, 2, 3, 8, 9]
print(xs.pop())  # expect: 9
print(xs.pop(0))  # expect: 0
print(xs.pop(-2))  # expect: 3
print(xs)  # expect: [1, 2, 8]
