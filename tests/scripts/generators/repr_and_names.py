# A generator object: its type, repr, __name__ and __qualname__.
def gen():
    yield 1

def outer():
    def inner():
        yield 2
    return inner()

g = gen()
print(type(g))                                          # expect: <class 'generator'>
print(type(g).__name__)                                 # expect: generator
print(repr(g).startswith("<generator object gen at 0x"))  # expect: True
print(g.__name__, g.__qualname__)                       # expect: gen gen
i = outer()
print(i.__name__, i.__qualname__)                       # expect: inner outer.<locals>.inner
print(repr(i).startswith("<generator object outer.<locals>.inner at "))  # expect: True
e = (x for x in [])
print(e.__name__, e.__qualname__)                       # expect: <genexpr> <genexpr>
def make():
    return (x for x in [])
print(make().__qualname__)                              # expect: make.<locals>.<genexpr>
