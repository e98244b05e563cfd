# Instance attributes set in __init__ and added later are per instance.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
q = Point(10, 20)
p.label = "origin-ish"
p.x = p.x + 100
print(p.x, p.y, p.label)  # expect: 101 2 origin-ish
print(q.x, q.y)  # expect: 10 20
print(hasattr(q, "label"))  # expect: False
