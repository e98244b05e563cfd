# __eq__ drives == and !=; without __ne__, != is the negation of __eq__.
class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit
    def __eq__(self, other):
        print("eq called")
        return self.rank == other.rank and self.suit == other.suit
a = Card(10, "h")
b = Card(10, "h")
print(a == b)
# expect: eq called
# expect: True
print(a != Card(3, "s"))
# expect: eq called
# expect: True
print(a is b)  # expect: False
