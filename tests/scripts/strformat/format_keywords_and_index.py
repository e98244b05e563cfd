# str.format with keywords, attribute access and indexing in fields.
print("{name} is {age}".format(name="bo", age=7))  # expect: bo is 7
print("{0} {x}".format("pos", x="kw"))  # expect: pos kw
point = {"x": 1, "y": 2}
print("{p[x]},{p[y]}".format(p=point))  # expect: 1,2
print("{0[0]}{0[2]}".format("abc"))  # expect: ac
class P:
    def __init__(self):
        self.x = 3
        self.tags = ["t0", "t1"]
print("{0.x} {0.tags[1]}".format(P()))  # expect: 3 t1
print("{a}{b}".format(**{"a": 1, "b": 2}))  # expect: 12
