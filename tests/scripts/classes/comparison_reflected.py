# a > b falls back to b.__lt__(a) when only __lt__ is defined.
class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
x = N(1)
y = N(2)
print(y > x)
# expect: lt 1 2
# expect: True
print(x < y)
# expect: lt 1 2
# expect: True
