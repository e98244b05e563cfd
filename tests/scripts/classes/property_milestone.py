# @property, @staticmethod and @classmethod.
class Temp:
    scale = "C"
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def zero():
        return Temp(0)
    @classmethod
    def unit(cls):
        return cls.scale
print(Temp(100).f, Temp.zero().f, Temp.unit())  # expect: 212.0 32.0 C
