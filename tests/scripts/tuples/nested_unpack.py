# Nested unpacking follows the structure of the target.
(a, b), c = (1, 2), 3
print(a, b, c)  # expect: 1 2 3
x, (y, (z, w)) = 0, [1, (2, 3)]
print(x, y, z, w)  # expect: 0 1 2 3
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
# expect: 0 a 1
# expect: 1 b 2
