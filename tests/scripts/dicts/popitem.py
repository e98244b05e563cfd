# popitem() removes the last inserted pair.
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem())  # expect: ('c', 3)
print(d)  # expect: {'a': 1, 'b': 2}
