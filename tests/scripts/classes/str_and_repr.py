# __str__ serves print/str/f-strings; containers and !r use __repr__.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)
    def __repr__(self):
        return "Money(" + str(self.cents) + ")"
m = Money(1205)
print(m)  # expect: $12.05
print(str(m), repr(m))  # expect: $12.05 Money(1205)
print(f"{m} / {m!r}")  # expect: $12.05 / Money(1205)
print([m, Money(7)])  # expect: [Money(1205), Money(7)]
print((m,))  # expect: (Money(1205),)
print({"total": m})  # expect: {'total': Money(1205)}
