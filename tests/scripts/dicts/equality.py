# Dict equality ignores insertion order.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b)  # expect: True
print(a == {"x": 1})  # expect: False
print({1: 1} == {1.0: 1})  # expect: True
print(a != b)  # expect: False
