# __slots__ restricts instance attributes: CPython's behaviour, for the record.
# skip: minipy rejects this on purpose (LANGUAGE.md: out of scope)
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x + p.y, hasattr(p, "__dict__"))  # expect: 3 False
try:
    p.z = 3
except AttributeError as e:
    print(e)  # expect: 'P' object has no attribute 'z'
