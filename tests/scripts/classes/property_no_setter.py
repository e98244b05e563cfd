# Assigning to a read-only property raises AttributeError.
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def diameter(self):
        return 2 * self.r
c = Circle(5)
print(c.diameter)  # expect: 10
c.diameter = 3  # expect runtime error: AttributeError: property 'diameter' of 'Circle' object has no setter
