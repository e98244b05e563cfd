# An explicit __ne__ is used by != even when it disagrees with __eq__.
class Odd:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("__eq__")
        return self.v == other.v
    def __ne__(self, other):
        print("__ne__")
        return "ne-result"
a, b = Odd(1), Odd(1)
print(a == b)
# expect: __eq__
# expect: True
print(a != b)
# expect: __ne__
# expect: ne-result
print(not (a != b))
# expect: __ne__
# expect: False
