# enumerate() with and without a start.
print(list(enumerate("ab")))  # expect: [(0, 'a'), (1, 'b')]
print(list(enumerate(["x", "y"], start=5)))  # expect: [(5, 'x'), (6, 'y')]
print(list(enumerate([], 1)))  # expect: []
