# Two names for one list see each other's changes.
a = [1, 2, 3]
b = a
b.append(4)
print(a)  # expect: [1, 2, 3, 4]
c = list(a)
c.append(5)
print(a, c)  # expect: [1, 2, 3, 4] [1, 2, 3, 4, 5]
print(a.copy() == a, a.copy() is a)  # expect: True False
