# A class's own __setattr__ / __delattr__ run for every assignment and
# deletion on its instances (also from a subclass's __init__, and when
# added to the class later); object.__setattr__ / __delattr__ and
# super().__setattr__ do the default store.
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)

class Child(Logged):
    def __init__(self):
        self.a = 1

c = Child()
c.b = 2
print(c.a, c.b, vars(c))
del c.a
print(hasattr(c, "a"))
try:
    del c.zz
except AttributeError as e:
    print(e)

class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError("frozen: " + name)

f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print(e)
print(f.x)

def put(o):
    o.y = 5
class Plain:
    pass
p = Plain()
put(p)
Plain.__setattr__ = lambda self, n, v: print("late hook", n, v)
put(p)
print(p.y)
try:
    object.__setattr__(p, 1, 2)
except TypeError as e:
    print(e)
try:
    object.__setattr__(5, "x", 2)
except AttributeError as e:
    print(e)
# expect: set a 1
# expect: set b 2
# expect: 1 2 {'a': 1, 'b': 2}
# expect: del a
# expect: False
# expect: del zz
# expect: 'Child' object has no attribute 'zz'
# expect: 3
# expect: frozen: x
# expect: 3
# expect: late hook y 5
# expect: 5
# expect: attribute name must be string, not 'int'
# expect: 'int' object has no attribute 'x'
