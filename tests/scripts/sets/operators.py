# Union, intersection, difference and symmetric difference.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b))  # expect: [1, 2, 3, 4, 5]
print(sorted(a & b))  # expect: [3, 4]
print(sorted(a - b))  # expect: [1, 2]
print(sorted(a ^ b))  # expect: [1, 2, 5]
print(sorted(a.union([9])))  # expect: [1, 2, 3, 4, 9]
