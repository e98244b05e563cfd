# Operator overloading with __add__, __eq__, __lt__ and __len__.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
    def __eq__(self, other):
        return self.xs == other.xs
    def __lt__(self, other):
        return self.xs < other.xs
    def __len__(self):
        return len(self.xs)
    def __repr__(self):
        return "Vec" + repr(tuple(self.xs))
print(Vec(1, 2) + Vec(10, 20))  # expect: Vec(11, 22)
print(Vec(1) == Vec(1), len(Vec(1, 2, 3)))  # expect: True 3
print(sorted([Vec(3), Vec(1), Vec(2)]))  # expect: [Vec(1,), Vec(2,), Vec(3,)]
