# Calling a class with the wrong arguments reports __init__'s qualified name.
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b
try:
    Pair(1)
except TypeError as e:
    print(e)  # expect: Pair.__init__() missing 1 required positional argument: 'b'
try:
    Pair(1, 2, 3)
except TypeError as e:
    print(e)  # expect: Pair.__init__() takes 3 positional arguments but 4 were given
try:
    Pair(1, c=2)
except TypeError as e:
    print(e)  # expect: Pair.__init__() got an unexpected keyword argument 'c'
