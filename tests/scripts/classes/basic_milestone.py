# A class with __init__, methods and a custom __repr__.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print(p.norm2())  # expect: 25
print(p)  # expect: Point(3, 4)
print([p, Point(0, 1)])  # expect: [Point(3, 4), Point(0, 1)]
