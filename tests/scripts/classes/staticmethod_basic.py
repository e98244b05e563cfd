# @staticmethod receives no self and is callable from the class or an instance.
class MathUtil:
    factor = 10
    @staticmethod
    def add(a, b):
        return a + b
    @staticmethod
    def scaled(x):
        return x * MathUtil.factor
    def use(self):
        return self.add(1, 2) + self.scaled(1)
print(MathUtil.add(2, 3))  # expect: 5
print(MathUtil().add(4, 5))  # expect: 9
print(MathUtil.scaled(3))  # expect: 30
print(MathUtil().use())  # expect: 13
print(type(MathUtil.add).__name__)  # expect: function
