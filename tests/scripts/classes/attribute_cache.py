# LOAD_ATTR/STORE_ATTR remember where an instance attribute lives; every
# change that moves or shadows it must still be seen: deletion, a class
# attribute, a property added to the class later, __getattr__, subclasses
# sharing one access site, and an instance dict that grew or shrank.
class A:
    def __init__(self):
        self.x = 1

class B(A):
    pass

def get(o):
    return o.x

def put(o, v):
    o.y = v

a = A()
b = B()
print(get(a), get(b))  # expect: 1 1
del a.x
try:
    get(a)
except AttributeError as e:
    print(e)  # expect: 'A' object has no attribute 'x'
A.x = 5
print(get(a))  # expect: 5
a.x = 7
print(get(a))  # expect: 7
for name in "pqrstuvw":
    setattr(a, name, 0)
print(get(a))  # expect: 7
for name in "pqrstuvw":
    delattr(a, name)
print(get(a))  # expect: 7
A.x = property(lambda self: 42)
print(get(a), get(b))  # expect: 42 42

class C:
    def __getattr__(self, name):
        return name * 2

c = C()
print(get(c))  # expect: xx
c.x = 3
print(get(c))  # expect: 3
for o in (a, b, c):
    put(o, 9)
print(a.y, b.y, c.y)  # expect: 9 9 9
