# a = b = value binds both names to the same object.
a = b = 1
print(a, b)  # expect: 1 1
x = y = []
x.append(1)
print(y)  # expect: [1]
i = j = k = "s"
print(i + j + k)  # expect: sss
