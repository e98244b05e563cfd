# __neg__, __pos__, __abs__ and __invert__ drive -x, +x, abs(x) and ~x.
class Z:
    def __init__(self, v):
        self.v = v
    def __neg__(self): return Z(-self.v)
    def __pos__(self): return Z(self.v + 0.5)
    def __abs__(self): return Z(abs(self.v))
    def __invert__(self): return Z(~self.v)
    def __repr__(self): return "Z(%s)" % self.v
z = Z(-3)
print(-z, +z, abs(z), ~z)  # expect: Z(3) Z(-2.5) Z(3) Z(2)
print(-(-z))  # expect: Z(-3)
class Plain:
    pass
-Plain()  # expect runtime error: TypeError: bad operand type for unary -: 'Plain'
