# is / is not compare identity.
a = [1, 2]
b = a
c = [1, 2]
print(a is b)  # expect: True
print(a is c)  # expect: False
print(a == c)  # expect: True
print(a is not c)  # expect: True
print(None is None)  # expect: True
print(True is not False)  # expect: True
