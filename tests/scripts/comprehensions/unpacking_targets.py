# Comprehension targets can unpack tuples, also nested and starred.
pairs = [(1, "a"), (2, "b")]
print([s * n for n, s in pairs])  # expect: ['a', 'bb']
data = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in data])  # expect: [6, 15]
rows = [[1, 2, 3], [4, 5]]
print([rest for first, *rest in rows])  # expect: [[2, 3], [5]]
print({k: v for k, v in zip("xy", [7, 8])})  # expect: {'x': 7, 'y': 8}
