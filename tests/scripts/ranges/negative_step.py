# A negative step counts down and stops before the end.
print(list(range(10, 0, -3)))  # expect: [10, 7, 4, 1]
print(list(range(0, -5, -1)))  # expect: [0, -1, -2, -3, -4]
print(list(range(0, 5, -1)))  # expect: []
