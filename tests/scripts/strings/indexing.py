# Indexing, negative indexes and len().
s = "python"
print(s[0], s[5])  # expect: p n
print(s[-1], s[-6])  # expect: n p
print(len(s))  # expect: 6
print(len(""))  # expect: 0
