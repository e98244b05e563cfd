# update from a dict, from pairs and from keywords.
d = {"a": 1}
d.update({"b": 2, "a": 0})
print(d)  # expect: {'a': 0, 'b': 2}
d.update([("c", 3)])
d.update(e=5)
print(d)  # expect: {'a': 0, 'b': 2, 'c': 3, 'e': 5}
print(len(d))  # expect: 4
