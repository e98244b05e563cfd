# Subset and superset comparisons, and equality.
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a)  # expect: True True True
print(a < a, a <= a)  # expect: False True
print(a.issubset(b), b.issuperset(a))  # expect: True True
print({1, 2} == {2, 1})  # expect: True
print(a.isdisjoint({5}))  # expect: True
