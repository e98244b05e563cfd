# Tuples are built by commas; parentheses only group.
t = 1, 2, 3
print(t)  # expect: (1, 2, 3)
a, b, c = t
print(a + b + c)  # expect: 6
print(())  # expect: ()
print(type(t).__name__, len(t))  # expect: tuple 3
