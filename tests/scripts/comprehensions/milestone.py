# List, dict and set comprehensions and a generator expression.
print([x * x for x in range(5) if x % 2 == 0])  # expect: [0, 4, 16]
print({k: len(k) for k in ["a", "bb"]})  # expect: {'a': 1, 'bb': 2}
print(sorted({x % 3 for x in range(10)}))  # expect: [0, 1, 2]
print(sum(x for x in range(101)))  # expect: 5050
print([(i, j) for i in range(2) for j in range(2)])  # expect: [(0, 0), (0, 1), (1, 0), (1, 1)]
