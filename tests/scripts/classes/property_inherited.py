# Properties are inherited and can be overridden by a subclass.
class Base:
    def __init__(self, n):
        self.n = n
    @property
    def double(self):
        return self.n * 2
    @property
    def label(self):
        return "base"
class Derived(Base):
    @property
    def label(self):
        return "derived:" + str(self.double)
d = Derived(21)
print(d.double, d.label)  # expect: 42 derived:42
print(Base(1).label)  # expect: base
