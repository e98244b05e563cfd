# Assigning through an instance creates an instance attribute that shadows the class one.
class Box:
    size = 1
a = Box()
b = Box()
a.size = 99
print(a.size, b.size, Box.size)  # expect: 99 1 1
del a.size
print(a.size)  # expect: 1
Box.size = 5
print(a.size, b.size)  # expect: 5 5
print("size" in vars(a), "size" in vars(Box))  # expect: False True
