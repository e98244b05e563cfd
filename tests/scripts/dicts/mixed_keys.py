# Equal numbers are the same key: 1, 1.0 and True.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)  # expect: {1: 'bool'}
d[0] = "zero"
print(d[False])  # expect: zero
