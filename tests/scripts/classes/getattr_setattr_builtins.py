# hasattr, getattr, setattr and delattr on instances with computed names.
class Obj:
    def __init__(self):
        self.x = 1
    def hello(self):
        return "hi"
o = Obj()
for name in ["a", "b"]:
    setattr(o, name, name.upper())
print(o.a, o.b, getattr(o, "x"))  # expect: A B 1
print(getattr(o, "hello")())  # expect: hi
print(hasattr(o, "a"), hasattr(o, "zz"), getattr(o, "zz", None))  # expect: True False None
delattr(o, "a")
print(hasattr(o, "a"), sorted(vars(o)))  # expect: False ['b', 'x']
try:
    getattr(o, "zz")
except AttributeError as e:
    print(e)  # expect: 'Obj' object has no attribute 'zz'
delattr(o, "a")  # expect runtime error: AttributeError: 'Obj' object has no attribute 'a'
