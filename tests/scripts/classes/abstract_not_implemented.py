# A base method raising NotImplementedError forces subclasses to override.
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + " must define area")  # expect runtime error: NotImplementedError: Shape must define area
    def show(self):
        return "%s: %s" % (type(self).__name__, self.area())
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Shape):
    pass
print(Sq(3).show())  # expect: Sq: 9
try:
    Blob().show()
except NotImplementedError as e:
    print("caught:", e)  # expect: caught: Blob must define area
Shape().area()
