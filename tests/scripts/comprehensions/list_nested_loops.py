# Several for clauses nest left to right, like nested loops.
print([(a, b) for a in range(3) for b in range(a)])  # expect: [(1, 0), (2, 0), (2, 1)]
print([x + y for x in "ab" for y in "12"])  # expect: ['a1', 'a2', 'b1', 'b2']
matrix = [[1, 2, 3], [4, 5, 6]]
print([v for row in matrix for v in row])  # expect: [1, 2, 3, 4, 5, 6]
print([[row[i] for row in matrix] for i in range(3)])  # expect: [[1, 4], [2, 5], [3, 6]]
print([[0] * n for n in range(3)])  # expect: [[], [0], [0, 0]]
