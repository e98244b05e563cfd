# A class with only __getitem__ is iterable: iteration stops at IndexError.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
for x in Squares(4):
    print(x)
# expect: 0
# expect: 1
# expect: 4
# expect: 9
print(list(Squares(3)), sum(Squares(5)))  # expect: [0, 1, 4] 30
print(9 in Squares(4), 10 in Squares(4))  # expect: True False
a, b = Squares(2)
print(a, b)  # expect: 0 1
