# An inner comprehension sees the outer comprehension's variable.
print([[x * y for y in range(1, 4)] for x in range(1, 3)])  # expect: [[1, 2, 3], [2, 4, 6]]
grid = ["ab", "cd"]
print({row: [c.upper() for c in row] for row in grid})  # expect: {'ab': ['A', 'B'], 'cd': ['C', 'D']}
print([sum(y for y in range(x)) for x in range(5)])  # expect: [0, 0, 1, 3, 6]
def build(n):
    return [[i for i in range(j)] for j in range(n)]
print(build(3))  # expect: [[], [0], [0, 1]]
