# Without __eq__, == compares identity; in and list.index follow __eq__.
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())  # expect: True False True
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
items = [Key(1), Key(2), Key(3)]
print(Key(2) in items, Key(9) in items)  # expect: True False
print(items.index(Key(3)), items.count(Key(1)))  # expect: 2 1
print(Key(1) == 1, Key(1) != "x")  # expect: False True
