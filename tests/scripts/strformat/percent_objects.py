# %s and %r call a user object's __str__ and __repr__; a lone object is one argument.
class Item:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return "item " + self.name
    def __repr__(self):
        return "Item(%r)" % self.name
it = Item("pen")
print("%s" % it)  # expect: item pen
print("%r" % it)  # expect: Item('pen')
print("%s / %r" % (it, it))  # expect: item pen / Item('pen')
print("[%12s]" % it)  # expect: [    item pen]
print("%s" % [it])  # expect: [Item('pen')]
