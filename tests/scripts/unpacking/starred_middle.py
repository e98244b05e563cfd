# a, *b, c = ... collects the middle into a list (possibly empty).
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)  # expect: 1 [2, 3, 4] 5
a, *b, c = "xy"
print(a, b, c)  # expect: x [] y
a, *b, c = range(3)
print(a, b, c)  # expect: 0 [1] 2
a, *b, c = (9, 8, 7)
print(type(b).__name__)  # expect: list
