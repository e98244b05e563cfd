# del d[k] and the in operator test keys.
d = {"a": 1, "b": 2}
del d["a"]
print("a" in d, "b" in d)  # expect: False True
print(2 in d)  # expect: False
print(d)  # expect: {'b': 2}
