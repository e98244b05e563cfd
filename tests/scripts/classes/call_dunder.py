# __call__ makes instances callable, with any argument shape.
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x + sum(rest)) * self.k * scale
triple = Multiplier(3)
print(triple(2), triple(1, 2, 3), triple(1, scale=10))  # expect: 6 18 30
print(triple.calls, callable(triple), callable(Multiplier))  # expect: 3 True True
print(list(map(Multiplier(2), [1, 2, 3])))  # expect: [2, 4, 6]
class Plain:
    pass
print(callable(Plain()))  # expect: False
Plain()()  # expect runtime error: TypeError: 'Plain' object is not callable
