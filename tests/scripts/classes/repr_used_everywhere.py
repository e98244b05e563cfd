# With only __repr__, print, str(), repr() and f-strings all use it.
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P(" + repr(self.x) + ")"
p = P("a")
print(p)  # expect: P('a')
print(str(p), repr(p))  # expect: P('a') P('a')
print(f"{p} {p!r} {p!s}")  # expect: P('a') P('a') P('a')
print("value: " + str(P(3)))  # expect: value: P(3)
