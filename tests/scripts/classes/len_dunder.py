# len() calls __len__, which must return a non-negative int.
class Deck:
    def __init__(self, n):
        self.cards = list(range(n))
    def __len__(self):
        return len(self.cards)
print(len(Deck(52)), len(Deck(0)))  # expect: 52 0
class Bad:
    def __len__(self):
        return -1
try:
    len(Bad())
except ValueError as e:
    print(e)  # expect: __len__() should return >= 0
class NoLen:
    pass
len(NoLen())  # expect runtime error: TypeError: object of type 'NoLen' has no len()
