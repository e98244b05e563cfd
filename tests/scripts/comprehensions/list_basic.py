# A list comprehension maps and filters in order.
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print([n * 2 for n in nums])  # expect: [6, 2, 8, 2, 10, 18, 4, 12]
print([n for n in nums if n % 2 == 0])  # expect: [4, 2, 6]
print([c.upper() for c in "abc"])  # expect: ['A', 'B', 'C']
print([(i, c) for i, c in enumerate("xy")])  # expect: [(0, 'x'), (1, 'y')]
print([x for x in []])  # expect: []
print(["even" if n % 2 == 0 else "odd" for n in range(3)])  # expect: ['even', 'odd', 'even']
