# dict() from keywords, pairs and another dict.
print(dict(a=1, b=2))  # expect: {'a': 1, 'b': 2}
print(dict([("x", 1), ("y", 2)]))  # expect: {'x': 1, 'y': 2}
print(dict({"k": 0}, z=9))  # expect: {'k': 0, 'z': 9}
print(dict())  # expect: {}
print(dict(zip("ab", [1, 2])))  # expect: {'a': 1, 'b': 2}
