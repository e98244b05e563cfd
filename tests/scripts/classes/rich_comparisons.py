# __lt__, __le__, __gt__ and __ge__ each drive their own operator.
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
a = Ver(1, 2)
b = Ver(1, 10)
print(a < b, a <= b, a > b, a >= b)  # expect: True True False False
print(a <= Ver(1, 2), a >= Ver(1, 2))  # expect: True True
print(Ver(0) < a < b)  # expect: True
