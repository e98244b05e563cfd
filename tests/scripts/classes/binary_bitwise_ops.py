# __and__ __or__ __xor__ __lshift__ __rshift__ on a bit-set class.
class Bits:
    def __init__(self, v):
        self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __repr__(self): return "Bits(" + bin(self.v) + ")"
a = Bits(0b1100)
b = Bits(0b1010)
print(a & b, a | b, a ^ b)  # expect: Bits(0b1000) Bits(0b1110) Bits(0b110)
print(a << 2, a >> 3)  # expect: Bits(0b110000) Bits(0b1)
x = Bits(1)
x <<= 4
x |= Bits(1)
print(x)  # expect: Bits(0b10001)
