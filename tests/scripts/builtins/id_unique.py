# id() is stable for an object and differs between live objects.
a = [1]
b = [1]
print(id(a) == id(a))  # expect: True
print(id(a) != id(b))  # expect: True
c = a
print(id(c) == id(a))  # expect: True
print(type(id(a)).__name__)  # expect: int
