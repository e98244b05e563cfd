# Starred targets collect the rest into a list.
a, *b = [1, 2, 3, 4]
print(a, b)  # expect: 1 [2, 3, 4]
*c, d = "abc"
print(c, d)  # expect: ['a', 'b'] c
e, *f, g = (1, 2)
print(e, f, g)  # expect: 1 [] 2
first, *middle, last = range(6)
print(first, middle, last)  # expect: 0 [1, 2, 3, 4] 5
