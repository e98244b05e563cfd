# pop with and without default.
d = {"a": 1, "b": 2}
print(d.pop("a"))  # expect: 1
print(d.pop("zz", "none"))  # expect: none
print(d)  # expect: {'b': 2}
try:
    d.pop("zz")
except KeyError as e:
    print(repr(e))  # expect: KeyError('zz')
