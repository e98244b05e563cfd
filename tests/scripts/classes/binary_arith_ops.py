# __add__ __sub__ __mul__ __truediv__ __floordiv__ __mod__ __pow__ on a user class.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o): return Num(self.v + o.v)
    def __sub__(self, o): return Num(self.v - o.v)
    def __mul__(self, o): return Num(self.v * o.v)
    def __truediv__(self, o): return Num(self.v / o.v)
    def __floordiv__(self, o): return Num(self.v // o.v)
    def __mod__(self, o): return Num(self.v % o.v)
    def __pow__(self, o): return Num(self.v ** o.v)
    def __repr__(self): return "Num(%r)" % (self.v,)
a, b = Num(7), Num(2)
print(a + b, a - b, a * b)  # expect: Num(9) Num(5) Num(14)
print(a / b, a // b, a % b, a ** b)  # expect: Num(3.5) Num(3) Num(1) Num(49)
print(a + b * b - Num(1))  # expect: Num(10)
print(Num(-7) // b, Num(-7) % b)  # expect: Num(-4) Num(1)
