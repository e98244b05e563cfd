# [*a, *b] and (*a,) spread iterables inside list and tuple displays.
a = [1, 2]
b = (3, 4)
print([*a, *b])  # expect: [1, 2, 3, 4]
print([0, *a, 9, *"xy"])  # expect: [0, 1, 2, 9, 'x', 'y']
print((*a,), (*b, *a))  # expect: (1, 2) (3, 4, 1, 2)
print([*range(3)], [*{}])  # expect: [0, 1, 2] []
t = *a, 5
print(t)  # expect: (1, 2, 5)
c = [*a]
print(c == a, c is a)  # expect: True False
