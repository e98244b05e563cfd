# Returning NotImplemented from both sides ends in a TypeError naming the types.
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return V(self.x + other.x)
print((V(1) + V(2)).x)  # expect: 3
try:
    V(1) * 2
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for *: 'V' and 'int'
try:
    3 + V(1)
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for +: 'int' and 'V'
V(1) + "s"  # expect runtime error: TypeError: unsupported operand type(s) for +: 'V' and 'str'
