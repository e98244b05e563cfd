# __rsub__ and __rtruediv__ get the operands in swapped order.
class M:
    def __init__(self, v):
        self.v = v
    def __sub__(self, o):
        return "M.sub(%r, %r)" % (self.v, o)
    def __rsub__(self, o):
        return "M.rsub(%r, %r)" % (self.v, o)
    def __rtruediv__(self, o):
        return o / self.v
print(M(1) - 5)  # expect: M.sub(1, 5)
print(5 - M(1))  # expect: M.rsub(1, 5)
print(10 / M(4))  # expect: 2.5
print("x" - M(2))  # expect: M.rsub(2, 'x')
