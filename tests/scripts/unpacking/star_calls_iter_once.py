# Unpacking *x asks x for an iterator exactly once.
class Counted:
    def __init__(self):
        self.calls = 0

    def __iter__(self):
        self.calls += 1
        return iter([1, 2])


c = Counted()
print([0, *c], c.calls)  # expect: [0, 1, 2] 1
print((*c,), c.calls)  # expect: (1, 2) 2
