# 2 * v and 1 + v use __rmul__ and __radd__; sum() starts from 0 + first.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return V(self.x + o, self.y + o)
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __repr__(self):
        return "V(%d, %d)" % (self.x, self.y)
v = V(1, 2)
print(v * 3, 2 * v)  # expect: V(3, 6) V(2, 4)
print(10 + v)
# expect: radd 10
# expect: V(11, 12)
print(sum([V(1, 1), V(2, 2)]))
# expect: radd 0
# expect: V(3, 3)
