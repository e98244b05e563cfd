# in / not in and deduplication.
s = set([3, 1, 3, 2, 1])
print(len(s))  # expect: 3
print(2 in s, 5 in s)  # expect: True False
words = set("hello world".split() + ["hello"])
print(len(words), sorted(words))  # expect: 2 ['hello', 'world']
print("hello" in words)  # expect: True
