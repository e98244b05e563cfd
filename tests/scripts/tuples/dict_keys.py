# Tuples are hashable and work as dict keys and set members.
grid = {}
grid[(0, 1)] = "a"
grid[1, 0] = "b"
print(grid[(0, 1)], grid[(1, 0)])  # expect: a b
print((0, 1) in grid)  # expect: True
s = {(1, 2), (1, 2), (2, 1)}
print(len(s))  # expect: 2
print(hash((1, 2)) == hash((1, 2)))  # expect: True
