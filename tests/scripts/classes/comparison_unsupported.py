# Ordering objects without comparison methods raises TypeError.
class Box:
    pass
try:
    Box() < Box()
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'Box' and 'Box'
try:
    sorted([Box(), Box()])
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'Box' and 'Box'
print(Box() >= 3)  # expect runtime error: TypeError: '>=' not supported between instances of 'Box' and 'int'
