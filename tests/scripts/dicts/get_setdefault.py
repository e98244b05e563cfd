# get with and without default; setdefault inserts once.
d = {"a": 1}
print(d.get("a"), d.get("z"), d.get("z", 0))  # expect: 1 None 0
print(d.setdefault("b", []))  # expect: []
d.setdefault("b", []).append(5)
print(d.setdefault("a", 99))  # expect: 1
print(d)  # expect: {'a': 1, 'b': [5]}
