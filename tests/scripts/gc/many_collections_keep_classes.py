# Objects reachable only through built-in types (object's method dict,
# a class's namespace) survive many collections, not just the first.
class P:
    pass


p = P()
p.x = 1.0


def churn(n):
    for i in range(n):
        for q in [i]:
            p.x = p.x + 0.5


churn(400000)
print(p.x)  # expect: 200001.0
print(repr(object()).startswith("<object object at"))  # expect: True
