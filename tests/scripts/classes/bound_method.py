# A bound method remembers its instance: stored, passed around and called later.
class Counter:
    def __init__(self, name):
        self.name = name
        self.n = 0
    def bump(self, by=1):
        self.n += by
        return self.name + "=" + str(self.n)
c = Counter("c")
m = c.bump
print(m(), m(5))  # expect: c=1 c=6
print(m.__self__ is c, m.__name__)  # expect: True bump
print(m.__func__ is Counter.bump)  # expect: True
print(type(m).__name__, type(Counter.bump).__name__)  # expect: method function
actions = [Counter("a").bump, Counter("b").bump, c.bump]
print([f() for f in actions])  # expect: ['a=1', 'b=1', 'c=7']
print(Counter.bump(c, 3))  # expect: c=10
