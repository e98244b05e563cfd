# __getitem__ receives slice objects for obj[a:b:c].
class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("index", key)
s = Seq()
print(s[3])  # expect: ('index', 3)
print(s[1:4])  # expect: ('slice', 1, 4, None)
print(s[::2])  # expect: ('slice', None, None, 2)
print(s["k"])  # expect: ('index', 'k')
