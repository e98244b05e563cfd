# range with one, two and three arguments.
print(list(range(4)))  # expect: [0, 1, 2, 3]
print(list(range(3, 6)))  # expect: [3, 4, 5]
print(list(range(0, 10, 4)))  # expect: [0, 4, 8]
print(list(range(5, 5)))  # expect: []
