# A one-element tuple needs a trailing comma.
t = (5,)
print(t)  # expect: (5,)
print((5))  # expect: 5
print(len(t))  # expect: 1
u = "x",
print(u)  # expect: ('x',)
print(tuple([7]))  # expect: (7,)
