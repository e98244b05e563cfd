# copy() is shallow; clear() empties in place.
a = {"k": [1]}
b = a.copy()
b["k"].append(2)
b["new"] = 0
print(a)  # expect: {'k': [1, 2]}
print(b)  # expect: {'k': [1, 2], 'new': 0}
a.clear()
print(a, len(a))  # expect: {} 0
