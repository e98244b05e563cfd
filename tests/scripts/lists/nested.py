# Nested lists share inner lists when copied shallowly.
grid = [[0, 0], [0, 0]]
grid[1][0] = 5
print(grid)  # expect: [[0, 0], [5, 0]]
row = [0] * 2
bad = [row] * 2
bad[0][0] = 1
print(bad)  # expect: [[1, 0], [1, 0]]
print(len(grid), len(grid[0]))  # expect: 2 2
