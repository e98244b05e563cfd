# sort with key= is stable: equal keys keep their order.
words = ["bb", "a", "ccc", "dd", "e", "fff"]
words.sort(key=len)
print(words)  # expect: ['a', 'e', 'bb', 'dd', 'ccc', 'fff']
words.sort(key=len, reverse=True)
print(words)  # expect: ['ccc', 'fff', 'bb', 'dd', 'a', 'e']
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[0])
print(pairs)  # expect: [(1, 'z'), (1, 'y'), (2, 'b'), (2, 'a')]
