# @classmethod alternate constructors build an instance of cls.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, text):
        parts = text.split("-")
        return cls(int(parts[0]), int(parts[1]), int(parts[2]))
    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
print(Date.parse("2024-02-29"))  # expect: Date(2024, 2, 29)
print(Date.epoch())  # expect: Date(1970, 1, 1)
print(Date(1, 2, 3).epoch())  # expect: Date(1970, 1, 1)
