# Objects without __eq__ hash by identity: distinct instances are distinct keys.
class Tok:
    def __init__(self, name):
        self.name = name
a = Tok("x")
b = Tok("x")
d = {a: 1, b: 2}
print(len(d), d[a], d[b])  # expect: 2 1 2
s = {a, a, b}
print(len(s), a in s, Tok("x") in s)  # expect: 2 True False
print(hash(a) == hash(a))  # expect: True
