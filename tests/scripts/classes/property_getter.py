# @property computes a value on each read, without call parentheses.
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    @property
    def area(self):
        print("computing")
        return self.w * self.h
r = Rect(3, 4)
print(r.area)
# expect: computing
# expect: 12
r.w = 10
print(r.area)
# expect: computing
# expect: 40
print(type(Rect.area).__name__)  # expect: property
