# += uses __iadd__ (mutating in place) and falls back to __add__ (new object).
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
class Val:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Val(self.v + o)
a = Acc()
alias = a
a += 1
a += 2
print(a.items, a is alias)  # expect: [1, 2] True
v = Val(1)
old = v
v += 5
print(v.v, old.v, v is old)  # expect: 6 1 False
