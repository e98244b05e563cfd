# __hash__ with __eq__ lets equal objects act as one dict key or set member.
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "Pt(%d, %d)" % (self.x, self.y)
d = {Pt(1, 2): "a"}
d[Pt(1, 2)] = "b"
d[Pt(3, 4)] = "c"
print(len(d), d[Pt(1, 2)])  # expect: 2 b
s = {Pt(0, 0), Pt(0, 0), Pt(1, 1)}
print(len(s), Pt(1, 1) in s, Pt(2, 2) in s)  # expect: 2 True False
print(d)  # expect: {Pt(1, 2): 'b', Pt(3, 4): 'c'}
print(hash(Pt(5, 6)) == hash(Pt(5, 6)))  # expect: True
