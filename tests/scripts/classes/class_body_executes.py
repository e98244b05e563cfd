# The class body runs once at definition time, top to bottom.
print("before")  # expect: before
class C:
    print("in body")  # expect: in body
    a = 2
    b = a * 10
    names = [n for n in ["x", "y"]]
    def m(self):
        return self.b
print("after")  # expect: after
print(C.a, C.b, C.names, C().m())  # expect: 2 20 ['x', 'y'] 20
