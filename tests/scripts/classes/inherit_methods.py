# A subclass inherits methods and attributes it does not define.
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def describe(self):
        return self.name + " with " + str(self.sides) + " sides"
class Square(Shape):
    sides = 4
class Triangle(Shape):
    sides = 3
print(Square("sq").describe())  # expect: sq with 4 sides
print(Triangle("tri").describe())  # expect: tri with 3 sides
print(Shape("blob").describe())  # expect: blob with 0 sides
