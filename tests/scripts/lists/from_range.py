# list(range(...)) in several shapes.
print(list(range(5)))  # expect: [0, 1, 2, 3, 4]
print(list(range(2, 10, 3)))  # expect: [2, 5, 8]
print(list(range(5, 0, -1)))  # expect: [5, 4, 3, 2, 1]
print(list(range(0)))  # expect: []
print(list())  # expect: []
