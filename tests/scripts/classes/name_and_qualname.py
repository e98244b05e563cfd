# __name__ and __qualname__ of classes, nested classes and methods.
class Outer:
    class Inner:
        def deep(self):
            pass
    def method(self):
        pass
print(Outer.__name__, Outer.__qualname__)  # expect: Outer Outer
print(Outer.Inner.__name__, Outer.Inner.__qualname__)  # expect: Inner Outer.Inner
print(Outer.method.__name__, Outer.method.__qualname__)  # expect: method Outer.method
print(Outer.Inner.deep.__qualname__)  # expect: Outer.Inner.deep
print(Outer().method.__qualname__)  # expect: Outer.method
def factory():
    class Local:
        def m(self):
            pass
    return Local
L = factory()
print(L.__name__, L.__qualname__)  # expect: Local factory.<locals>.Local
print(L.m.__qualname__)  # expect: factory.<locals>.Local.m
