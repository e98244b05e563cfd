# obj.__dict__ and vars(obj) hold the instance attributes in insertion order.
class Rec:
    kind = "record"
    def __init__(self, a, b):
        self.a = a
        self.b = b
r = Rec(1, "two")
print(r.__dict__)  # expect: {'a': 1, 'b': 'two'}
print(vars(r) is r.__dict__)  # expect: True
r.c = [3]
print(vars(r))  # expect: {'a': 1, 'b': 'two', 'c': [3]}
r.__dict__["d"] = 4
print(r.d)  # expect: 4
del r.a
print(list(vars(r)))  # expect: ['b', 'c', 'd']
print("kind" in vars(r), "kind" in vars(Rec))  # expect: False True
