# A mutable class attribute is one object shared by all instances.
class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
a = Bag()
b = Bag()
a.add(1)
b.add(2)
print(a.items, b.items, Bag.items)  # expect: [1, 2] [1, 2] [1, 2]
print(a.items is b.items)  # expect: True
class FixedBag:
    def __init__(self):
        self.items = []
c = FixedBag()
d = FixedBag()
c.items.append(1)
print(c.items, d.items)  # expect: [1] []
