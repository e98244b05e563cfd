# reversed() over sequences.
print(list(reversed([1, 2, 3])))  # expect: [3, 2, 1]
print(list(reversed("abc")))  # expect: ['c', 'b', 'a']
print(list(reversed(range(4))))  # expect: [3, 2, 1, 0]
print(tuple(reversed((1, 2))))  # expect: (2, 1)
