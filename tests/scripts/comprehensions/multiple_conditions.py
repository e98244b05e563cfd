# Several if clauses must all hold; conditions may follow any for clause.
print([n for n in range(30) if n % 2 == 0 if n % 3 == 0])  # expect: [0, 6, 12, 18, 24]
print([(a, b) for a in range(4) if a % 2 for b in range(4) if b > a])  # expect: [(1, 2), (1, 3)]
words = ["apple", "kiwi", "banana", "fig"]
print([w for w in words if len(w) > 3 and "a" in w])  # expect: ['apple', 'banana']
