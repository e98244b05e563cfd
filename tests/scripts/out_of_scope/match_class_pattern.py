# match with class patterns and keyword captures: CPython's behaviour, for the record.
# skip: minipy rejects this on purpose (LANGUAGE.md: out of scope)
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return "on y axis at %d" % y
        case Point():
            return "elsewhere"
print(where(Point(0, 0)))  # expect: origin
print(where(Point(0, 5)))  # expect: on y axis at 5
print(where(Point(1, 1)))  # expect: elsewhere
