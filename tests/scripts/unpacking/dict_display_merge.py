# {**d1, **d2} merges dicts left to right; later keys win, order of first insertion kept.
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2})  # expect: {'a': 1, 'b': 20, 'c': 30}
print({**d2, **d1})  # expect: {'b': 2, 'c': 30, 'a': 1}
print({"z": 0, **d1, "a": 100})  # expect: {'z': 0, 'a': 100, 'b': 2}
print({**{}}, {**dict(x=1)})  # expect: {} {'x': 1}
merged = {**d1}
merged["a"] = -1
print(d1["a"])  # expect: 1
