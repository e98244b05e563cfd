# Dicts keep insertion order; reassigning keeps the position.
d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
d["b"] = 10
print(d)  # expect: {'b': 10, 'a': 2, 'c': 3}
del d["b"]
d["b"] = 0
print(list(d))  # expect: ['a', 'c', 'b']
